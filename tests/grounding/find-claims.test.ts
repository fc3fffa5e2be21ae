import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/grounding/find-claims.ts';
import { findNumbers } from '../../src/grounding/find-numbers.ts';
import { splitSentences } from '../../src/grounding/split-sentences.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const claims = (sentence: string) => findClaims(sentence, loadSkillVocabulary()).map((claim) => [claim.kind, claim.text]);

describe('findClaims', () => {
  it('finds employers, numbers and skills', () => {
    expect(claims('At Globex Corporation I grew revenue 300% with Kubernetes.')).toEqual([
      ['employer', 'Globex Corporation'],
      ['number', '300%'],
      ['skill', 'Kubernetes'],
    ]);
  });

  it('finds titles, institutions, degrees and dates', () => {
    expect(claims('As Senior Backend Engineer I used my MBA from the University of Leeds in March 2021.')).toEqual([
      ['title', 'Senior Backend Engineer'],
      ['degree', 'MBA'],
      ['institution', 'University of Leeds'],
      ['date', 'March 2021'],
    ]);
  });

  it('does not take months, places, pronouns or sentence openers for employers', () => {
    expect(claims('In January I moved to Berlin. I joined in May.')).toEqual([]);
    expect(claims('Dear Team, I am writing because I love it.')).toEqual([]);
  });

  it('takes an organisation suffix as an employer anywhere, and "joined X"', () => {
    expect(claims('Initech Inc. hired me after I joined Hooli')).toEqual([
      ['employer', 'Initech Inc.'],
      ['employer', 'Hooli'],
    ]);
  });
});

describe('findNumbers', () => {
  it.each([
    ['grew revenue 300%', 300, 'percent'],
    ['saved $2M', 2_000_000, 'currency'],
    ['a £50m book', 50_000_000, 'currency'],
    ['10x faster', 10, 'multiple'],
    ['1,500 nodes', 1500, 'plain'],
    ['2.5 million users', 2_500_000, 'plain'],
  ])('%s', (text, value, unit) => {
    expect(findNumbers(text)).toEqual([expect.objectContaining({ value, unit })]);
  });

  it('skips years, version numbers and names with digits', () => {
    expect(findNumbers('In 2019 I used C++17, S3, EC2 and Web3, with a 3.8/4.0 GPA')).toEqual([]);
  });

  it('remembers the noun after a number', () => {
    expect(findNumbers('5+ years of experience')[0]).toMatchObject({ value: 5, noun: 'years' });
  });
});

describe('splitSentences', () => {
  it('splits after full stops but not after abbreviations or initials', () => {
    expect(splitSentences('I led Acme Corp. migrations with Dr. Smith. J. R. R. Tolkien wrote. Done!').map((span) => span.text)).toEqual([
      'I led Acme Corp. migrations with Dr. Smith. ',
      'J. R. R. Tolkien wrote. ',
      'Done!',
    ]);
  });

  it('covers the whole line', () => {
    const line = 'One. Two? Three';
    expect(splitSentences(line).map((span) => line.slice(span.start, span.end)).join('')).toBe(line);
  });
});
