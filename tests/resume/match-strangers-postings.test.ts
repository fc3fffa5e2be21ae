// Issue 13, session 41: the fit on strangers' postings. Titles written in other languages with
// the role's gender in the word, skills named inside another language's sentence, a "Manager"
// title that manages customers or a discipline rather than people, a board's department read as
// a skill, and a career changer with no years in the posting's field. Each class is checked in
// wordings written for this file, not the trial's or the brief's.
import { describe, expect, it } from 'vitest';
import type { JsonResume } from '../../src/protocol/json-resume.ts';
import { analyzeMatch, preparePosting } from '../../src/resume/match.ts';
import { jobFieldOf } from '../../src/resume/match/job-field.ts';
import { managementEvidence, postingManagesPeople, titleManagesPeople } from '../../src/resume/match/management.ts';
import { seniorityFromTitle } from '../../src/resume/match/seniority.ts';
import { loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const now = new Date('2026-12-06T00:00:00Z');
const vocabulary = loadSkillVocabulary();

describe('a title in another language, read through its gender forms', () => {
  it.each([
    ['Backend-Entwickler:in', 'software', undefined],
    ['Softwareentwickler/-in (m/w/d)', 'software', undefined],
    ['Senior Mobile-EntwicklerIn', 'software', 'senior'],
    ['Chef(fe) de produit senior', 'product', 'senior'],
    ['Responsable produit', 'product', undefined],
    ['Produktmanager*in', 'product', undefined],
    ['Gerente de produto Júnior', 'product', 'junior'],
    ['Desenvolvedor(a) Front-end Pleno', 'software', 'mid'],
    ['Développeur·euse mobile confirmé(e)', 'software', 'mid'],
    ['Ingeniera de datos Sénior', 'data', 'senior'],
    ['Analista de datos', 'analytics', undefined],
    ['Ingénieur(e) logiciel principal(e)', 'software', 'principal'],
    ['Infirmier(ère) en soins intensifs', 'healthcare', undefined],
    ['Stagiaire développeur·euse web', 'software', 'intern'],
  ])('%s is %s work at level %s', (title, field, level) => {
    expect(jobFieldOf(title, vocabulary)).toBe(field);
    expect(seniorityFromTitle(title)).toBe(level);
  });

  it('English titles read as before', () => {
    expect(jobFieldOf('Head Chef', vocabulary)).toBe('culinary');
    expect(jobFieldOf('LinkedIn Ads Specialist', vocabulary)).not.toBe('software');
    expect(seniorityFromTitle('Principal Engineer')).toBe('principal');
  });

  it("a posting titled in French counts only the years in its field: a developer's years are not a product manager's", () => {
    const developer: JsonResume = {
      work: [{ name: 'Nordique Apps', position: 'Développeur full stack', startDate: '2016-01', highlights: ['Built the booking API in Node.js'] }],
      skills: [{ name: 'Tech', keywords: ['Node.js', 'Jira'] }],
    };
    const posting = { title: 'Chef(fe) de produit', description: 'Exigences :\n- 3 ans d’expérience en gestion de produit\n- Jira' };
    const match = analyzeMatch({ resume: developer, posting, now });
    expect(match.breakdown.experience.field).toBe('product management');
    expect(match.breakdown.experience.yearsShown).toBe(0);
    expect(match.score).toBeLessThanOrEqual(55);
  });
});

describe("a skill named inside another language's sentence", () => {
  it.each([
    ['Du testest deine Komponenten mit Jest.', 'Jest'],
    ['Idealmente, experiencia con R para análisis.', 'R'],
    ['Une bonne maîtrise de Go est demandée.', 'Go'],
    ['Conhecimento em Swift e Kotlin.', 'Swift'],
    ['Tienes experiencia con Excel y Power BI.', 'Excel'],
  ])('%s names %s', (sentence, skill) => {
    const prepared = preparePosting({ title: 'Entwickler', description: sentence }, vocabulary);
    expect([...prepared.requiredSkills, ...prepared.niceToHaveSkills].flatMap((requirement) => requirement.anyOf)).toContain(skill);
  });

  it('an ordinary word that is a skill name stays a word', () => {
    const prepared = preparePosting({ title: 'Developer', description: 'We go on site with the team and rest on Fridays.' }, vocabulary);
    expect(prepared.requiredSkills.flatMap((requirement) => requirement.anyOf)).not.toEqual(expect.arrayContaining(['Go']));
  });
});

describe('a manager of customers or of a discipline manages no one', () => {
  it.each(['Client Success Manager', 'Senior Customer Success Manager', 'Implementation Manager', 'Key Account Manager'])('%s is not a people manager by title', (title) => {
    expect(titleManagesPeople(title)).toBe(false);
  });

  it('a store or nurse manager still is', () => {
    expect(titleManagesPeople('Store Manager')).toBe(true);
    expect(managementEvidence([{ position: 'Nurse Manager' }]).level).toBe(100);
  });

  it.each([
    ['Project Manager', '5+ years of project management experience with Agile teams'],
    ['Product Owner', 'Stakeholder management experience; 3 years of product management experience'],
  ])('%s asking "%s" manages no people', (title, text) => {
    expect(postingManagesPeople(title, text)).toBe(false);
  });

  it('"management experience" on its own still asks for managing people', () => {
    expect(postingManagesPeople('Operations Lead', 'At least 4 years of management experience.')).toBe(true);
  });
});

describe("a company board's department or team", () => {
  it('is not a required skill; a technology tag still is', () => {
    const prepared = preparePosting({ title: 'Account Executive', description: 'Sell our platform to mid-market banks.', tags: ['Go-to-Market', 'Product Management', 'Salesforce'] }, vocabulary);
    const required = prepared.requiredSkills.flatMap((requirement) => requirement.anyOf);
    expect(required).not.toContain('Go-to-Market');
    expect(required).not.toContain('Product Management');
    expect(required).toContain('Salesforce');
  });
});

describe('a career changer with no years in the field asked', () => {
  const supportLead: JsonResume = {
    basics: { label: 'Technical Support Lead' },
    work: [
      { name: 'Cloudberry', position: 'Technical Support Lead', startDate: '2018-03', highlights: ['Triaged 200 bug reports a month into Jira with the product team', 'Wrote SQL reports on ticket trends that changed the 2025 roadmap'] },
      { name: 'Cloudberry', position: 'Support Engineer', startDate: '2015-01', endDate: '2018-02', highlights: ['Answered API tickets in Zendesk'] },
    ],
    skills: [{ name: 'Tools', keywords: ['Jira', 'SQL', 'Zendesk', 'User Stories'] }],
  };
  const posting = {
    title: 'Product Owner',
    description: 'Requirements:\n- 4+ years as a product owner or product manager\n- User stories and backlog in Jira\n- SQL',
  };

  it('is not a high fit however well the tools match, and the score says why', () => {
    const match = analyzeMatch({ resume: supportLead, posting, now });
    expect(match.breakdown.skills.score).toBeGreaterThanOrEqual(80);
    expect(match.score).toBeLessThanOrEqual(55);
    expect(match.explanation.join(' ')).toMatch(/asks for 4\+ years in product management and your work history shows none there, so the score is at most 55/);
  });

  it('the advice names the missing years', () => {
    const match = analyzeMatch({ resume: supportLead, posting, now });
    expect(match.advice.join(' ')).toMatch(/4\+ years in product management; your work history shows 0 years/);
  });

  it('the same person with product years is not capped', () => {
    const withProduct: JsonResume = {
      ...supportLead,
      work: [{ name: 'Cloudberry', position: 'Product Owner', startDate: '2020-01', highlights: ['Owned the billing backlog in Jira and wrote the user stories'] }, ...(supportLead.work ?? [])],
    };
    expect(analyzeMatch({ resume: withProduct, posting, now }).score).toBeGreaterThan(55);
  });
});
