// Issue 13, session 40: a letter for a posting written in German (or another language) is written
// in English throughout, and the answer says so plainly; the deterministic letter quotes no
// line of the posting's own language. Postings written for this file.
import { describe, expect, it } from 'vitest';
import { letterLanguageNote } from '../../src/career/writing/letter-language-note.ts';
import { writeCoverLetter } from '../../src/documents/cover-letter-writer.ts';
import { writeInterviewPrep } from '../../src/documents/interview-prep-writer.ts';
import { postingLanguage } from '../../src/resume/posting-language.ts';
import { coverLetterTones, type WriterPosting, type WriterResume } from '../../src/documents/writer-input.ts';

const german = [
  'Deine Aufgaben:',
  '- Du planst und steuerst unsere Lagerprozesse am Standort Bremen',
  '- Du führst ein Team von 8 Mitarbeitenden',
  'Das bringst du mit:',
  '- Erfahrung in der Lagerlogistik und mit SAP EWM',
  '- Staplerschein und Bereitschaft zur Schichtarbeit',
].join('\n');

describe('the language a posting is written in', () => {
  it.each([
    [german, 'German'],
    ['Wat ga je doen? Je plant de ritten voor onze chauffeurs en je bent het aanspreekpunt voor klanten.', 'Dutch'],
    ['Vos missions : vous gérez les plannings de livraison et vous êtes le contact des clients.', 'French'],
    ['You will plan our warehouse processes in Bremen and lead a team of 8.', undefined],
    ['Müller Logistik GmbH, Bremen. You will plan deliveries with SAP EWM and lead the night shift.', undefined],
  ])('%s → %s', (text, language) => {
    expect(postingLanguage(text)).toBe(language);
  });
});

describe('a letter for a posting in German', () => {
  const resume: WriterResume = {
    basics: { name: 'Ewa Kowalczyk', label: 'Warehouse Shift Lead' },
    work: [{ name: 'Nordhafen Distribution', position: 'Warehouse Shift Lead', startDate: '2018-02', highlights: ['Led a shift of 9 pickers in SAP EWM', 'Cut picking errors by 35% in a year'] }],
    skills: [{ name: 'SAP EWM' }, { name: 'Forklift' }],
  };
  const posting: WriterPosting = { title: 'Schichtleiter Lager', company: 'Hanse Lagerlogistik', location: 'Bremen', description: german };

  it('the answer says the letter is in English, and why', () => {
    const note = letterLanguageNote(posting.description);
    expect(note).toMatch(/The posting is written in German; this letter is in English throughout/);
    expect(note).toMatch(/If the employer expects German/);
    expect(letterLanguageNote('You will plan our warehouse processes and lead a team of 8.', resume)).toBe('');
  });

  it('a resume written in German is named too: the lines the letter quotes from it are German (trial 40, #49)', () => {
    const lebenslauf: WriterResume = {
      ...resume,
      work: [{ name: 'Nordhafen Distribution', position: 'Schichtleiterin', startDate: '2018-02', highlights: ['Leitung einer Schicht mit 9 Kommissionierern in SAP EWM', 'Reduzierung der Pickfehler um 35 % durch ein neues Scan-Verfahren'] }],
    };
    expect(letterLanguageNote(posting.description, lebenslauf)).toMatch(/Your resume is written in German: any line the letter quotes from it is in German/);
    expect(letterLanguageNote('You will plan our warehouse processes and lead a team of 8.', lebenslauf)).not.toMatch(/The posting is written/);
  });

  it.each(coverLetterTones)('the %s letter is in English throughout: no line of the posting quoted', (tone) => {
    const letter = writeCoverLetter({ resume, posting, tone, date: new Date('2026-12-06T09:00:00Z') });
    for (const line of german.split('\n')) expect(letter).not.toContain(line.replace(/^- /, ''));
    const body = letter.replace(/Schichtleiter Lager|Hanse Lagerlogistik|Bremen/g, '');
    expect(postingLanguage(body)).toBeUndefined();
  });
});

describe('a prep pack for a posting in German (trial 40, #56)', () => {
  const resume: WriterResume = {
    basics: { name: 'Ewa Kowalczyk', label: 'Warehouse Shift Lead' },
    work: [{ name: 'Nordhafen Distribution', position: 'Warehouse Shift Lead', startDate: '2018-02', highlights: ['Led a shift of 9 pickers in SAP EWM'] }],
    skills: [{ name: 'SAP EWM' }],
  };
  const pack = writeInterviewPrep({ resume, posting: { title: 'Schichtleiter Lager', company: 'Hanse Lagerlogistik', description: german } });

  it('reads "Deine Aufgaben" as the responsibilities, and quotes them as written', () => {
    expect(pack).toMatch(/### On the role's responsibilities/);
    expect(pack).toContain('The posting lists “Du planst und steuerst unsere Lagerprozesse am Standort Bremen”.');
    expect(pack).not.toMatch(/The role includes du |will have you du /i);
  });

  it('says the interview may be held in German', () => {
    expect(pack).toMatch(/the posting is written in German, so expect some or all of the interview in German/);
  });

  it('a posting in English says nothing of the kind', () => {
    const english = writeInterviewPrep({ resume, posting: { title: 'Warehouse Shift Lead', company: 'Hanse Lagerlogistik', description: "What you'll do:\n- Plan the warehouse processes in Bremen\nRequirements:\n- SAP EWM" } });
    expect(english).not.toMatch(/\*\*Language:\*\*/);
  });
});
