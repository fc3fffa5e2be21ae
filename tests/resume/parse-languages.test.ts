import { describe, expect, it } from 'vitest';
import { parseLanguages } from '../../src/resume/sections/parse-languages.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';

const read = (text: string) => parseLanguages(toResumeLines(text)).map(({ language, fluency }) => [language, fluency ?? null]);

describe('parseLanguages: a mother tongue\'s level said once', () => {
  it('is shared by a pair of first languages', () => {
    expect(read('Tagalog, Cebuano (native)')).toEqual([
      ['Tagalog', 'native'],
      ['Cebuano', 'native'],
    ]);
  });

  it('is never spread over a longer list: a level read wrongly would meet a mandatory language', () => {
    expect(read('English, Polish, Czech (native)')).toEqual([
      ['English', null],
      ['Polish', null],
      ['Czech', 'native'],
    ]);
  });

  it('leaves a grade to the language it is written beside', () => {
    expect(read('Swahili, French (B2)')).toEqual([
      ['Swahili', null],
      ['French', 'B2'],
    ]);
  });
});
