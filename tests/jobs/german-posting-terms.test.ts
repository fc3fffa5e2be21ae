// Issue 13, session 40: the terms of postings written in German — pay in thousands ("T€", "TEUR",
// "Tsd."), a share of home office as hybrid, and the kinds of training job (Werkstudent, Praktikum,
// Ausbildung) as internships a search can leave out. Wordings written for this file.
import { describe, expect, it } from 'vitest';
import { exclusionOf } from '../../src/actions/phrasing/find-exclusion.ts';
import { employmentTermsOf } from '../../src/jobs/employment-terms.ts';
import { normaliseEmploymentType } from '../../src/jobs/employment-type.ts';
import { salaryInText } from '../../src/jobs/salary-in-text.ts';
import { readWorkArrangement } from '../../src/jobs/work-arrangement.ts';

describe('pay written in thousands', () => {
  it.each([
    ['Jahresgehalt ab 58 T€', { min: 58_000, max: null }],
    ['Vergütung: 62–74 T€ p.a.', { min: 62_000, max: 74_000 }],
    ['Zielgehalt 80 TEUR brutto', { min: 80_000, max: 80_000 }],
    ['48 TEUR – 56 TEUR je nach Erfahrung', { min: 48_000, max: 56_000 }],
    ['Gehalt: bis zu 95 Tsd. € brutto', { min: null, max: 95_000 }],
    ['70 Tausend Euro im Jahr', { min: 70_000, max: 70_000 }],
  ])('%s', (text, expected) => {
    expect(salaryInText(text)).toMatchObject({ ...expected, currency: 'EUR', period: 'year' });
  });

  it('a monthly amount stays monthly', () => {
    expect(salaryInText('3.950 € brutto im Monat')).toMatchObject({ min: 3950, max: 3950, period: 'month' });
  });
});

describe('home office as a share of the week', () => {
  const arrangement = (description: string) => readWorkArrangement({ title: 'Controller (m/w/d)', location: 'Hamburg', remote: null, description })?.mode;
  it.each(['Bis zu 40 % Homeoffice-Anteil', 'Homeoffice-Möglichkeit nach der Einarbeitung', 'Mobiles Arbeiten ist nach Absprache möglich: Homeoffice nach Absprache', 'Teilweise remote, sonst im Büro in Hamburg', '60 % remote', 'The role is partially remote'])(
    '%s is hybrid',
    (description) => expect(arrangement(description)).toBe('hybrid'),
  );
  it.each(['100 % Homeoffice', 'Vollständig remote aus ganz Deutschland'])('%s is remote', (description) => expect(arrangement(description)).toBe('remote'));
});

describe('training jobs as internships', () => {
  it.each(['Werkstudentin Controlling (m/w/d)', 'Praktikant im Einkauf (w/m/d)', 'Ausbildung Kaufmann für Büromanagement (m/w/d)', 'Duales Studium BWL – Start 2027', 'Trainee Vertrieb'])(
    '%s is an internship, whatever the board says',
    (title) => expect(employmentTermsOf({ title, employment_type: 'part_time', description: '' }).type).toBe('internship'),
  );

  it('a completed apprenticeship asked for is not the kind of job', () => {
    expect(employmentTermsOf({ title: 'Elektroniker (m/w/d)', employment_type: null, description: 'Abgeschlossene Ausbildung als Elektroniker. Vollzeit, unbefristet.' }).type).toBe('full_time');
  });

  it("reads a board's German wording", () => {
    expect(normaliseEmploymentType('Ausbildung')).toBe('internship');
    expect(normaliseEmploymentType('Duales Studium')).toBe('internship');
  });

  it.each(['Werkstudenten', 'Praktika', 'Ausbildungsplätze', 'azubi', 'apprenticeships'])('"no %s" leaves internships out', (kind) => {
    expect(exclusionOf(kind)).toEqual({ field: 'exclude_employment_type', values: ['internship'] });
  });
});
