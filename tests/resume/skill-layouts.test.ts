/**
 * How the skills reader copes with the layouts that lose a list's structure: categories
 * heading the lines under them, keywords apart by spacing only, a comma list wrapped by a
 * narrow column, heading rows over columns. Every resume here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';
import { findSidebarSkills } from '../../src/resume/sections/find-sidebar-skills.ts';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { splitSpacedSkills } from '../../src/resume/sections/split-spaced-skills.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const read = (...lines: string[]) => parseSkills(toResumeLines(lines.join('\n')), vocabulary);

describe('keywords separated only by spaces', () => {
  it('splits tags side by side whose last one carries a bracket', () => {
    expect(read('Data:', 'Git Docker (compose)')).toEqual([{ name: 'Data', keywords: ['Git', 'Docker (compose)'] }]);
  });

  it('splits a line whose every piece is a known skill', () => {
    expect(splitSpacedSkills('Rust Haskell F#', vocabulary)).toEqual(['Rust', 'Haskell', 'F#']);
    expect(splitSpacedSkills('Docker Ruby on Rails', vocabulary)).toEqual(['Docker', 'Ruby on Rails']);
  });

  it('keeps a multi-word skill whole, known or not', () => {
    expect(splitSpacedSkills('Power BI', vocabulary)).toBeUndefined();
    expect(splitSpacedSkills('Salesforce Reporting', vocabulary)).toBeUndefined();
    expect(splitSpacedSkills('Conflict Resolution', vocabulary)).toBeUndefined();
  });
});

describe('category headings over the lines under them', () => {
  it('reads a label over packed keywords as a category', () => {
    expect(read('Backend', 'Elixir Erlang', 'RabbitMQ', 'Observability', 'Grafana Prometheus')).toEqual([
      { name: 'Backend', keywords: ['Elixir', 'Erlang', 'RabbitMQ'] },
      { name: 'Observability', keywords: ['Grafana', 'Prometheus'] },
    ]);
  });

  it('reads a label over tags a PDF set apart by their margins (tab stops) as their category', () => {
    expect(read('Kitchen', 'HACCP\tSous vide\tMenu costing', 'Front of house', 'Covers\tWine pairing')).toEqual([
      { name: 'Kitchen', keywords: ['HACCP', 'Sous vide', 'Menu costing'] },
      { name: 'Front of house', keywords: ['Covers', 'Wine pairing'] },
    ]);
  });

  it('reads a skill used as a label over a comma list of skills as their category', () => {
    expect(read('Deep Learning', 'Keras, TensorFlow,', 'LightGBM', 'Data', 'Polars, DuckDB')).toEqual([
      { name: 'Deep Learning', keywords: ['Keras', 'TensorFlow', 'LightGBM'] },
      { name: 'Data', keywords: ['Polars', 'DuckDB'] },
    ]);
  });

  it('reads one keyword a line, unknown ones included, under a label over known skills once the list has categories', () => {
    expect(read('Clinical:', 'Triage', 'Wound Care', 'Office', 'Excel', 'Rostering')).toEqual([
      { name: 'Clinical', keywords: ['Triage', 'Wound Care'] },
      { name: 'Office', keywords: ['Excel', 'Rostering'] },
    ]);
  });

  it('reads a one-word label that the item under it narrows as a category', () => {
    expect(read('Nursing', 'Critical Care Nursing', 'Phlebotomy', 'Teaching', 'Clinical Teaching')).toEqual([
      { name: 'Nursing', keywords: ['Critical Care Nursing', 'Phlebotomy'] },
      { name: 'Teaching', keywords: ['Clinical Teaching'] },
    ]);
  });

  it('does not take the first of a flat list, one skill a line, for a category', () => {
    expect(read('Mediation', 'Salesforce', 'Mentoring', 'Excel').map((skill) => skill.name)).toEqual(['Mediation', 'Salesforce', 'Mentoring', 'Excel']);
  });

  it('reads a label ending in a colon as the heading of the list below', () => {
    expect(read('Coaching:', 'Conflict Resolution', 'Team Building')).toEqual([
      { name: 'Coaching', keywords: ['Conflict Resolution', 'Team Building'] },
    ]);
  });

  it('keeps a skill that is also used as a label over bullets under its own heading', () => {
    expect(read('Machine Learning', '• Keras', '• LightGBM')).toEqual([{ name: 'Machine Learning', keywords: ['Keras', 'LightGBM'] }]);
  });

  it('does not take the labels of a heading row over columns for skills', () => {
    const skills = read('Frameworks\tStores', 'Django\tFlask\tMySQL\tRedis', 'Celery');
    expect(skills).toEqual([{ name: 'Frameworks / Stores', keywords: ['Django', 'Flask', 'MySQL', 'Redis', 'Celery'] }]);
  });

  it('does not take a row of items under a heading row for another heading row', () => {
    const skills = read('People\tTools', 'Onboarding\tCoaching Plans\tJira', 'Hiring Loops\tConfluence');
    expect(skills.flatMap((skill) => skill.keywords ?? [])).toEqual(['Onboarding', 'Coaching Plans', 'Jira', 'Hiring Loops', 'Confluence']);
  });
});

describe('a comma list wrapped by a narrow column', () => {
  it('rejoins an item the wrap cut in two', () => {
    expect(read('Field Sales', 'Territory Planning, Account', 'Mapping, Cold Calling, Quota', 'Setting', 'Systems', 'Salesforce, Gong')).toEqual([
      { name: 'Field Sales', keywords: ['Territory Planning', 'Account Mapping', 'Cold Calling', 'Quota Setting'] },
      { name: 'Systems', keywords: ['Salesforce', 'Gong'] },
    ]);
  });

  it('rejoins it in a list with no categories, spaced bullets included', () => {
    expect(read('Lesson Planning · Parent Communication · Behaviour', 'Management · Moodle').map((skill) => skill.name)).toEqual([
      'Lesson Planning',
      'Parent Communication',
      'Behaviour Management',
      'Moodle',
    ]);
  });

  it('does not join two lists that end and start with known skills', () => {
    expect(read('Python, Go, Kotlin', 'Docker, Terraform').map((skill) => skill.name)).toEqual(['Python', 'Go', 'Kotlin', 'Docker', 'Terraform']);
  });
});

describe('entries read as skills', () => {
  it('never reads a date range as a skill', () => {
    expect(read('Go, Rust', 'Fastly Inc.\t03/2019 - 11/2022', 'Haskell').map((skill) => skill.name)).not.toContain('03/2019 - 11/2022');
  });
});

describe('skill categories in a sidebar with no Skills heading', () => {
  const sidebar = (...skillLines: string[]) =>
    parseSections(
      [
        'Tomasz Wierzbicki',
        'Platform Engineer',
        'About',
        'Gdańsk PL',
        'tomasz.w@example.net',
        '+48 501 234 567',
        'tomasz-wierzbicki-',
        'platform-gdansk',
        'twierzb',
        ...skillLines,
        'Experience',
        'Allegro\t04/2020 - Present',
        'Platform Engineer',
      ].join('\n'),
    );

  it('reads the labels under the contact lines as categories of skills', () => {
    const resume = sidebar('Runtime', 'Elixir Erlang', 'RabbitMQ', 'Delivery', 'Helm ArgoCD', 'GitLab CI');
    expect(resume.skills).toEqual([
      { name: 'Runtime', keywords: ['Elixir', 'Erlang', 'RabbitMQ'] },
      { name: 'Delivery', keywords: ['Helm', 'ArgoCD', 'GitLab CI'] },
    ]);
    expect(resume.basics?.summary ?? '').not.toContain('RabbitMQ');
  });

  it('keeps a skill the narrow column wrapped one word a line whole', () => {
    const resume = sidebar('Mentoring', 'Onboarding Plans', 'Psychological', 'Safety', 'Tools', 'Jira');
    expect(resume.skills).toEqual([
      { name: 'Mentoring', keywords: ['Onboarding Plans', 'Psychological Safety'] },
      // "Tools" is set as a heading, but right under the sidebar's categories it is one more of them.
      { name: 'Tools', keywords: ['Jira'] },
    ]);
  });

  it('rejoins a name the column wrapped by its small letter, and keeps capitalised words apart in a sentence-case list', () => {
    const lines = toResumeLines(['Operations', 'Route planning', 'Yard scheduling', 'SAP TM', 'Soziale', 'kompetenzen', 'Conflict', 'resolution', 'Gelassenheit', 'Zuverlässigkeit'].join('\n'));
    expect(findSidebarSkills(lines, vocabulary)?.skills.map((line) => line.text)).toEqual([
      '', 'Operations:', 'Route planning', 'Yard scheduling', 'SAP TM', 'Soziale kompetenzen', 'Conflict resolution', 'Gelassenheit', 'Zuverlässigkeit', '',
    ]);
  });

  it('reads a "Certifications" heading right under the categories, over keywords, as one more category', () => {
    const resume = sidebar('Runtime', 'Elixir Erlang', 'RabbitMQ', 'Certifications', 'CKA', 'CKAD');
    expect(resume.skills).toEqual([
      { name: 'Runtime', keywords: ['Elixir', 'Erlang', 'RabbitMQ'] },
      { name: 'Certifications', keywords: ['CKA', 'CKAD'] },
    ]);
    expect(resume.certificates).toBeUndefined();
  });

  it('rejoins a known skill the column wrapped before its last word', () => {
    const lines = toResumeLines(['Cloud', 'Amazon Web', 'Services', 'Terraform'].join('\n'));
    expect(findSidebarSkills(lines, vocabulary)?.skills.map((line) => line.text)).toEqual(['', 'Cloud:', 'Amazon Web Services', 'Terraform', '']);
  });

  it('does not take the place printed above the categories for one', () => {
    const resume = parseSections(['Ines Duarte', 'About', 'Porto PT', 'Delivery', 'Helm ArgoCD'].join('\n'));
    expect(resume.skills).toEqual([{ name: 'Delivery', keywords: ['Helm', 'ArgoCD'] }]);
  });

  it('reads a long run of categories whose only known skill is a word among tags', () => {
    const resume = sidebar('Ward', 'Bed rounds', 'Dressing changes', 'Discharge teaching', 'Charting', 'Records', 'Epic Omnicell');
    expect(resume.skills?.[0]?.name).toBe('Ward');
    expect(resume.skills?.[0]?.keywords?.slice(0, 4)).toEqual(['Bed rounds', 'Dressing changes', 'Discharge teaching', 'Charting']);
  });

  it('leaves a sidebar with no known skill alone', () => {
    expect(sidebar('Hobbies', 'Sailing', 'Chess').skills).toBeUndefined();
  });
});

describe('a "Languages" section of programming languages with more categories under it', () => {
  it('reads each label under it as a category, not as a skill', () => {
    const resume = parseSections(['Languages', 'Kotlin Swift Dart', 'Mobile tooling', 'Xcode Gradle', 'Fastlane'].join('\n'));
    expect(resume.languages).toBeUndefined();
    expect(resume.skills).toEqual([
      { name: 'Languages', keywords: ['Kotlin', 'Swift', 'Dart'] },
      { name: 'Mobile tooling', keywords: ['Xcode', 'Gradle', 'Fastlane'] },
    ]);
  });
});

describe('entries after the Skills heading (sidebar read before the main column)', () => {
  it('stops at the first dated entry and drops its header lines', () => {
    const skills = read('Go, Rust, Terraform', 'Fastly Inc.', 'Site Reliability Engineer', '03/2019 - 11/2022', '• Cut paging noise by half with better alert routing', 'Weaveworks', '2016 - 2019');
    expect(skills.map((skill) => skill.name)).toEqual(['Go', 'Rust', 'Terraform']);
  });

  it('keeps a skills line that carries years, without the years', () => {
    expect(read('Kotlin (2018 - 2024), Swift', 'Objective-C').map((skill) => skill.name)).toEqual(['Kotlin', 'Swift', 'Objective-C']);
  });
});

describe('a category and its list on one line', () => {
  it('reads a label before a dash as the category', () => {
    expect(read('Cloud — GCP, Terraform, Helm', 'Python - advanced')).toEqual([
      { name: 'Cloud', keywords: ['GCP', 'Terraform', 'Helm'] },
      { name: 'Python', level: 'advanced' },
    ]);
  });
});

describe('levels are not category labels', () => {
  it('keeps a skill with its level after a dash', () => {
    expect(read('Python - Expert', 'Go - Intermediate', 'SQL')).toEqual([
      { name: 'Python', level: 'Expert' },
      { name: 'Go', level: 'Intermediate' },
      { name: 'SQL' },
    ]);
  });

  it('does not take a level on its own line for a category', () => {
    expect(read('Kotlin', 'Expert', 'Go', 'Intermediate').every((skill) => skill.keywords === undefined)).toBe(true);
  });
});

describe('a category named like a section under a Skills heading', () => {
  const sections = (...lines: string[]) => parseSections(lines.join('\n'), { vocabulary });

  it('does not take a wrapped word in small letters that happens to name a section for its heading', () => {
    expect(sections('Skills', 'People', 'Mentoring, Volunteer', 'leadership', 'Education', 'BSc Geology, Keele University, 2015').skills).toEqual([
      { name: 'People', keywords: ['Mentoring', 'Volunteer leadership'] },
    ]);
  });

  it('reads "Tools" under the Skills heading as a category of the skills', () => {
    expect(sections('Skills', 'Field work', 'Soil sampling, Drone surveying', 'Tools', 'QGIS, Leapfrog').skills).toEqual([
      { name: 'Field work', keywords: ['Soil sampling', 'Drone surveying'] },
      { name: 'Tools', keywords: ['QGIS', 'Leapfrog'] },
    ]);
  });

  it('reads "Certifications" over short bullets, among labelled bullets, as one more category', () => {
    const resume = sections('Skills', 'Field work', '• Soil sampling', '• Drone surveying', 'Licences', '• HGV Class 1', '• ADR', 'Education', 'BSc Geology, Keele University, 2015');
    expect(resume.skills).toEqual([
      { name: 'Field work', keywords: ['Soil sampling', 'Drone surveying'] },
      { name: 'Licences', keywords: ['HGV Class 1', 'ADR'] },
    ]);
    expect(resume.certificates).toBeUndefined();
  });

  it('still opens the section for certificates with issuers and years', () => {
    const resume = sections('Skills', 'Field work', '• Soil sampling', 'Certifications', '• HGV Class 1 – DVSA, 2019');
    expect(resume.certificates?.length).toBe(1);
  });

  it('still opens the section when the headings are in capitals and the labels are not', () => {
    const resume = sections('SKILLS', 'Field work', '• Soil sampling', 'CERTIFICATIONS', '• ADR');
    expect(resume.skills).toEqual([{ name: 'Field work', keywords: ['Soil sampling'] }]);
    expect(resume.certificates?.length).toBe(1);
  });
});

describe('a label over a comma list in a narrow column', () => {
  it('joins the two ends of the lines when they make one known skill, however long the rest', () => {
    expect(read('Office:', 'Outlook, Word, Microsoft', 'Dynamics 365, Visio, SharePoint, Teams, OneNote,', 'Access')).toEqual([
      { name: 'Office', keywords: ['Outlook', 'Word', 'Microsoft Dynamics 365', 'Visio', 'SharePoint', 'Teams', 'OneNote', 'Access'] },
    ]);
  });

  it('keeps a standard\'s number wrapped onto its own line with the standard, and the lines after it', () => {
    expect(read('Standards', 'ISO 9001, BS EN', '1993', 'Site safety', 'CSCS, SMSTS')).toEqual([
      { name: 'Standards', keywords: ['ISO 9001', 'BS EN 1993'] },
      { name: 'Site safety', keywords: ['CSCS', 'SMSTS'] },
    ]);
  });

  it('does not join the label to the last item of the list above', () => {
    expect(read('Survey', 'Soil sampling, Drone', 'surveying, Core logging', 'Software', 'QGIS, Leapfrog')).toEqual([
      { name: 'Survey', keywords: ['Soil sampling', 'Drone surveying', 'Core logging'] },
      { name: 'Software', keywords: ['QGIS', 'Leapfrog'] },
    ]);
  });
});

describe('a skill with its level in brackets and a colon with nothing after it', () => {
  it('reads the brackets as the level, in the writer\'s words', () => {
    expect(read('Crane operation (all categories):')).toEqual([{ name: 'Crane operation', level: 'all categories' }]);
  });
});

describe('a grid of skills whose cells a narrow column wrapped', () => {
  it('joins a lone line between full rows to the cell it ends, and leaves a short last row alone', () => {
    expect(read('Lathe\tCNC milling', 'Tig +\tMig welding', 'Brazing', 'Sheet metal\tHealth and', 'Safety', 'Blueprint reading\tGD&T', 'Forklift')).toEqual([
      { name: 'Lathe' },
      { name: 'CNC milling' },
      { name: 'Tig + Brazing' },
      { name: 'Mig welding' },
      { name: 'Sheet metal' },
      { name: 'Health and Safety' },
      { name: 'Blueprint reading' },
      { name: 'GD&T' },
      { name: 'Forklift' },
    ]);
  });
});
