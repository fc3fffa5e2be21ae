import { describe, expect, it } from 'vitest';
import { confidentLetter } from '../../src/documents/cover-letter/confident-letter.ts';
import { enthusiasticLetter } from '../../src/documents/cover-letter/enthusiastic-letter.ts';
import { letterFacts } from '../../src/documents/cover-letter/letter-facts.ts';
import { warmLetter } from '../../src/documents/cover-letter/warm-letter.ts';
import { designerPosting, designerResume, engineerPosting, engineerResume, letterDate } from './fixtures.ts';

const greetingOf = (letter: string) => letter.split('\n\n')[1];

describe('who a letter greets', () => {
  it.each([
    ['warm', warmLetter, 'Dear'],
    ['confident', confidentLetter, 'Dear'],
    ['enthusiastic', enthusiasticLetter, 'Hello'],
  ] as const)('%s: the hiring manager when named, else the company team, never "there"', (_tone, write, salutation) => {
    for (const [resume, posting] of [[engineerResume, engineerPosting], [designerResume, designerPosting]] as const) {
      const company = posting.company ?? '';
      expect(greetingOf(write(letterFacts({ resume, posting, date: letterDate })))).toMatch(new RegExp(`^${salutation} ${company.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:hiring )?team,$`));
      expect(greetingOf(write(letterFacts({ resume, posting, date: letterDate, hiringManager: 'Ms Okafor' })))).toBe(`${salutation} Ms Okafor,`);
      // A posting with no company named: the hiring team, not "your company team".
      expect(greetingOf(write(letterFacts({ resume, posting: { ...posting, company: '' }, date: letterDate })))).toBe(`${salutation} Hiring Team,`);
    }
  });
});
