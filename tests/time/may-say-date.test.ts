import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { createActions } from '../../src/actions/create-actions.ts';
import { planningOnlyDependencies } from '../../src/actions/planning-only-dependencies.ts';
import { findWhen } from '../../src/actions/set-reminder/find-when.ts';
import { trainingSet } from '../../src/planner/nlu/training-set.ts';
import { reminderDayWords, tidyTimeWords, tidyTimeWordsTracked } from '../../src/time/said-times.ts';
import { maySayDate } from '../../src/time/may-say-date.ts';

// chrono's own English dictionaries, read from the installed package (its `exports` leave them out).
const require = createRequire(import.meta.url);
const constants = require(join(dirname(require.resolve('chrono-node/en')), 'constants.js')) as Record<string, Record<string, unknown>>;
const dictionary = (name: string): string[] => Object.keys(constants[name] ?? {});

const parsed = (text: string): boolean => chrono.casual.parse(text, new Date(Date.UTC(2026, 0, 1)), { forwardDate: true }).length > 0;

describe('maySayDate (the test that skips the date parse)', () => {
  it('reads chrono’s dictionaries: every weekday and month, in any case, with any spacing around', () => {
    const words = [...dictionary('WEEKDAY_DICTIONARY'), ...dictionary('MONTH_DICTIONARY')];
    expect(words.length).toBeGreaterThan(40);
    for (const word of words) {
      for (const said of [`call Acme on ${word}`, `CALL ACME ${word.toUpperCase()}`, `next\u00a0\u00a0${word}, please`, `${word}`]) {
        expect(maySayDate(said), said).toBe(true);
      }
    }
  });

  it('reads every time unit chrono knows after a number, a number word or "next", and before ago/later', () => {
    const units = dictionary('TIME_UNIT_DICTIONARY');
    expect(units).toContain('mo');
    for (const unit of units) {
      for (const said of [`in 3 ${unit}`, `within a ${unit}`, `in  TWO ${unit.toUpperCase()}`, `next ${unit}`, `a couple of ${unit} ago`, `one ${unit}later`]) {
        expect(maySayDate(said), said).toBe(true);
      }
    }
  });

  it('never hides a date chrono reads: odd spacing, capitals, glued words, non-ASCII letters and digits', () => {
    const sentences = [
      'remind me TOMORROW to call Acme',
      'ping me in\u2003an hour',
      'interview at Ørsted fri 3pm',
      'ça marche, lundi 10h',
      'follow up with Zoë in a fortnight',
      'chase Nestlé by end of month',
      'THE INTERVIEW IS AT NOON',
      'call them this evening',
      'tonight after dinner',
      'see you at midnight',
      'last night they called',
      'an hour ago',
      'half an hour later',
      '２０２６-12-24',
      'on 12/24 at 9',
      'meeting 2026-12-24T09:00',
      'nextweek',
      'in a few mins',
      'weekend plans',
      'by Dec. 3rd',
      'the first of march',
      'twenty fourth of june',
    ];
    for (const sentence of sentences) {
      if (parsed(sentence)) expect(maySayDate(sentence), sentence).toBe(true);
    }
    // (Most of them hold a date chrono reads: the check above is not empty.)
    expect(sentences.filter(parsed).length).toBeGreaterThan(15);
  });

  it('never hides a date chrono reads in any utterance the actions teach the planner, as typed or tidied', () => {
    const utterances = trainingSet(createActions(planningOnlyDependencies())).map(({ text }) => text);
    expect(utterances.length).toBeGreaterThan(1000);
    const texts = [...new Set(utterances.flatMap((text) => [text, tidyTimeWords(text), tidyTimeWordsTracked(text, reminderDayWords).text]))];
    const hidden = texts.filter((text) => !maySayDate(text) && parsed(text));
    expect(hidden).toEqual([]);
    // (Both kinds are there: the test skips the parse for many of them, and chrono reads dates in many.)
    expect(texts.filter((text) => !maySayDate(text)).length).toBeGreaterThan(texts.length / 4);
    expect(texts.filter(parsed).length).toBeGreaterThan(200);
  });

  it('lets most requests skip the parse, and chrono finds nothing in any of them', () => {
    const requests = [
      'find remote python jobs in Berlin',
      'save that job',
      'write a cover letter for the Stripe job',
      'what is the salary of the third job',
      'thanks, that helps',
      'compare those by salary',
      'show my resume',
      'open github',
      'undo that',
      'make it shorter',
    ];
    for (const request of requests) {
      expect(maySayDate(request), request).toBe(false);
      expect(parsed(request), request).toBe(false);
    }
  });

  it('leaves what findWhen reads unchanged on both sides of the test', () => {
    expect(findWhen('find remote python jobs in Berlin')).toBeUndefined();
    expect(findWhen('call Acme TMRW')).toMatchObject({ when: 'TMRW', rest: 'call Acme' });
    expect(findWhen('chase the recruiter next\u00a0Friday')).toMatchObject({ rest: 'chase the recruiter' });
  });
});
