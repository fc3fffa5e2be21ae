// The prepared posting's stored form (src/resume/match/stored-posting.ts, migration 0018): read
// back it is the prepared posting, and it scores the same; a stored form is current only for the
// matcher's version, which must change whenever what `preparePosting` returns does.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePostings } from '../../bench/career-scale/postings.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { type JobPosting, type PreparedPosting, preparedFormVersion, preparePosting, prepareResume, readPreparedForm, scorePosting, writePreparedForm } from '../../src/resume/match.ts';
import { preparationVersion } from '../../src/resume/match/stored-posting.ts';
import { createSkillVocabulary, loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const tuning = JSON.parse(readFileSync(new URL('../../evals/match-pairs/tuning.json', import.meta.url), 'utf8')) as {
  now: string;
  resumes: Record<string, JsonResume>;
  postings: Record<string, JobPosting>;
};
// The match pairs' postings (many professions) and the bench's generated ones (as the index holds them).
const corpus: JobPosting[] = [
  ...Object.values(tuning.postings),
  ...generatePostings(200).map((posting) => ({ title: posting.title, company: posting.company, tags: posting.tags, description: posting.description })),
];
const resumes = Object.values(tuning.resumes)
  .slice(0, 3)
  .map((resume) => prepareResume(resume, { now: new Date(tuning.now) }));
const preparedCorpus = corpus.map((posting) => preparePosting(posting, vocabulary));
const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('a prepared posting stored', () => {
  it('reads back as the prepared posting (the same fields in the same order), and every result is the same', () => {
    let full = 0;
    let short = 0;
    for (const prepared of preparedCorpus) {
      const stored = writePreparedForm(prepared);
      const read = readPreparedForm(stored);
      expect(JSON.stringify(read)).toBe(JSON.stringify(prepared));
      for (const resume of resumes) expect(JSON.stringify(scorePosting(resume, read))).toBe(JSON.stringify(scorePosting(resume, prepared)));
      full += JSON.stringify(prepared).length;
      short += stored.length;
    }
    // The short lists make the stored form smaller than the prepared posting's JSON.
    expect(short).toBeLessThan(full * 0.75);
  });

  it('keeps a requirement or a term the short form does not fit as it is', () => {
    const prepared: PreparedPosting = {
      ...preparePosting({ title: 'Go Engineer', description: 'Requirements:\n- Go or Rust\n- Kafka' }, vocabulary),
      niceToHaveSkills: [{ anyOf: ['Go', 'Rust'], label: 'Go/Rust' }],
      keywords: [
        { word: 'services', stem: 'service' },
        { word: 'data', stem: 'data' },
      ],
    };
    const stored = writePreparedForm(prepared);
    expect(JSON.parse(stored).niceToHaveSkills).toEqual([{ anyOf: ['Go', 'Rust'], label: 'Go/Rust' }]);
    expect(JSON.parse(stored).keywords).toEqual([['services', 'service'], 'data']);
    expect(readPreparedForm(stored)).toEqual(prepared);
  });

  it('is current for one vocabulary: another vocabulary has another version', () => {
    expect(preparedFormVersion(vocabulary)).toBe(preparedFormVersion(loadSkillVocabulary()));
    expect(preparedFormVersion(vocabulary).startsWith(`${preparationVersion}:`)).toBe(true);
    const fewer = createSkillVocabulary(vocabulary.skills.slice(1));
    expect(preparedFormVersion(fewer)).not.toBe(preparedFormVersion(vocabulary));
  });
});

// What `preparePosting` returned for each posting of the corpus, recorded with `preparationVersion`:
// stored forms of a version are read as if prepared now, so an output that changed while the version
// did not would score old postings with the old reading, silently. Re-record (after bumping the
// version when the output changed) with JOBPILOT_RECORD_PREPARED_FORMS=1 npx vitest run tests/resume/stored-posting.test.ts
describe('preparationVersion', () => {
  const recordFile = new URL('../fixtures/resume/prepared-posting-forms.json', import.meta.url);
  const now = {
    preparationVersion,
    vocabulary: preparedFormVersion(vocabulary).split(':')[1],
    forms: Object.fromEntries(corpus.map((posting, index) => [digest(JSON.stringify(posting)), digest(JSON.stringify(preparedCorpus[index]))])),
  };

  it('changes whenever what preparePosting returns does', () => {
    if (process.env.JOBPILOT_RECORD_PREPARED_FORMS === '1') writeFileSync(recordFile, `${JSON.stringify(now, null, 1)}\n`);
    expect(existsSync(recordFile), 'no record yet: run with JOBPILOT_RECORD_PREPARED_FORMS=1').toBe(true);
    const recorded = JSON.parse(readFileSync(recordFile, 'utf8')) as typeof now;
    const changed = Object.keys(now.forms).filter((posting) => posting in recorded.forms && recorded.forms[posting] !== now.forms[posting]);
    const compared = Object.keys(now.forms).filter((posting) => posting in recorded.forms).length;
    if (recorded.preparationVersion === preparationVersion && recorded.vocabulary === now.vocabulary) {
      expect(changed, `preparePosting's output changed for ${changed.length} of ${compared} postings: bump preparationVersion (src/resume/match/stored-posting.ts), then re-record`).toEqual([]);
      expect(compared, 'the corpus changed: re-record').toBe(Object.keys(now.forms).length);
    } else {
      // The version or the vocabulary changed: the stored forms are stale by themselves, only the record is old.
      expect.fail(`recorded for version ${recorded.preparationVersion} and vocabulary ${recorded.vocabulary}, now ${preparationVersion} and ${now.vocabulary}: re-record`);
    }
  });
});
