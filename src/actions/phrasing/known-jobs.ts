import type { PhrasingContext } from './phrasing.ts';

/** A job the thread has shown or the person saved: its position in a list shown, title and company as written. */
export interface KnownJob {
  position?: number;
  /** The job's id, when the known data names it. */
  id?: string;
  title: string;
  company: string;
  /** What the list said after the company ("Tromsø, NOK 700k", "· Remote (EU)"): where, pay, remote, as the person saw it. */
  details?: string;
}

/**
 * "2. Senior Engineer — Acme · Berlin … [id]" (the job list jobpilot writes) or "2. Backend
 * Engineer at Stripe (Dublin)": a numbered line naming a title and a company. A title may
 * hold a part in brackets ("Logistics Planner (Antwerp) — …", "Pielęgniarka (Nurse)", "Inventory
 * Planner (24 uur/week) at …"); a line that did not read spilled into the one before it as its details.
 * A dash inside a title ("Senior Engineer – HV Battery (m/f/d) — Brenner GmbH") is the title's own when
 * jobpilot's " — " follows it on the line (regression, trial s46 #21: "HV Battery" was read as the company).
 */
const listedJob = /(?:^|\n|\s)(?<position>\d{1,2})\.\s+(?<title>(?:[^\n—·()[\]]|\([^\n()[\]—·]*\))+?)\s+(?:—|(?:–|-)(?!(?:(?!\s\d{1,2}\.\s)[^\n—·[\]])*\s—\s+\p{Lu})|at)\s+(?<company>[\p{Lu}\d][^\n·()[\],…]*?)(?=\s*(?:·|\(|\[|,|…|\n|$|\s\d{1,2}\.\s))/gu;

/**
 * The jobs the conversation has listed, newest list first: the thread's results as the
 * person saw them, read from what jobpilot answered; then the saved jobs. Pure: the history
 * and the known data are all it reads.
 *
 * @example
 * knownJobs({ history: [{ role: 'assistant', content: 'Found 2 jobs: 1. Data Engineer at Globex (Lisbon) 2. Frontend Developer at Initech' }], references: {}, allowedApps: [] });
 * // [{ position: 1, title: 'Data Engineer', company: 'Globex' }, { position: 2, title: 'Frontend Developer', company: 'Initech' }]
 */
export function knownJobs(context: Pick<PhrasingContext, 'history' | 'known'>): KnownJob[] {
  const jobs: KnownJob[] = [];
  for (let index = context.history.length - 1; index >= 0; index--) {
    const message = context.history[index];
    if (message?.role !== 'assistant') continue;
    const matches = [...message.content.matchAll(listedJob)];
    matches.forEach((match, index) => {
      const { position, title, company } = match.groups ?? {};
      const details = message.content.slice(match.index + match[0].length, matches[index + 1]?.index ?? message.content.length).trim();
      if (position && title && company) jobs.push({ position: Number(position), title: title.trim(), company: company.trim(), ...(details ? { details } : {}) });
    });
  }
  for (const { title, company } of context.known?.jobs ?? []) jobs.push({ title, company });
  return jobs;
}

/**
 * The company (or, failing that, the title) of a listed job that a sentence names in passing,
 * without any noun after it: "Globex turned me down" → "Globex". Whole words, any case;
 * undefined when none is named.
 *
 * @example
 * findKnownJob('globex turned me down', context); // 'Globex'
 */
export function findKnownJob(sentence: string, context: Pick<PhrasingContext, 'history' | 'known'>): string | undefined {
  // A job's own id said anywhere ("view job_a2"): the person copied it from a list.
  const id = context.known?.jobs.find((job) => job.id.length >= 4 && new RegExp(`(?:^|\\s)${job.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s.,;:!?])`, 'i').test(sentence))?.id;
  if (id) return id;
  const lower = ` ${comparable(sentence)} `;
  const jobs = knownJobs(context);
  const named = (name: string) => name.length >= 2 && lower.includes(` ${comparable(name)} `);
  return jobs.find((job) => named(job.company))?.company ?? jobs.find((job) => named(job.title))?.title ?? namedByFirstWord(lower, jobs) ?? namedByInitials(sentence, jobs);
}

/** Short words a sentence uses for themselves, never a company's initials. */
const everydayWords = new Set(
  'the and for you are can not but all any new now how why who its our was has had get got did one two per via yet too may say see let own off out old big top way day job fit pay cv ceo hr'.split(' '),
);
/** Words left out of a name's initials: "University of the Arts" is "UA" as well as "UOTA". */
const joiningWords = /^(?:of|the|and|for|de|der|la|le|du|&)$/;

/**
 * "UHN don reject me o": a company said by its initials, three letters or more and in capitals
 * ("UHN" for University Health Network, "AHS" for Alberta Health Services), when exactly one
 * listed company has them. Lower case counts only when the word is no everyday word.
 * Regression (trial s48 #45): the initials went unread, "it" won, and another job was marked rejected.
 */
function namedByInitials(sentence: string, jobs: readonly KnownJob[]): string | undefined {
  const initialsOf = (company: string) =>
    company
      .split(/[\s-]+/)
      .filter((word) => /^\p{L}/u.test(word) && !joiningWords.test(word.toLowerCase()))
      .map((word) => word[0]?.toLowerCase() ?? '')
      .join('');
  const said = new Set(
    (sentence.match(/(?<!\p{L})\p{L}{3,6}(?!\p{L})/gu) ?? []).filter((word) => word === word.toUpperCase() || !everydayWords.has(word.toLowerCase())).map((word) => word.toLowerCase()),
  );
  const companies = [...new Set(jobs.map((job) => job.company))].filter((company) => company.split(/\s+/).length >= 3);
  const matching = companies.filter((company) => said.has(initialsOf(company)));
  return matching.length === 1 ? matching[0] : undefined;
}

/** Words that begin company names without telling one apart ("The", "Global", "Data"). */
const sharedFirstWords = /^(?:the|global|data|tech|digital|software|cloud|first|new|united|north|south|east|west|blue|green|red|open|smart)$/;

/**
 * "what tech do they use at pelicano": a company said by the first word of its name (four
 * letters or more, no common word), when exactly one listed company begins with it.
 */
function namedByFirstWord(lower: string, jobs: readonly KnownJob[]): string | undefined {
  const companies = [...new Set(jobs.map((job) => job.company))];
  const firstWord = (company: string) => comparable(company).split(' ')[0] ?? '';
  const matching = companies.filter((company) => {
    const word = firstWord(company);
    return word.length >= 4 && !sharedFirstWords.test(word) && lower.includes(` ${word} `);
  });
  const words = new Set(matching.map(firstWord));
  return words.size === 1 && companies.filter((company) => words.has(firstWord(company))).length === 1 ? matching[0] : undefined;
}

/** Words only, lower-cased, "&"/"and" and punctuation dropped: "Hollins & Peake" reads as "hollins, peake" does. */
const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#' ]+/gu, ' ')
    .replace(/\band\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
