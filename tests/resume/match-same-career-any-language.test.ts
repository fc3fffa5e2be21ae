// Issue 13, session 46 (#70): the same career scored 55 from an English CV and 91 from the same
// person's Portuguese one, because a title in another language named no field and the years fell
// back to what the bullets named. Titles are read through their language's words before the field
// is read, a title still unread counts toward no field (and the explanation names it), and the
// same career scores the same whatever the language its titles are written in. People, titles
// and postings here are written for this file, not the trial's.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch } from '../../src/resume/match.ts';
import { jobFieldOf, roleFieldOf } from '../../src/resume/match/job-field.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-12-01T00:00:00Z');
const vocabulary = loadSkillVocabulary();

// One career, its titles as each language writes them: a purchasing coordinator who moved into data analysis.
const buyerTurnedAnalyst: Record<string, readonly [string, string]> = {
  English: ['Purchasing Coordinator', 'Junior Data Analyst'],
  Portuguese: ['Coordenador de Compras', 'Analista de Dados Júnior'],
  Spanish: ['Coordinador de Compras', 'Analista de Datos Junior'],
  French: ['Coordinateur des achats', 'Analyste de données junior'],
  German: ['Einkaufskoordinator', 'Junior Datenanalyst'],
  Italian: ['Coordinatore acquisti', 'Analista dati junior'],
};

function careerWith([coordinator, analyst]: readonly [string, string]): JsonResume {
  return {
    basics: { name: 'Duarte Figueira', label: analyst },
    work: [
      {
        name: 'Dados Claros Lda',
        position: analyst,
        startDate: '2025-09',
        highlights: ['Cleaned supplier data in SQL and Excel', 'Built a Power BI report on late deliveries for 4 buyers'],
      },
      {
        name: 'Metalúrgica do Ave',
        position: coordinator,
        startDate: '2016-02',
        endDate: '2025-08',
        // What the job did names the data tools, as a coordinator's bullets often do: they are not years as an analyst.
        highlights: ['Ran weekly SQL extracts of open purchase orders', 'Kept the supplier scorecard in Excel and Power BI', 'Placed 300 orders a month with 45 suppliers'],
      },
    ],
    skills: [{ name: 'Tools', keywords: ['SQL', 'Excel', 'Power BI'] }],
  };
}

const dataAnalyst = {
  title: 'Data Analyst',
  company: 'Ribeira Retail',
  description: 'Requirements:\n- 2+ years of experience as a data analyst\n- SQL and Excel\n- Power BI or Tableau\n- Python is a plus',
};

describe('titles in other languages are read in their field', () => {
  it.each([
    ['Coordenador de Compras', 'operations'],
    ['Técnico de Logística', 'operations'],
    ['Schichtleiter Lager', 'operations'],
    ['Ingeniero de Procesos', 'engineering'],
    ['Prozessingenieur', 'engineering'],
    ['Ingegnere di processo', 'engineering'],
    ['Pflegefachkraft', 'healthcare'],
    ['Krankenschwester', 'healthcare'],
    ['Auxiliar de Enfermagem', 'healthcare'],
    ['Buchhalterin', 'finance'],
    ['Contabilista', 'finance'],
    ['Professora', 'education'],
    ['Elektriker', 'electrical'],
    ['Cozinheiro', 'culinary'],
    ['Subchefe de Cozinha', 'culinary'],
    ['Motorista', 'driving'],
    ['Analyste de données junior', 'analytics'],
  ])('%s → %s', (title, field) => {
    expect(jobFieldOf(title, vocabulary)).toBe(field);
  });

  it('a process engineer is no software engineer, in English as in Spanish', () => {
    expect(jobFieldOf('Process Engineer', vocabulary)).toBe('engineering');
    expect(jobFieldOf('Ingeniero de Procesos', vocabulary)).toBe(jobFieldOf('Process Engineer', vocabulary));
  });

  it('a title nobody reads counts toward no field, whatever its bullets name', () => {
    const role = { position: 'Koordynator ds. zakupów', highlights: ['Built Tableau dashboards and Power BI reports with pandas'] };
    expect(roleFieldOf(role, vocabulary)).toBeUndefined();
    // A title that names no field in any language ("Associate", "Consultora") is still read by what the job did.
    expect(roleFieldOf({ ...role, position: 'Consultora Sénior' }, vocabulary)).toBe('data');
    expect(roleFieldOf({ ...role, position: 'Associate' }, vocabulary)).toBe('data');
  });
});

describe('the same career scores the same in any language', () => {
  const english = analyzeMatch({ resume: careerWith(buyerTurnedAnalyst.English as [string, string]), posting: dataAnalyst, now });

  it('in English, the coordinator years do not count as data analysis', () => {
    expect(english.breakdown.experience.field).toBe('data analysis');
    expect(english.breakdown.experience.yearsShown).toBeLessThan(2);
    expect(english.breakdown.experience.yearsInOtherFields).toBeGreaterThan(9);
  });

  it.each(Object.entries(buyerTurnedAnalyst).filter(([language]) => language !== 'English'))('titles in %s: same years, level and score', (_language, titles) => {
    const match = analyzeMatch({ resume: careerWith(titles), posting: dataAnalyst, now });
    expect(match.breakdown.experience).toEqual(english.breakdown.experience);
    expect(match.breakdown.seniority).toEqual(english.breakdown.seniority);
    expect(match.score).toBe(english.score);
  });

  it('the same holds with the posting in Portuguese', () => {
    const portuguesePosting = {
      title: 'Analista de Dados',
      company: 'Ribeira Retail',
      description: 'Requisitos:\n- 2+ anos de experiência como analista de dados\n- SQL e Excel\n- Power BI ou Tableau',
    };
    const scores = Object.values(buyerTurnedAnalyst).map((titles) => analyzeMatch({ resume: careerWith(titles), posting: portuguesePosting, now }));
    expect(new Set(scores.map((match) => match.score)).size).toBe(1);
    expect(new Set(scores.map((match) => match.breakdown.experience.yearsShown)).size).toBe(1);
  });

  it('a title no language table reads is named in the explanation as not counted', () => {
    const resume = careerWith(['Koordynator ds. zakupów', 'Junior Data Analyst']);
    const match = analyzeMatch({ resume, posting: dataAnalyst, now });
    expect(match.breakdown.experience.yearsShown).toBe(english.breakdown.experience.yearsShown);
    expect(match.breakdown.experience.notRead).toEqual([{ title: 'Koordynator ds. zakupów', years: 9.6 }]);
    expect(match.explanation.join('\n')).toMatch(/Not counted: "Koordynator ds\. zakupów" \(9\.6 years\): its title names no field read here/);
    // Never above the same career whose titles are read.
    expect(match.score).toBeLessThanOrEqual(english.score);
  });
});

describe('a nurse’s years, in any language, count on a nursing posting and nowhere else', () => {
  const titles = ['Nurse', 'Enfermeira', 'Enfermera', 'Infirmière', 'Pflegefachkraft', 'Infermiera'];
  const ward = { title: 'Staff Nurse, Surgical Ward', description: 'Requirements:\n- 3+ years as a registered nurse\n- Wound care\n- Medication administration' };
  const backend = { title: 'Backend Engineer', description: 'Requirements:\n- 3+ years of backend development\n- Go or Java\n- PostgreSQL' };
  const nurseAs = (position: string): JsonResume => ({
    work: [{ name: 'Hospital de Santa Luzia', position, startDate: '2018-04', highlights: ['Wound care and medication administration for 10 patients a shift'] }],
    skills: [{ name: 'Clinical', keywords: ['Wound Care', 'Medication Administration'] }],
  });

  it.each(titles)('%s', (position) => {
    const onWard = analyzeMatch({ resume: nurseAs(position), posting: ward, now });
    const onBackend = analyzeMatch({ resume: nurseAs(position), posting: backend, now });
    expect(onWard.breakdown.experience.yearsShown).toBeGreaterThanOrEqual(8);
    expect(onWard.score).toBe(analyzeMatch({ resume: nurseAs('Nurse'), posting: ward, now }).score);
    expect(onBackend.breakdown.experience.yearsShown).toBe(0);
    expect(onBackend.score).toBeLessThanOrEqual(15);
  });
});
