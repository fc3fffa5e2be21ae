import { describe, expect, it } from 'vitest';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';

// Session 42 (issues 14, 21): a Lisbon career changer's trial; each class tried on invented sentences, never the trial's.
const registry = fakeActions();
const { first, stepOf, answerOf } = rulesThread(createRulesPlanner({ registry }), registry);

describe('the thing the newest answer was about wins over another kind (trial s42 #52)', () => {
  // A reminder was set earlier in the thread; the newest answer is about an alert.
  const alertJustResumed: Thread = {
    history: [
      { role: 'user', content: 'remind me to chase Kelvo on friday' },
      { role: 'assistant', content: 'Reminder set: Chase Kelvo, Friday 11 Dec 2026 (all day) [rem_abcdef0123].' },
      { role: 'user', content: 'turn the warehouse ops alert back on' },
      { role: 'assistant', content: 'Resumed the alert for warehouse ops jobs in Porto [alert_825bc80227]; next run today at 08:00.' },
    ],
    references: { last_reminder_id: 'rem_abcdef0123', last_alert_id: 'alert_825bc80227' },
  };

  it.each(['delete the warehouse ops one', 'remove the warehouse ops one, not for me anymore', 'drop the warehouse ops one'])('is the alert: %s', async (goal) => {
    expect(stepOf(await first(goal, alertJustResumed))).toMatchObject({ action: 'change_alert', args: { change: 'delete' } });
  });

  it('is still the reminder when the newest answer was about reminders', async () => {
    const reminderJustSet: Thread = {
      history: [{ role: 'user', content: 'remind me to chase Kelvo on friday' }, { role: 'assistant', content: 'Reminder set: Chase Kelvo, Friday 11 Dec 2026 (all day) [rem_abcdef0123].' }],
      references: { last_reminder_id: 'rem_abcdef0123', last_alert_id: 'alert_825bc80227' },
    };
    expect(stepOf(await first('delete the kelvo one', reminderJustSet))).toMatchObject({ action: 'cancel_reminder', args: { reminder: 'kelvo' } });
  });
});

describe('"cancel it" right after a list of reminders (trial s42 #53)', () => {
  const oneListed: Thread = {
    history: [
      { role: 'user', content: 'anything due next week?' },
      { role: 'assistant', content: '1 reminder next week:\n1. Interview: Brightwell, Thursday 17 Dec 2026, 14:00 (Europe/Lisbon) [rem_1234567890]' },
    ],
    // (An older reminder the thread dealt with: the list shown since is what "it" points into.)
    references: { last_reminder_ids: 'rem_1234567890', last_reminder_id: 'rem_0000000001' },
  };
  const twoListed: Thread = {
    history: [
      { role: 'user', content: 'what have I got coming up' },
      {
        role: 'assistant',
        content: '2 reminders to come:\n1. Interview: Brightwell, Thursday 17 Dec 2026, 14:00 (Europe/Lisbon) [rem_1234567890]\n2. Follow up with Kelvo, Friday 18 Dec 2026 (all day) [rem_abcdef0123]',
      },
    ],
    references: { last_reminder_ids: 'rem_1234567890,rem_abcdef0123' },
  };

  it.each(['cancel it', 'delete that', 'remove it please'])('cancels the one listed: %s', async (goal) => {
    expect(stepOf(await first(goal, oneListed))).toMatchObject({ action: 'cancel_reminder', args: { reminder: 'the first one' } });
  });

  it.each(['cancel it', 'scrap that'])('asks which among several, naming them: %s', async (goal) => {
    const decision = await first(goal, twoListed);
    expect(stepOf(decision)).toBeUndefined();
    expect(answerOf(decision)).toMatch(/^Which one should I cancel\? 1\. Interview: Brightwell.*2\. Follow up with Kelvo/);
  });

  it('is still declining when nothing about reminders was just said', async () => {
    const searched: Thread = { history: [{ role: 'user', content: 'find chef jobs in Porto' }, { role: 'assistant', content: 'Found 1 job:\n1. Sous Chef — Tasca Velha · Porto [aa11bb22cc33]' }] };
    expect(answerOf(await first('cancel it', searched))).toBe("Okay, I won't do that.");
  });
});

describe('a job named by its posting\'s language or board beside "it" (trial s42 #58, #64)', () => {
  const listed: Thread = {
    known: {
      jobs: [
        { id: 'aa11bb22cc33', title: 'Data Coordinator', company: 'Brightwell', location: 'Madrid, Spain' },
        { id: 'dd44ee55ff66', title: 'Analista de Datos', company: 'Kelvo', location: 'Madrid, Spain' },
      ],
      resumes: [],
    },
    references: { last_job_ids: 'aa11bb22cc33,dd44ee55ff66', last_job_id: 'aa11bb22cc33' },
  };

  it.each([
    ['the french one, what does it pay?', 'answer_about_job', 'the french one'],
    ['that italian job - how well do I match it?', 'analyze_match', 'that italian job'],
    ['the HN one, is it remote?', 'answer_about_job', 'the HN one'],
    ['the one from the muse, does it pay well?', 'answer_about_job', 'the one from the muse'],
  ])('"it" is the job named: %s', async (goal, action, job) => {
    expect(stepOf(await first(goal, listed))).toMatchObject({ action, args: { job } });
  });

  // Regression (session 47): "… from the muse" read as "… from my list" took the job off the list.
  it.each([
    ['the one from remotive, is it remote?', 'answer_about_job', 'the one from remotive'],
    ['that one from jobicy - save it', 'save_job', 'that one from jobicy'],
    ['the role from the muse, how do I match it?', 'analyze_match', 'the role from the muse'],
  ])('a job named "from" a board is no removal: %s', async (goal, action, job) => {
    expect(stepOf(await first(goal, listed))).toMatchObject({ action, args: { job } });
  });

  it('asks what to do with a job named alone, and removes nothing', async () => {
    const decision = await first('the one from the muse', listed);
    expect(stepOf(decision)).toBeUndefined();
    expect(answerOf(decision)).toMatch(/^What would you like me to do with the one from the muse\? The closest things I can do: /);
  });
});

describe('the next interview, asked alone (trial s42 #66)', () => {
  it.each(["when's my next interview?", 'what is my next interview', 'when is my next interview', 'so when is the next interview'])('is the soonest interview reminder: %s', async (goal) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'list_reminders', args: { next: true, kind: 'interview' } });
  });

  it('and the next follow-up is the soonest follow-up', async () => {
    expect(stepOf(await first("what's my next follow-up"))).toMatchObject({ action: 'list_reminders', args: { next: true, kind: 'follow_up' } });
  });
});

describe('"cancel it" after a rejection that named the job\'s reminder (trial s42 #59)', () => {
  const rejected: Thread = {
    history: [
      { role: 'user', content: 'the Quinta Steel one said no, mark it rejected' },
      {
        role: 'assistant',
        content:
          'Marked "Maintenance Planner" at Quinta Steel as rejected on 2026-12-07 (was interviewing) [b2b2b2b2b2b2]. You still have a reminder for it: Interview: Maintenance Planner at Quinta Steel, Friday 18 Dec 2026, 10:00 (Europe/Lisbon) [rem_5555555555]; say "cancel it" to drop it.',
      },
    ],
    references: { last_job_id: 'b2b2b2b2b2b2', last_reminder_id: 'rem_5555555555' },
  };

  it.each(['cancel it', 'ok delete it', 'cancel that please'])('cancels that reminder: %s', async (goal) => {
    expect(stepOf(await first(goal, rejected))).toMatchObject({ action: 'cancel_reminder', args: { reminder: 'it' } });
  });
});

describe('internships kept out in Portuguese or Spanish (trial s42 #71)', () => {
  it.each(['find marketing jobs in Porto, sem estágios', 'find marketing jobs in Madrid, full-time only, no prácticas', 'search for nurse jobs in Braga, nothing estagiário'])(
    'is the internship exclusion: %s',
    async (goal) => {
      expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args: { exclude_employment_type: ['internship'] } });
    },
  );
});

describe('words taken out of a letter are never a job taken off the list (trial s48 #50)', () => {
  const letterShown: Thread = {
    history: [
      { role: 'user', content: 'write me a cover letter for the pharmacy one' },
      { role: 'assistant', content: 'Cover letter for Community Pharmacist at Kelvo [doc_0a1b2c3d4e]:\n\nDear hiring team, …' },
    ],
    known: { jobs: [{ id: 'aa11bb22cc33', title: 'Community Pharmacist', company: 'Kelvo', location: 'Leeds' }], resumes: [] },
    references: { last_job_id: 'aa11bb22cc33', last_job_ids: 'aa11bb22cc33', last_document_id: 'doc_0a1b2c3d4e' },
  };

  it.each(['remove the registration number from it', 'delete the second paragraph from that', 'can you drop the line where i say i am a quick learner'])(
    'changes nothing and says what can be done: %s',
    async (goal) => {
      const decision = await first(goal, letterShown);
      expect(stepOf(decision)).toBeUndefined();
      expect(answerOf(decision)).toMatch(/^I can't take words out of a letter yet, so I changed nothing \(no saved job was touched\)/);
    },
  );

  it.each(['pls cut the sentence about my notice period', 'take the exclamation marks out of it'])('changes nothing: %s', async (goal) => {
    expect(stepOf(await first(goal, letterShown))).toBeUndefined();
  });

  it.each(['drop the pharmacy one from my list', 'remove the line cook job', 'unsave it'])('still takes a job off the list: %s', async (goal) => {
    expect(stepOf(await first(goal, letterShown))).toMatchObject({ action: 'unsave_job' });
  });
});

describe('a company said by its initials beats "it" (trial s48 #45)', () => {
  const twoSaved: Thread = {
    known: {
      jobs: [
        { id: 'aa11bb22cc33', title: 'Staff Pharmacist', company: 'Northern Care Alliance', location: 'Salford' },
        { id: 'dd44ee55ff66', title: 'Clinical Pharmacist', company: 'Leeds Teaching Hospitals', location: 'Leeds' },
      ],
      resumes: [],
    },
    references: { last_job_id: 'dd44ee55ff66', last_job_ids: 'aa11bb22cc33,dd44ee55ff66' },
  };

  it.each([
    ['NCA turned me down, no reason given', 'Northern Care Alliance', 'rejected'],
    ['ltH invited me to interview next week', 'Leeds Teaching Hospitals', 'interviewing'],
  ])('%s', async (goal, job, status) => {
    expect(stepOf(await first(goal, twoSaved))).toMatchObject({ action: 'update_job_status', args: { job, status } });
  });

  it('is never an everyday word: "the one I saved, they rejected me" is still the job in play', async () => {
    expect(stepOf(await first('they rejected me', twoSaved))).toMatchObject({ action: 'update_job_status', args: { status: 'rejected' } });
    expect(stepOf(await first('they rejected me', twoSaved))).not.toMatchObject({ args: { job: 'Northern Care Alliance' } });
  });
});
