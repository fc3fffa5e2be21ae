/**
 * Schools named in Irish, Welsh, German or French words for a school ("Coláiste", "Ysgol",
 * "Berufsschule", "IUT", "Cégep"), with their town after a comma.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const read = (...lines: string[]) => parseSections(['Aoife Brennan', 'aoife@example.org', 'Education', ...lines].join('\n')).education;

describe('schools named in other languages', () => {
  it.each([
    ['Coláiste Mhuire, Corcaigh', 'Leaving Certificate'],
    ['Ysgol Gyfun Glantaf, Caerdydd', 'A Levels'],
    ['Städtische Berufsschule für Elektrotechnik', 'Abitur'],
  ])('reads %s as the school over its degree', (school, degree) => {
    expect(read(school, degree, '2010 – 2014')).toEqual([{ institution: school, studyType: degree, startDate: '2010', endDate: '2014' }]);
  });

  it.each(['IUT de Lannion', 'Cégep de Rimouski'])('reads %s as the school over a degree it does not know', (school) => {
    expect(read(school, 'Bachelor of Technology', '2010 – 2014')?.[0]?.institution).toBe(school);
  });
});
