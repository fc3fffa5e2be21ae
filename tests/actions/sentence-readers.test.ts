import { describe, expect, it } from 'vitest';
import { readCorrection } from '../../src/actions/correct-resume/read-correction.ts';
import { compareJobsPhrasing } from '../../src/actions/compare-jobs/phrasing.ts';
import { optimizeResumePhrasing } from '../../src/actions/optimize-resume/phrasing.ts';
import type { Clause, PhrasingContext } from '../../src/actions/phrasing/phrasing.ts';

const clause = (text: string): Clause => ({ text, lower: text.toLowerCase(), question: false });
const inPlay: PhrasingContext = { references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' }, history: [], allowedApps: [] };

describe("correct_resume's sentence reader", () => {
  it.each([
    ["hmm the phone number on there is wrong, it's +351 912 345 678", { phone: '+351 912 345 678' }],
    ['you got my location wrong, I live in Porto now', { location: 'Porto' }],
    ['I moved to leeds, uk last year', { location: 'leeds, uk' }],
    ['the name on it should be Maya Okafor not Maya Okafur', { name: 'Maya Okafor' }],
    ['wrong address, use maya.o@example.com please', { email: 'maya.o@example.com' }],
    ['my end date at Pollard Freight should be September 2023', { job: 'Pollard Freight', end_date: 'September 2023' }],
    ['my start date at quayside is off, it was 2017', { job: 'quayside', start_date: '2017' }],
    ['the end date of my last job should be may 2024', { job: 'latest', end_date: 'may 2024' }],
    ['the end date of the last job on my resume should be 2012', { job: 'last', end_date: '2012' }],
    ['my current title should read Head of Ops, not Ops Manager', { job: 'current', position: 'Head of Ops' }],
    ['my job title at fernhill is wrong: should be principal engineer', { job: 'fernhill', position: 'principal engineer' }],
    ['the employer name on my second job should be Kettleby AG', { job: 'second', company: 'Kettleby AG' }],
    // A legal form is part of the name, however many words come before it.
    ['the employer of my third job is Shree Ganesh Precision Castings Pvt. Ltd', { job: 'third', company: 'Shree Ganesh Precision Castings Pvt. Ltd' }],
    ['my first company should be Hoffmann Werkzeugbau GmbH & Co. KG', { job: 'first', company: 'Hoffmann Werkzeugbau GmbH & Co. KG' }],
    ['change the company on my latest job to Southern Cross Logistics Pty Ltd, not Southern Cross', { job: 'latest', company: 'Southern Cross Logistics Pty Ltd' }],
    // "I stay in" is where a person lives (Indian English); wanting to stay somewhere is not.
    ['kindly correct my city, I stay in Nagpur not Mumbai', { location: 'Nagpur' }],
    ['I am staying in Hyderabad now', { location: 'Hyderabad' }],
  ])('reads "%s"', (text, args) => {
    expect(readCorrection(clause(text))).toEqual({ args });
  });

  it('reads nothing from a sentence that corrects nothing', () => {
    expect(readCorrection(clause('show me the number two job'))).toBeNull();
    expect(readCorrection(clause('I got 2 interviews out of 1234567 applications'))).toBeNull();
    expect(readCorrection(clause("I'd rather stay in Leeds for now"))).toBeNull();
    expect(readCorrection(clause('I want to stay in Pune near my parents'))).toBeNull();
  });
});

describe("optimize_resume's sentence reader", () => {
  it('reads the job and a focus said anywhere', () => {
    expect(optimizeResumePhrasing.readSentence?.(clause('get my cv ready for the second one, emphasise keywords'), inPlay)).toEqual({
      args: { job: 'the second one', focus: 'keywords' },
    });
    expect(optimizeResumePhrasing.readSentence?.(clause('get my cv ready for the second one'), inPlay)).toEqual({ args: { job: 'the second one' } });
  });
});

describe("compare_jobs' sentence reader", () => {
  it('reads what a comparison is by, said after "by" or "on" anywhere', () => {
    expect(compareJobsPhrasing.readSentence?.(clause('compare the two by salary'), inPlay)).toEqual({ args: { by: 'pay', among: undefined } });
    expect(compareJobsPhrasing.readSentence?.(clause('put my saved ones side by side on date posted'), inPlay)).toEqual({ args: { by: 'recent', among: 'saved' } });
  });
});
