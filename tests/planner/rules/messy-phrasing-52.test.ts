import { describe, expect, it } from 'vitest';
import { rulesThread, type Thread } from '../../helpers/rules-thread.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

// Session 52: classes from the messy development sets, each in wordings of our own.
const registry = fakeActions();
const { first, stepOf } = rulesThread(createRulesPlanner({ registry }), registry);
const reminders: Thread = { references: { last_reminder_ids: 'rem_3f9a1c0b7d,rem_8c41d09e2b' } };

describe('a file named after its folder said in words', () => {
  it.each([
    ['my resume is in Downloads, the file is called Tomasz Nowak CV.pdf', '~/Downloads/Tomasz Nowak CV.pdf'],
    ["it's on my desktop, called jo baker resume final.docx", '~/Desktop/jo baker resume final.docx'],
    ['cv is in my documents folder, file name is Ana_Lopes CV 2026.pdf', '~/Documents/Ana_Lopes CV 2026.pdf'],
    ['load my cv, its in my downloads called kofi mensah cv 2026.pdf', '~/Downloads/kofi mensah cv 2026.pdf'],
  ])('"%s" imports %s', async (goal, path) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'import_resume', args: { path } });
  });

  it('a quoted path after "at" is the file, never a company searched', async () => {
    expect(stepOf(await first("new cv at '/home/jo/My CV.docx' thanks"))).toMatchObject({ action: 'import_resume', args: { path: '/home/jo/My CV.docx' } });
  });

  it('a company after "at" is still searched', async () => {
    expect(stepOf(await first('find welder jobs at Damen'))).toMatchObject({ action: 'search_jobs', args: { company: 'Damen', query: 'welder' } });
  });
});

describe('what a letter should say and to whom, told beside the job', () => {
  it.each([
    ['write a cover letter for Hartley Foods, address it to Herr Dr. Brandt', 'Brandt'],
    ["cover letter for Hartley Foods pls, the manager's name is Ms. Okafor", 'Okafor'],
    ['cover letter for Hartley Foods. hiring manager is Prof. Lena Vogt', 'Lena Vogt'],
    ['write the cover letter for Hartley Foods, warm tone, to Dr. Ines Duarte', 'Ines Duarte'],
  ])('"%s" is addressed to %s (titles left out, as everywhere)', async (goal, manager) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'write_cover_letter', args: { job: 'Hartley Foods', hiring_manager: manager } });
  });

  it('a bare "to <Name>" after the letter is the job, not a person', async () => {
    expect(stepOf(await first('write a cover letter for Hartley Foods'))?.args).not.toHaveProperty('hiring_manager');
  });

  it.each([
    ['cover letter for Hartley Foods, mention my forklift licence', 'my forklift licence'],
    ['write a cover letter for Hartley Foods, say i have my food hygiene level 2', 'i have my food hygiene level 2'],
  ])('"%s" mentions %s', async (goal, fact) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'write_cover_letter', args: { job: 'Hartley Foods', mention: [fact] } });
  });
});

describe('a reminder cancelled with a reason run on, and a note beside a reminder without "the"', () => {
  it.each([
    ['cancel the brightwell reminder they already called me', 'brightwell'],
    ['delete the ocado reminder since i took another offer', 'ocado'],
  ])('"%s" cancels %s', async (goal, reminder) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'cancel_reminder', args: { reminder } });
  });

  it.each([
    ['kainos one is on teams btw', 'kainos', 'on teams'],
    ['harbour clinic interview is at the back entrance', 'harbour clinic', 'at the back entrance'],
  ])('"%s" notes the detail', async (goal, reminder, note) => {
    expect(stepOf(await first(goal, reminders))).toMatchObject({ action: 'note_reminder', args: { reminder, note } });
  });

  it.each(['which one is in london', 'ok i updated my cv, new one is in ~/cv/chef-cv.md'])('"%s" is no note', async (goal) => {
    expect(stepOf(await first(goal, reminders))?.action).not.toBe('note_reminder');
  });
});

describe('how many results, told in a piece of its own', () => {
  it.each([
    ['find cook jobs in york, only show me 5', 5],
    ['warehouse work in derby, top 10 only', 10],
    ['any welding jobs in Leeds? give me 4 pls', 4],
    ['just 3 results pls - bar staff, remote', 3],
  ])('"%s" shows %i', async (goal, limit) => {
    expect(stepOf(await first(goal))).toMatchObject({ action: 'search_jobs', args: { limit } });
  });

  it.each(['python jobs in berlin, 5 years experience', 'find python jobs in Berlin, I have 5'])('"%s" sets no count', async (goal) => {
    expect(stepOf(await first(goal))?.args).not.toHaveProperty('limit');
  });
});
