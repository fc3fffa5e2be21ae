/**
 * Regression tests for the error classes of docs/resume-accuracy.md that the section parser
 * owns. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const skillNames = (text: string) => (parseSections(text).skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]);

describe('skills one per line under category sub-headings (class 3)', () => {
  const resume = [
    'Priya Raman',
    'priya@example.org',
    'Skills',
    'Languages',
    '• Rust',
    '• TypeScript',
    'Storage',
    '• MongoDB',
    '• Cassandra',
    'Habits',
    '• Pair Programming',
    'Education',
    'University of Leeds',
    'BSc Physics, 2010 – 2013',
  ].join('\n');

  it('reads each sub-heading as a category and its bullets as keywords', () => {
    expect(parseSections(resume).skills).toEqual([
      { name: 'Languages', keywords: ['Rust', 'TypeScript'] },
      { name: 'Storage', keywords: ['MongoDB', 'Cassandra'] },
      { name: 'Habits', keywords: ['Pair Programming'] },
    ]);
  });

  it('does not read the "Languages" sub-heading as a section of spoken languages', () => {
    expect(parseSections(resume).languages).toBeUndefined();
  });

  it('still reads a Languages section of spoken languages after a filled Skills section', () => {
    const parsed = parseSections(['Tom Ek', 'Skills', 'Rust, Docker', 'Languages', 'Swedish (native), English (fluent)'].join('\n'));
    expect(parsed.languages).toEqual([
      { language: 'Swedish', fluency: 'native' },
      { language: 'English', fluency: 'fluent' },
    ]);
    expect(skillNames(['Tom Ek', 'Skills', 'Rust, Docker', 'Languages', 'Swedish (native), English (fluent)'].join('\n'))).toEqual(['Rust', 'Docker']);
  });

  it('reads a sidebar "Languages" list of tools with no Skills heading as skills', () => {
    const names = skillNames(['Ana Lima', 'Languages', 'Rust', 'Kotlin', 'Tools', 'Docker', 'MongoDB', 'Summary', 'I build things.'].join('\n'));
    expect(names).toEqual(expect.arrayContaining(['Rust', 'Kotlin', 'Docker', 'MongoDB']));
  });
});
