import { describe, expect, it } from 'vitest';
import { firstParagraph, forPeople } from '../../web/src/for-people.ts';

// Session 41 (web): answers carried "[rem_bf88b5416d]", "(/v1/calendar.ics)" and a letter whole in a job card's panel.
describe('an answer as the web app shows it', () => {
  it('drops ids and API paths, keeps the words and the Markdown', () => {
    expect(forPeople('Reminder set: Call Noor at Vireo, Tue 9 Mar, 10:00 [rem_0a1b2c3d4e]. It is in your calendar feed (/v1/calendar.ics).')).toBe(
      'Reminder set: Call Noor at Vireo, Tue 9 Mar, 10:00. It is in your calendar feed.',
    );
    expect(forPeople('1. **Line Cook** — Bistro Sel · Gatineau [0f1e2d3c4b5a]\n2. Baker — Mie [a1b2c3d4e5f6]')).toBe('1. **Line Cook** — Bistro Sel · Gatineau\n2. Baker — Mie');
    // (A word in brackets that is no id stays.)
    expect(forPeople('Missing: [French] and SQL')).toBe('Missing: [French] and SQL');
  });

  it('leaves out the CLI hint to export, which the page has buttons for', () => {
    expect(forPeople('Wrote a warm cover letter for "Baker" at Mie [doc_77aa88bb99]; say "export it as PDF" for a file.')).toBe('Wrote a warm cover letter for "Baker" at Mie.');
    expect(forPeople('Wrote a shorter version [doc_1234567890]; the earlier one is kept. Say "export it as PDF" for a file.')).toBe('Wrote a shorter version; the earlier one is kept.');
  });

  it('gives a button panel the first paragraph only, never the letter after it', () => {
    expect(firstParagraph('Wrote a confident cover letter for "Baker" at Mie [doc_77aa88bb99]; say "export it as PDF" for a file.\n\n# Cover letter: Baker at Mie\n\nDear Hiring Manager,')).toBe(
      'Wrote a confident cover letter for "Baker" at Mie.',
    );
  });
});
