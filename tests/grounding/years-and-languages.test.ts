import { describe, expect, it } from 'vitest';
import { groundDocument, type GroundingSources } from '../../src/grounding/ground-document.ts';
import type { JsonResume } from '../../src/protocol/json-resume.ts';

// Issue 13, class 1: claims that contradict the resume. Two careers (a nurse who became an
// engineer; a chef), each with its languages, so years and languages are checked in any field.
const now = new Date('2025-06-01T00:00:00Z');

const changer: JsonResume = {
  basics: { name: 'Ana Lima', label: 'Software Engineer' },
  work: [
    { name: 'Acme Corp', position: 'Software Engineer', startDate: '2022-01', highlights: ['Built Go services on PostgreSQL'] },
    { name: 'St Mary Hospital', position: 'Staff Nurse', startDate: '2016-01', endDate: '2021-12', highlights: ['Cared for patients on a surgical ward'] },
  ],
  skills: [{ name: 'Languages', keywords: ['Portuguese (native)', 'English (C1)'] }],
};
const changerSources: GroundingSources = {
  resume: changer,
  rawText: [
    'Ana Lima',
    'Software Engineer',
    'Software Engineer, Acme Corp, 2022 - present',
    'Built Go services on PostgreSQL',
    'Staff Nurse, St Mary Hospital, 2016 - 2021',
    'Cared for patients on a surgical ward',
    'Languages: Portuguese (native), English (C1)',
  ].join('\n'),
  // The posting's own "10 years" and "German" back nothing about the person.
  posting: { title: 'Backend Engineer', company: 'Hooli', description: 'Go and PostgreSQL. 10 years of experience. German is a plus.' },
  now,
};

const chef: JsonResume = {
  basics: { name: 'Jonas Weber', label: 'Head Chef' },
  work: [
    { name: 'Gasthaus Linde', position: 'Head Chef', startDate: '2019-03', highlights: ['Ran a kitchen of 8 cooks'] },
    { name: 'Lidl', position: 'Warehouse Operative', startDate: '2014-01', endDate: '2019-02', highlights: ['Picked and packed orders'] },
  ],
  languages: [{ language: 'German', fluency: 'Native' }, { language: 'English', fluency: 'B2' }],
};
const chefSources: GroundingSources = {
  resume: chef,
  rawText: 'Jonas Weber\nHead Chef, Gasthaus Linde, 2019 - present\nRan a kitchen of 8 cooks\nWarehouse Operative, Lidl, 2014 - 2019\nLanguages: German (native), English (B2)',
  posting: { title: 'Sous Chef', company: 'Hotel Adler', description: 'French is a plus. 5 years in kitchens.' },
  now,
};

const claims = (text: string, sources: GroundingSources) =>
  groundDocument(text, sources).changes.map((change) => [change.kind, change.claim, change.action, change.replacement ?? null]);

describe('grounding: years the resume does not show', () => {
  it('never rounds the work history up: 9.4 years back "9 years", not "10 years", which becomes 9', () => {
    expect(claims('I have 9 years of experience.', changerSources)).toEqual([]);
    const result = groundDocument('I have 10 years of experience.', changerSources);
    expect(result.text).toBe('I have 9 years of experience.');
    expect(result.changes[0]?.reason).toContain('the resume shows 9 years, not 10');
  });

  it('counts years in the field the sentence names, not years in another profession', () => {
    expect(groundDocument('I bring 9 years of software engineering experience.', changerSources).text).toBe('I bring 3 years of software engineering experience.');
    expect(claims('I bring 3 years of software engineering experience.', changerSources)).toEqual([]);
    expect(groundDocument('I have 9 years in nursing.', changerSources).text).toBe('I have 6 years in nursing.');
    expect(claims('I was a nurse for 6 years.', changerSources)).toEqual([]);
    expect(groundDocument("I've been in professional kitchens for 11 years.", chefSources).text).toBe("I've been in professional kitchens for 6 years.");
    expect(claims("I've been in professional kitchens for 6 years.", chefSources)).toEqual([]);
  });

  it('drops years claimed in a field the person never worked in', () => {
    const result = groundDocument('I also have 4 years as a teacher. I cooked.', chefSources);
    expect(result.text).toBe('I cooked.');
    expect(result.changes[0]?.kind).toBe('number');
  });

  it("is not backed by the posting's own figure of years", () => {
    expect(claims('I have 10 years of experience.', changerSources)).toEqual([['number', '10', 'replaced', '9']]);
  });

  it('keeps years the resume states itself', () => {
    const stated: GroundingSources = { ...changerSources, resume: { ...changer, basics: { ...changer.basics, summary: '12 years of caring for people.' } } };
    expect(claims('I have 12 years of caring for people.', stated)).toEqual([]);
  });
});

describe('grounding: languages the resume does not show', () => {
  it('removes a language the person is said to speak when the resume names none such', () => {
    expect(groundDocument('I speak fluent German and Portuguese.', changerSources).text).toBe('I speak fluent Portuguese.');
    const alone = groundDocument('I am fluent in German. I write Go.', changerSources);
    expect(alone.text).toBe('I write Go.');
    expect(alone.changes).toEqual([
      { kind: 'language', claim: 'German', action: 'removed', reason: 'the resume does not show that you speak German; the sentence was removed', sentence: 'I am fluent in German.' },
    ]);
    expect(groundDocument('My French is conversational. I cook.', chefSources).text).toBe('I cook.');
  });

  it('keeps the languages the resume shows, by any of its names, and mentions that claim nothing', () => {
    expect(claims('I am a native Portuguese speaker with fluent English.', changerSources)).toEqual([]);
    expect(claims('I speak German natively and English at B2.', chefSources)).toEqual([]);
    expect(claims('Your German customers would be well served.', changerSources)).toEqual([]);
  });
});

describe('grounding: years at one employer', () => {
  it('checks "N years at Acme" against the years at Acme, not the whole work history or a count the resume states', () => {
    // 3.4 years at Acme Corp, 9.4 in all.
    const result = groundDocument('I have spent 9 years at Acme Corp building Go services.', changerSources);
    expect(result.text).toBe('I have spent 3 years at Acme Corp building Go services.');
    expect(result.changes[0]?.reason).toContain('the resume shows 3 years at Acme Corp, not 9');
    expect(claims('I have spent 3 years at Acme Corp.', changerSources)).toEqual([]);
    expect(groundDocument('I worked at St Mary Hospital for 8 years.', changerSources).text).toBe('I worked at St Mary Hospital for 6 years.');
    expect(claims('I worked at St Mary Hospital for 6 years.', changerSources)).toEqual([]);
    // "12 years" said of the whole career in the summary backs no 12 years at one employer.
    const stated: GroundingSources = { ...changerSources, resume: { ...changer, basics: { ...changer.basics, summary: '12 years of caring for people.' } } };
    expect(claims('I spent 12 years with Acme Corp.', stated)).toEqual([['number', '12', 'replaced', '3']]);
  });
});
