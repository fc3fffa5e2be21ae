/**
 * A comma list of skills wrapped in a narrow column just before a version ("…, Spreadsheet Pro" /
 * "365, …"): a number alone names no skill, so it ends the name above it, even when that name is a
 * skill without it. Every resume here is written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const keywords = (lines: string[]) =>
  parseSections(['Kofi Adu', 'kofi.adu@example.org', 'Skills', ...lines, 'Experience', 'Tema Mills', 'Accountant\tJan 2020 - Present'].join('\n')).skills?.flatMap(
    (skill) => skill.keywords ?? [],
  );

describe('a version wrapped onto the next line of a skill list', () => {
  it('joins a version under a known skill to it', () => {
    expect(keywords(['Software (8 yrs): Sage 300, QuickBooks Online, SAP FI/CO, Microsoft Excel', '365, Tally ERP 9'])).toEqual([
      'Sage 300',
      'QuickBooks Online',
      'SAP FI/CO',
      'Microsoft Excel 365',
      'Tally ERP 9',
    ]);
  });

  it('joins a dotted version too, and leaves a list that ended with its comma alone', () => {
    expect(keywords(['Tools: Git, Docker, Python', '3.11, Terraform'])).toEqual(['Git', 'Docker', 'Python 3.11', 'Terraform']);
    expect(keywords(['Tools: Git, Docker, Python,', 'Terraform, Ansible'])).toEqual(['Git', 'Docker', 'Python', 'Terraform', 'Ansible']);
  });
});
