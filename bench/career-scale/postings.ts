/**
 * Realistic, varied job postings, the same every run (a seeded generator): titles at every
 * level across engineering, data, product, design and business roles, a few hundred
 * companies, cities on four continents and remote ones, pay stated for most, and
 * descriptions of 2–4 KB written from the skill vocabulary (about us, responsibilities,
 * requirements, nice to have, benefits), as the boards' postings read once made plain text.
 */
import { jobIdFor } from '../../src/jobs/dedupe-key.ts';
import type { MergedPosting } from '../../src/protocol/posting.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const levels = ['', '', '', 'Senior ', 'Senior ', 'Junior ', 'Staff ', 'Lead ', 'Principal '];
const roles = [
  { title: 'Backend Engineer', skills: ['Go', 'Python', 'Java', 'PostgreSQL', 'Kafka', 'Redis', 'gRPC', 'Docker', 'Kubernetes', 'AWS'] },
  { title: 'Frontend Developer', skills: ['TypeScript', 'React', 'Next.js', 'CSS', 'GraphQL', 'Vue.js', 'Webpack', 'Jest'] },
  { title: 'Full Stack Engineer', skills: ['TypeScript', 'Node.js', 'React', 'PostgreSQL', 'Ruby on Rails', 'AWS', 'Docker'] },
  { title: 'Software Engineer', skills: ['Java', 'C++', 'Python', 'Go', 'Rust', 'Linux', 'Git', 'CI/CD'] },
  { title: 'Data Engineer', skills: ['Python', 'SQL', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'Kafka', 'BigQuery'] },
  { title: 'Data Scientist', skills: ['Python', 'R', 'SQL', 'pandas', 'scikit-learn', 'Statistics', 'A/B Testing', 'Tableau'] },
  { title: 'Machine Learning Engineer', skills: ['Python', 'PyTorch', 'TensorFlow', 'MLOps', 'Kubernetes', 'NLP', 'Computer Vision'] },
  { title: 'DevOps Engineer', skills: ['Terraform', 'Kubernetes', 'AWS', 'Ansible', 'Prometheus', 'Linux', 'Bash', 'CI/CD'] },
  { title: 'Site Reliability Engineer', skills: ['Kubernetes', 'Go', 'Prometheus', 'Grafana', 'GCP', 'Terraform', 'Incident Management'] },
  { title: 'iOS Engineer', skills: ['Swift', 'SwiftUI', 'Objective-C', 'Xcode', 'Combine', 'Core Data'] },
  { title: 'Android Developer', skills: ['Kotlin', 'Java', 'Jetpack Compose', 'Android SDK', 'Gradle', 'Coroutines'] },
  { title: 'Security Engineer', skills: ['Penetration Testing', 'AWS', 'SIEM', 'Python', 'Threat Modeling', 'OWASP'] },
  { title: 'QA Automation Engineer', skills: ['Selenium', 'Cypress', 'Playwright', 'Java', 'TypeScript', 'Test Automation'] },
  { title: '.NET Developer', skills: ['C#', '.NET', 'ASP.NET', 'Azure', 'SQL Server', 'Entity Framework'] },
  { title: 'Engineering Manager', skills: ['People Management', 'Agile', 'Hiring', 'System Design', 'Stakeholder Management'] },
  { title: 'Product Manager', skills: ['Product Management', 'Roadmapping', 'SQL', 'Jira', 'User Research', 'Analytics'] },
  { title: 'Product Designer', skills: ['Figma', 'User Research', 'Prototyping', 'Design Systems', 'Accessibility'] },
  { title: 'Technical Writer', skills: ['Technical Writing', 'Markdown', 'Git', 'API Documentation', 'Docs as Code'] },
  { title: 'Solutions Architect', skills: ['AWS', 'Azure', 'Solution Architecture', 'Pre-sales', 'Kubernetes'] },
  { title: 'Customer Success Manager', skills: ['Salesforce', 'Account Management', 'Customer Success', 'SaaS'] },
  { title: 'Account Executive', skills: ['Salesforce', 'B2B Sales', 'Negotiation', 'HubSpot', 'SaaS'] },
  { title: 'Marketing Manager', skills: ['SEO', 'Google Analytics', 'Content Marketing', 'HubSpot', 'Copywriting'] },
  { title: 'Financial Analyst', skills: ['Excel', 'Financial Modeling', 'SQL', 'Forecasting', 'Power BI'] },
  { title: 'Data Analyst', skills: ['SQL', 'Excel', 'Tableau', 'Power BI', 'Python', 'Looker'] },
];
const specialities = ['', '', '', '', ' (Payments)', ' (Platform)', ' (Growth)', ' — Infrastructure', ' (Search)', ' (Mobile)', ' — Data Platform', ' (Identity)'];
const namesA = ['Acme', 'Northwind', 'Bluefin', 'Copperleaf', 'Driftwood', 'Evergreen', 'Foxglove', 'Granite', 'Harbor', 'Ironbark', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Nimbus', 'Orchard', 'Pinecone', 'Quartz', 'Redwood', 'Saffron', 'Tidal', 'Umber', 'Vantage', 'Willow', 'Yarrow', 'Zephyr', 'Atlas', 'Beacon', 'Cobalt', 'Delta'];
const namesB = ['Labs', 'Systems', 'Health', 'Robotics', 'Analytics', 'Software', 'Bank', 'Logistics', 'Energy', 'Media', 'Games', 'Security', 'AI', 'Cloud'];
const wellKnown = ['Stripe', 'Shopify', 'Spotify', 'Datadog', 'GitLab', 'Cloudflare', 'Zalando', 'N26', 'Klarna', 'Atlassian', 'Canva', 'Twilio', 'Elastic', 'HashiCorp', 'Miro'];
const smaller = namesA.flatMap((a) => namesB.map((b) => `${a} ${b}`));
const cities = [
  'Berlin, Germany', 'Munich, Germany', 'Amsterdam, Netherlands', 'London, United Kingdom', 'Manchester, United Kingdom', 'Dublin, Ireland',
  'Paris, France', 'Lyon, France', 'Madrid, Spain', 'Barcelona, Spain', 'Lisbon, Portugal', 'Milan, Italy', 'Zurich, Switzerland',
  'Vienna, Austria', 'Warsaw, Poland', 'Prague, Czechia', 'Stockholm, Sweden', 'Copenhagen, Denmark', 'Oslo, Norway', 'Helsinki, Finland',
  'New York, NY', 'San Francisco, CA', 'Seattle, WA', 'Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'Atlanta, GA',
  'Toronto, ON, Canada', 'Vancouver, BC, Canada', 'Montreal, QC, Canada', 'Mexico City, Mexico', 'São Paulo, Brazil', 'Buenos Aires, Argentina',
  'Bangalore, India', 'Hyderabad, India', 'Singapore', 'Tokyo, Japan', 'Seoul, South Korea', 'Sydney, Australia', 'Melbourne, Australia',
  'Auckland, New Zealand', 'Cape Town, South Africa', 'Lagos, Nigeria', 'Nairobi, Kenya', 'Tel Aviv, Israel', 'Dubai, UAE',
];
const remoteLocations = ['Remote', 'Remote - US', 'Remote - Europe', 'Remote (EMEA)', 'Anywhere', 'Remote - Canada', 'Worldwide'];
const about = [
  'We are a fast-growing company building infrastructure that thousands of businesses rely on every day.',
  'Our mission is to make financial services accessible, transparent and fair for everyone.',
  'We build tools that help teams collaborate across time zones without losing focus.',
  'Founded by engineers, we care about craft, clear writing and shipping small changes often.',
  'Our customers range from two-person startups to some of the largest retailers in the world.',
  'We are backed by leading investors and profitable, so we can take the long view on quality.',
  'Our platform processes millions of events per minute, and reliability is a first-class concern.',
  'We believe healthcare should be simple, and we are rebuilding the systems behind it from scratch.',
];
const duties = [
  'Design, build and operate services that are fast, reliable and easy to change.',
  'Work closely with product, design and data science to ship features that matter to customers.',
  'Own features end to end, from the first sketch to monitoring them in production.',
  'Take part in code reviews, design discussions and an on-call rotation shared fairly across the team.',
  'Mentor other team members and raise the bar for quality across the organisation.',
  'Improve our tooling, documentation and processes so the whole team moves faster.',
  'Measure what matters, run experiments, and make decisions backed by data.',
  'Partner with customers to understand their problems and turn them into clear requirements.',
];
const benefits = [
  'Competitive salary and equity', 'Flexible working hours and a home-office budget', '30 days of paid vacation',
  'Private health insurance for you and your family', 'A yearly learning budget for books, courses and conferences',
  'Parental leave of up to 20 weeks', 'Team offsites twice a year', 'A modern laptop of your choice',
];

/** A seeded generator (mulberry32, 32-bit integer arithmetic): the same postings on every machine. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

/**
 * `count` postings with distinct ids (the index's own dedupe key), the same on every run.
 *
 * @example
 * const postings = generatePostings(100_000);
 */
export function generatePostings(count: number, seed = 18): MergedPosting[] {
  const { next, pick } = seeded(seed);
  const vocabulary = loadSkillVocabulary().skills.map((skill) => skill.name);
  const base = Date.parse('2026-11-20T00:00:00Z');
  const byId = new Map<string, MergedPosting>();
  for (let attempt = 0; byId.size < count && attempt < count * 4; attempt++) {
    const role = pick(roles);
    const title = `${pick(levels)}${role.title}${pick(specialities)}`;
    // Large employers post many openings: a fifth of the postings come from fifteen of them.
    const company = next() < 0.2 ? pick(wellKnown) : pick(smaller);
    const remoteOnly = next() < 0.3;
    const location = remoteOnly ? pick(remoteLocations) : next() < 0.03 ? null : pick(cities);
    const remote = remoteOnly ? true : next() < 0.15 ? true : next() < 0.7 ? false : null;
    const id = jobIdFor({ company, title, location, remote });
    if (byId.has(id)) continue;
    const own = (count: number) => Array.from({ length: count }, () => (next() < 0.7 ? pick(role.skills) : pick(vocabulary)));
    const lines = ['About us', `${pick(about)} ${pick(about)} ${pick(about)}`, '', `About the role`, `As a ${title} at ${company}, you will join a team of ${3 + Math.floor(next() * 9)} people. ${pick(duties)}`, '', "What you'll do"];
    for (let index = 0, duties_ = 6 + Math.floor(next() * 8); index < duties_; index++) lines.push(`- ${pick(duties)} You will use ${own(2).join(' and ')}.`);
    lines.push('', 'How we work', `${pick(about)} ${pick(duties)} ${pick(duties)} ${pick(about)}`);
    lines.push('', 'Requirements', `- ${1 + Math.floor(next() * 9)}+ years of professional experience`);
    for (let index = 0, needs = 4 + Math.floor(next() * 6); index < needs; index++) lines.push(`- Strong experience with ${own(3).join(', ')}`);
    lines.push('', 'Nice to have');
    for (let index = 0, extras = 1 + Math.floor(next() * 4); index < extras; index++) lines.push(`- ${own(1).join('')} is a plus`);
    lines.push('', 'What we offer');
    for (let index = 0, perks = 2 + Math.floor(next() * 5); index < perks; index++) lines.push(`- ${pick(benefits)}`);
    const stated = next() < 0.6;
    const low = 40_000 + Math.floor(next() * 150) * 1_000;
    const url = `https://jobs.example.com/${company.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${id}`;
    byId.set(id, {
      id,
      title,
      company,
      location,
      remote,
      salary: stated ? { min: low, max: low + 10_000 + Math.floor(next() * 60) * 1_000, currency: location?.includes('Germany') ? 'EUR' : 'USD', period: 'year' } : null,
      employment_type: next() < 0.85 ? 'full_time' : pick(['part_time', 'contract', 'internship'] as const),
      posted_at: new Date(base - Math.floor(next() * 120 * 86_400_000)).toISOString(),
      url,
      sources: [{ name: pick(['remotive', 'himalayas', 'arbeitnow', 'remoteok', 'adzuna']), url }],
      tags: [...new Set(own(3))],
      description: lines.join('\n'),
    });
  }
  return [...byId.values()];
}
