import { describe, expect, it } from 'vitest';
import { type Decision, parseDecision } from '../../../src/planner/decision.ts';
import type { ChatMessage } from '../../../src/protocol/chat-message.ts';
import { createPhrasebook } from '../../../src/planner/rules/phrasebook.ts';
import { readReply } from '../../../src/planner/rules/read-reply.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

async function decide(goal: string, history: readonly ChatMessage[], references: Record<string, string> = {}): Promise<Decision> {
  const parsed = parseDecision(
    await planner.decide({ goal, messages: [...history, { role: 'user', content: goal }], observations: [], references, stepsLeft: 8 }),
    registry,
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.decision;
}

const step = (decision: Decision) => (decision.type === 'act' ? decision.step : undefined);

const whichAlert: ChatMessage[] = [
  { role: 'user', content: 'pause the Gdansk alert' },
  {
    role: 'assistant',
    content:
      'I tried to pause the alert "Gdansk", but it failed: Several alerts match "Gdansk": shipyard welder jobs in Gdansk [alert_aa11bb22cc]; ' +
      'crane operator jobs in Gdansk [alert_dd33ee44ff]; ferry deckhand jobs in Gdansk [alert_0f9e8d7c6b]. Which one?',
  },
];

describe('the reply to "which alert?"', () => {
  it.each([
    ['the crane operator one', 'alert_dd33ee44ff'],
    ['shipyard welder jobs in Gdansk', 'alert_aa11bb22cc'],
    ['ferry', 'alert_0f9e8d7c6b'],
    ['the third', 'alert_0f9e8d7c6b'],
    ['2', 'alert_dd33ee44ff'],
    ['the last one', 'alert_0f9e8d7c6b'],
  ])('"%s" pauses %s', async (goal, id) => {
    expect(step(await decide(goal, whichAlert))).toMatchObject({ action: 'change_alert', args: { alert: id, change: 'pause' } });
  });

  it('reads the options with their schedules, as the action lists them ("name (weekdays at 07:00) [id]")', async () => {
    const withSchedules: ChatMessage[] = [
      { role: 'user', content: 'stop the alert' },
      {
        role: 'assistant',
        content:
          'I tried to pause the alert "my alert", but it failed: Several alerts match "my alert": remote dispatcher jobs (every Sunday at 18:00) [alert_680b75e3d5]; ' +
          'kafka jobs (weekdays at 07:00, paused) [alert_40ce9fc0ca]; kafka jobs in Porto (every day at 08:00) [alert_1a2b3c4d5e]. Which one?',
      },
    ];
    expect(step(await decide('the dispatcher one', withSchedules))).toMatchObject({ action: 'change_alert', args: { alert: 'alert_680b75e3d5', change: 'pause' } });
    expect(step(await decide('the porto one', withSchedules))).toMatchObject({ action: 'change_alert', args: { alert: 'alert_1a2b3c4d5e', change: 'pause' } });
    expect(step(await decide('the weekday one', withSchedules))).toMatchObject({ action: 'change_alert', args: { alert: 'alert_40ce9fc0ca', change: 'pause' } });
  });

  it('keeps a change said with the answer ("remove the welder one")', async () => {
    expect(step(await decide('remove the welder one', whichAlert))).toMatchObject({ action: 'change_alert', args: { alert: 'alert_aa11bb22cc', change: 'delete' } });
  });

  it('reads a request of its own, led by its verb, afresh', async () => {
    expect(step(await decide('find crane operator jobs in Gdynia', whichAlert))).toMatchObject({ action: 'search_jobs', args: { location: 'Gdynia' } });
  });

  it('asks again, by the same request, when the words fit two alerts of one name', async () => {
    const twins: ChatMessage[] = [
      { role: 'user', content: 'stop the bakery alert' },
      {
        role: 'assistant',
        content: 'I tried to pause the alert "bakery", but it failed: Several alerts match "bakery": bakery jobs in Lyon [alert_1234512345]; bakery jobs in Lyon [alert_5432154321]. Which one?',
      },
    ];
    expect(step(await decide('bakery jobs in Lyon', twins))).toMatchObject({ action: 'change_alert', args: { alert: 'bakery jobs in lyon', change: 'pause' } });
  });
});

describe('the reply to "when should I remind you?"', () => {
  const asked: ChatMessage[] = [
    { role: 'user', content: 'remind me to phone the Harwich depot' },
    { role: 'assistant', content: 'When should I remind you? Say a day and, if you like, a time: "on Friday", "the 12th at 3pm", "in 3 days".' },
  ];

  it('sets the reminder asked about for the day said', async () => {
    expect(step(await decide('tuesday at 4pm', asked))).toMatchObject({ action: 'set_reminder', args: { what: 'phone the Harwich depot' } });
    expect(String(step(await decide('tuesday at 4pm', asked))?.args.when)).toMatch(/tuesday at 4pm/i);
  });

  it('leaves a new request alone', async () => {
    expect(step(await decide('show my alerts', asked))).toMatchObject({ action: 'list_alerts' });
  });
});

describe('the reply to "which reminder?" and "which format?"', () => {
  const severalReminders: ChatMessage[] = [
    { role: 'user', content: 'cancel the Ostend reminder' },
    {
      role: 'assistant',
      content:
        'I tried to cancel the reminder Ostend, but it failed: "Ostend" fits more than one reminder (Follow up with Ostend Ferries; Interview: Mate at Ostend Ferries); say which by its number in the list.',
    },
  ];

  it('cancels the one the words fit', async () => {
    expect(step(await decide('the interview', severalReminders))).toMatchObject({ action: 'cancel_reminder', args: { reminder: 'Interview: Mate at Ostend Ferries' } });
  });

  it('counts a number in the list the answer pointed to', async () => {
    expect(step(await decide('4', severalReminders, { last_reminder_ids: 'rem_0000000001,rem_0000000002,rem_0000000003,rem_0000000004' }))).toMatchObject({
      action: 'cancel_reminder',
      args: { reminder: 'number 4' },
    });
  });

  it('exports in the format picked', async () => {
    const asked: ChatMessage[] = [
      { role: 'user', content: 'export that' },
      { role: 'assistant', content: 'Which format should I export it as: PDF, DOCX (Word) or Markdown?' },
    ];
    expect(step(await decide('word please', asked, { last_document_id: 'doc_abcdef0123' }))).toMatchObject({ action: 'export_document', args: { format: 'docx' } });
  });
});

describe('after a question that asks for nothing in particular', () => {
  it.each(["You're welcome, glad to help! Anything else?", 'Saved. Is there anything else you need?', 'Done. What else can I do for you?', 'Paused it. Can I help with anything else?'])(
    'does not read the message before it again: "%s"',
    (question) => {
      let readAgain = 0;
      const readEarlier = () => {
        readAgain += 1;
        return { action: 'change_alert', args: { change: 'pause' } };
      };
      const context = { references: {}, history: [{ role: 'user' as const, content: 'pause the Gdansk alert' }, { role: 'assistant' as const, content: question }], allowedApps: [] };
      expect(readReply('the crane operator one', context, createPhrasebook(registry), registry, readEarlier)).toBeUndefined();
      expect(readAgain).toBe(0);
    },
  );

  it('still reads the reply to a question that does ask for something', () => {
    let readAgain = 0;
    const readEarlier = () => {
      readAgain += 1;
      return undefined;
    };
    const context = { references: {}, history: whichAlert, allowedApps: [] };
    readReply('the crane operator one', context, createPhrasebook(registry), registry, readEarlier);
    expect(readAgain).toBe(1);
  });
});
