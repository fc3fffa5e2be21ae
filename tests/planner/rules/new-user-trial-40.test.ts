import { describe, expect, it } from 'vitest';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { otherLanguageIn, saidInAnotherLanguage, withEnglishWords } from '../../../src/planner/rules/read-other-language.ts';
import { trackProgress } from '../../../src/planner/rules/track-progress.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';

// Session 40 (issues 14, 21): a German frontend developer's trial; each class tried on invented sentences, never the trial's.
const registry = fakeActions();
const { turn, first, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);
const stepsOf = async (goal: string, thread?: Thread) => (await turn(goal, thread)).flatMap((decision) => (decision.type === 'act' ? [decision.step] : []));

const onlyEnglish = /^I only understand English so far, so I couldn't read "[^"]+"(?: \(it reads as \p{Lu}\p{Ll}+\))?\. Try it in English/u;

describe('a sentence in a language the rules planner does not read', () => {
  it.each([
    'zeig mir bitte neue Jobs in Hamburg',
    'kannst du das Anschreiben kürzer machen?',
    'ich möchte eine Erinnerung für Freitag',
    'lösch den Alarm',
    'Wie geht es dir?',
    'je cherche un emploi à Lyon',
    'por favor, quiero una carta nueva',
    'ik zoek werk in Utrecht',
  ])('"%s" gets one honest answer, no guessed action', async (goal) => {
    const decisions = await turn(goal);
    expect(decisions).toHaveLength(1);
    expect(answerOf(decisions[0])).toMatch(onlyEnglish);
  });

  it('answers the English beside it as ever, and says so when the English asks nothing', async () => {
    // (A German sentence made only of words `inEnglishWords` knows is read as the English it says.)
    expect(stepOf(await first('hey, Anna here, backend dev from Köln. zeig mir Stellen in Düsseldorf'))).toMatchObject({ action: 'search_jobs', args: { location: 'Düsseldorf' } });
    expect(answerOf(await first('hey, Anna here, backend dev from Köln. wie geht es dir heute?'))).toMatch(onlyEnglish);
    expect(stepOf(await first('find python jobs in Munich. danke dir und schönen Abend noch'))).toMatchObject({ action: 'search_jobs', args: { query: 'python', location: 'Munich' } });
  });

  it('keeps a step read whole when no word of the other language is in it, and says when one is', async () => {
    expect(stepOf(await first('quiero trabajo de panadero en Sevilla'))).toMatchObject({ action: 'search_jobs', args: { location: 'Sevilla' } });
    expect(stepOf(await first('ich brauche einen Job, find welder jobs in Bremen pls'))).toMatchObject({ action: 'search_jobs', args: { query: 'welder', location: 'Bremen' } });
    expect(answerOf(await first('jeden Freitag neue Vue Jobs in Köln'))).toMatch(onlyEnglish);
  });

  it('never takes English for another language, nor one foreign word in it', () => {
    for (const english of ['find jobs at MIT in Los Angeles', 'yo can u find me nurse jobs', 'is it on Zoom?', 'Los Angeles or Las Vegas', 'was it the Des Moines one?']) {
      expect(saidInAnotherLanguage(english)).toBe(false);
    }
    expect(otherLanguageIn('remind me on 03.02. at 9, pls')).toBeUndefined();
  });

  it('keeps a date\'s full stops inside its sentence', () => {
    expect(otherLanguageIn('Termin mit dir am 14.01. um 9 Uhr. ok?')?.foreign).toEqual(['Termin mit dir am 14.01. um 9 Uhr.']);
  });
});

describe('German words slipped into an English request', () => {
  it('reads them as meant', () => {
    expect(withEnglishWords('tailor my Lebenslauf to the Backend Stelle bitte')).toBe('tailor my resume to the Backend job please');
    expect(withEnglishWords('write an Anschreiben for it')).toBe('write an cover letter for it');
    // (Never a file's name or what is quoted.)
    for (const kept of ['import ~/Downloads/Lebenslauf Maria.docx', 'open "C:\\Users\\Kai\\Lebenslauf Kai.pdf" please', 'rename it to "Anschreiben Hafenlicht"']) {
      expect(withEnglishWords(kept)).toBe(kept);
    }
  });

  it('names the job the title says, not the one in play', async () => {
    const thread: Thread = {
      known: { jobs: [{ id: 'job_p', title: 'Platform Engineer', company: 'Nordwerk' }, { id: 'job_d', title: 'Data Engineer', company: 'Nordwerk' }], resumes: [] },
      references: { last_job_ids: 'job_p,job_d', last_job_id: 'job_p' },
    };
    expect(stepOf(await first('how do I score against the Data Engineer Stelle?', thread))).toMatchObject({ action: 'analyze_match', args: { job: expect.stringMatching(/^data engineer$/i) } });
  });

  it('gives the advice a question with "Lebenslauf" asks for', async () => {
    expect(answerOf(await first('should my Lebenslauf have a photo or not?'))).not.toMatch(/without a language model/);
  });
});

describe('dates as Germans write them in chat', () => {
  it.each([
    ['the panel with Ostwind is on 03.02. at 11:15', /03\.02\. at 11:15/],
    ['phone screen with Hanse Digital on 21.12. um 16 Uhr', /21\.12\. um 16 Uhr/],
    ['remind me to chase Lumen on Fr. at 10', /Fr\. at 10/],
  ])('"%s" keeps the day in when', async (goal, when) => {
    const step = stepOf(await first(goal));
    expect(step?.action).toBe('set_reminder');
    expect(String(step?.args.when)).toMatch(when);
  });

  it.each(['cancel the Ostwind reminder on Thursday', 'delete the Hafenlicht reminder tomorrow'])('"%s" cancels the one named, the day no obstacle', async (goal) => {
    expect(stepOf(await first(goal, { references: { last_reminder_ids: 'rem_0a1b2c3d4e,rem_1b2c3d4e5f' } }))).toMatchObject({ action: 'cancel_reminder', args: { reminder: expect.stringMatching(/^(?:Ostwind|Hafenlicht)$/) } });
  });

  const justSet: Thread = {
    references: { last_reminder_id: 'rem_0a1b2c3d4e' },
    history: [
      { role: 'user', content: 'interview with Lumen on friday at 10' },
      { role: 'assistant', content: 'Reminder set: Interview: Lumen, Friday 11 Dec 2026, 10:00.' },
    ],
  };

  it.each([
    ['shift it 2h later', '2h later'],
    ['move it 45min earlier', '45min earlier'],
  ])('"%s" is a shift, never a clock time', async (goal, when) => {
    expect(stepOf(await first(goal, justSet))).toMatchObject({ action: 'set_reminder', args: { when, moved: true } });
    // (The time reader counts it from the reminder's own time: tests/career/read-when.test.ts.)
  });

  it.each(['no, it is on the 14th', 'sorry, the interview is at 15:30', "actually it's on monday at 9"])(
    '"%s" moves the reminder just set: no second reminder, no other job, no status',
    async (goal) => {
      const steps = await stepsOf(goal, justSet);
      expect(steps).toEqual([expect.objectContaining({ action: 'set_reminder', args: expect.objectContaining({ job: 'Lumen', moved: true, about: 'interview' }) })]);
    },
  );
});

const listed: KnownData = {
  jobs: [
    { id: 'job_r', title: 'React Developer', company: 'Brightpath Recruitment' },
    { id: 'job_l', title: 'Lead Frontend Engineer', company: 'Hafenlicht' },
    { id: 'job_w', title: 'Web Developer', company: 'Hafenlicht' },
  ],
  resumes: [],
};

describe('which job is meant', () => {
  const two: Thread = { known: listed, references: { last_job_ids: 'job_l,job_w', last_job_id: 'job_l' } };

  it('"and the other one too" is the other job of a list of two', async () => {
    const steps = await stepsOf('mark the Lead one as interviewing, and the other one as well', two);
    expect(steps.map((step) => [step.action, step.args.job])).toEqual([
      ['update_job_status', 'Lead'],
      ['update_job_status', 'the second one'],
    ]);
    expect((await stepsOf('save the second one and the other one too', two)).map((step) => step.args.job)).toEqual(['the second one', 'the first one']);
  });

  it('says "the other one" is left out when the list holds more than two', async () => {
    const three: Thread = { known: listed, references: { last_job_ids: 'job_r,job_l,job_w' } };
    const decisions = await turn('mark the Lead one as interviewing, and the other one as well', three);
    expect(decisions.filter((decision) => decision.type === 'act')).toHaveLength(1);
    expect(answerOf(decisions.at(-1))).toMatch(/left out "the other one"/);
  });

  it('"add a note to the X one: …" keeps the note with the job a title names, not the reminder in play', async () => {
    const thread: Thread = {
      known: listed,
      references: { last_job_ids: 'job_r,job_l,job_w', last_reminder_id: 'rem_0a1b2c3d4e' },
      history: [{ role: 'assistant', content: 'Reminder set: Follow up with Hafenlicht, Thursday 10 Dec 2026, 09:00.' }],
    };
    expect(stepOf(await first('add a note to the Web one: salary talk went well', thread))).toMatchObject({ action: 'save_job', args: { job: 'Web', notes: 'salary talk went well' } });
    // (A company names the reminder, as ever.)
    expect(stepOf(await first('add a note to the Hafenlicht one: bring the portfolio', thread))).toMatchObject({ action: 'note_reminder' });
  });
});

describe('two things said in one message', () => {
  it('a request after calling the last one off is read', async () => {
    expect(stepOf(await first('nah leave it. show me my saved jobs please'))).toMatchObject({ action: 'list_saved_jobs' });
    expect(stepOf(await first('never mind. anything new in my notifications?'))).toMatchObject({ action: 'whats_new' });
  });

  it('after a failed step, goes on with one that only reads and names its own job', () => {
    const steps = [
      { action: 'update_job_status', args: { job: 'Orbis', status: 'rejected' }, text: 'Orbis turned me down' },
      { action: 'search_jobs', args: { query: 'go', location: 'Hamburg' }, text: 'find go jobs in Hamburg' },
    ];
    const failed = [{ index: 0, action: 'update_job_status', args: { job: 'Orbis', status: 'rejected' }, ok: false, summary: 'No saved job matches "Orbis".' }];
    const readsOnly = (step: { action: string }) => registry.get(step.action)?.readsOnly === true;
    expect(trackProgress(steps, failed, readsOnly).next).toMatchObject({ action: 'search_jobs' });
    // (Without that, the turn stops at the failure, as before.)
    expect(trackProgress(steps, failed).next).toBeUndefined();
  });

  it('goes on after a failed status change with a search, never with a step about "it"', async () => {
    const planner = createRulesPlanner({ registry });
    const failedNews = async (goal: string) =>
      planner.decide({
        goal,
        messages: [{ role: 'user', content: goal }],
        references: {},
        stepsLeft: 7,
        observations: [{ index: 0, action: 'update_job_status', args: { job: 'Orbis', status: 'rejected' }, ok: false, summary: 'No saved job matches "Orbis".' }],
      });
    expect(await failedNews('btw Orbis turned me down, anyway find go jobs in Hamburg')).toMatchObject({ decision: { action: 'search_jobs' } });
    expect(await failedNews('mark the Orbis job as rejected and write a letter for it')).toMatchObject({ decision: { action: 'respond' } });
  });
});
