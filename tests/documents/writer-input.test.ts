import { describe, expect, it } from 'vitest';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { type JsonResume, jsonResumeSchema } from '../../src/protocol/json-resume.ts';
import { engineerPosting, engineerResume, letterDate } from './fixtures.ts';

describe('writer inputs', () => {
  it('accept a resume parsed by the canonical JSON Resume schema, as it is', () => {
    const resume: JsonResume = jsonResumeSchema.parse(engineerResume);
    const letter = writeCoverLetter({ resume, posting: engineerPosting, tone: 'professional', date: letterDate });
    expect(letter).toContain('I am currently a Senior Software Engineer at Northwind Labs');
    expect(writeInterviewPrep({ resume, posting: engineerPosting })).toContain('since March 2021');
  });

  it('treat the schema\'s empty end date as "present"', () => {
    // A role in the posting's field: a letter counts only those years (see years-of-experience.ts).
    const resume: JsonResume = jsonResumeSchema.parse({ work: [{ name: 'Initech', position: 'Software Engineer', startDate: '2020-01', endDate: '' }] });
    const letter = writeCoverLetter({ resume, posting: engineerPosting, tone: 'concise', date: letterDate });
    expect(letter).toContain("I'm a Software Engineer at Initech (6 years in total)");
  });
});
