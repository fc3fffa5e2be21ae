import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../src/db/repositories/documents.ts';
import { type RunningServer, startServer } from '../../src/main.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { postRun } from '../helpers/sse-client.ts';
import { testConfig } from '../helpers/test-database.ts';

// Two owners over real HTTP on the embedded Postgres: Alice keeps a thread, a resume, a
// saved job and a document; Bob, with his own token, must reach none of them on any route.

let server: RunningServer;
const tokens: Record<'alice' | 'bob', string> = { alice: '', bob: '' };
const alice = { thread: 'plans', resume: '', document: '', run: '', alert: '', notification: '', reminder: '' };
let job = '';
const missing = { thread: 'never-used', resume: 'res_0000000000', document: 'doc_0000000000', job: '0123456789ab', run: '00000000-0000-4000-8000-000000000000', alert: 'alert_0000000000', notification: 'ntf_000000000000', reminder: 'rem_0000000000' };
// Words only Alice's data holds: none may reach Bob.
const aliceWords = ['Alice Quill', 'alice.quill@example.com', 'Cover letter for Zephyr', 'Zephyr Secret Letter', 'ask for the referral', 'zephyrish', 'Interview at Zephyr', 'Call the Zephyr secret recruiter'];

const aliceResume = [
  '# Alice Quill',
  'alice.quill@example.com · +1 555 010 2030 · Lisbon',
  '',
  '## Experience',
  '### Staff Engineer, Zephyr Labs (2019-01 – present)',
  '- Built the TypeScript billing platform on Postgres and Kubernetes',
  '',
  '## Skills',
  'TypeScript, Postgres, Kubernetes',
].join('\n');

const as = (who: 'alice' | 'bob', headers: Record<string, string> = {}) => ({ authorization: `Bearer ${tokens[who]}`, ...headers });
const call = (who: 'alice' | 'bob', method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: as(who, body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const answer = async (response: Response) => ({ status: response.status, body: await response.text() });

/**
 * Bob asking for Alice's id must get exactly what he gets for an id nobody used: the same
 * status, code and message (with the id itself swapped), so he cannot tell hers exists.
 */
async function expectSameAsMissing(theirs: Response, never: Response, theirId: string, missingId: string) {
  const [a, b] = [await answer(theirs), await answer(never)];
  expect(a.status).toBe(404);
  // Each answer names its own request; all else is the same.
  const withoutRequestId = (body: string) => body.replace(/"request_id":"[^"]*"/, '"request_id":"<request>"');
  expect(withoutRequestId(a.body.replaceAll(theirId, '<id>'))).toBe(withoutRequestId(b.body.replaceAll(missingId, '<id>')));
  for (const word of aliceWords) expect(a.body).not.toContain(word);
}

/** Every event's text of a run, to check nothing of Alice's is in it. */
const textOf = (events: RunEvent[]) => JSON.stringify(events);

beforeAll(async () => {
  server = await startServer(await testConfig({ PORT: '0' }), { logger: false });
  for (const name of ['alice', 'bob'] as const) {
    const made = await fetch(`${server.url}/v1/tokens`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.jobpilot.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    });
    expect(made.status).toBe(201);
    tokens[name] = ((await made.json()) as { token: string }).token;
  }
  // Alice's thread, resume, saved job and document, made over HTTP (the document through her own repository).
  const run = await postRun(server.url, alice.thread, { message: 'hello there' }, { headers: as('alice') });
  expect(run.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
  alice.run = (run.events[0] as { run_id: string }).run_id;
  const upload = await fetch(`${server.url}/v1/resumes?filename=alice.md&label=alice-main`, {
    method: 'POST',
    headers: as('alice', { 'content-type': 'text/markdown' }),
    body: aliceResume,
  });
  expect(upload.status).toBe(201);
  alice.resume = ((await upload.json()) as { id: string }).id;
  const imported = await call('alice', 'POST', '/v1/jobs/import', [
    { title: 'Senior TypeScript Engineer', company: 'Zephyr', url: 'https://jobs.example.com/zephyr/1', description: 'TypeScript, Postgres, Kubernetes.' },
  ]);
  expect(imported.status).toBe(200);
  [job = ''] = ((await imported.json()) as { job_ids: string[] }).job_ids;
  expect(job).toMatch(/^[0-9a-f]{12}$/);
  expect((await call('alice', 'POST', '/v1/saved-jobs', { job_id: job, notes: 'ask for the referral' })).status).toBe(201);
  const letter: DocumentRecord = await server.jobpilot.careerFor('alice').documents.add({
    kind: 'cover_letter',
    title: 'Cover letter for Zephyr',
    content: '# Zephyr Secret Letter\n\nDear Zephyr, I am Alice Quill.',
    jobId: job,
    resumeId: alice.resume,
    changes: [],
  });
  alice.document = letter.id;
  const alert = await call('alice', 'POST', '/v1/alerts', { query: 'zephyrish', schedule: 'every morning at 8' });
  expect(alert.status).toBe(201);
  alice.alert = ((await alert.json()) as { id: string }).id;
  alice.notification = (await server.jobpilot.notifications.createNotification({ owner: 'alice', kind: 'reminder', title: 'Interview at Zephyr', body: 'Tomorrow 10:00' })).id;
  const reminder = await call('alice', 'POST', '/v1/reminders', { when: '2030-01-01T09:00:00Z', title: 'call the Zephyr secret recruiter', job_id: job });
  expect(reminder.status).toBe(201);
  alice.reminder = ((await reminder.json()) as { id: string }).id;
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** Alice's data as she sees it: unchanged by anything Bob did. */
async function expectAliceIntact() {
  const thread = (await (await call('alice', 'GET', `/v1/threads/${alice.thread}`)).json()) as { messages: unknown[] };
  expect(thread.messages).toHaveLength(2);
  const resumes = (await (await call('alice', 'GET', '/v1/resumes')).json()) as { resumes: Array<{ id: string; active: boolean; resume: { basics?: { name?: string } } }> };
  expect(resumes.resumes.map((resume) => [resume.id, resume.active])).toEqual([[alice.resume, true]]);
  expect(resumes.resumes[0]?.resume.basics?.name).toBe('Alice Quill');
  const saved = (await (await call('alice', 'GET', '/v1/saved-jobs')).json()) as { saved_jobs: Array<{ job_id: string; status: string; notes: string }> };
  expect(saved.saved_jobs).toEqual([expect.objectContaining({ job_id: job, status: 'saved', notes: 'ask for the referral' })]);
  expect((await call('alice', 'GET', `/v1/documents/${alice.document}`)).status).toBe(200);
  expect((await (await call('alice', 'GET', `/v1/alerts/${alice.alert}`)).json()) as { paused: boolean }).toMatchObject({ paused: false });
  const inbox = (await (await call('alice', 'GET', '/v1/notifications')).json()) as { notifications: Array<{ id: string; read_at: string | null }> };
  expect(inbox.notifications).toContainEqual(expect.objectContaining({ id: alice.notification, read_at: null }));
}

/** Alice's thread and run on the LangGraph API, made once, when a case first needs them. */
let aliceLg: Promise<{ thread: string; run: string }> | undefined;
const aliceOnLg = () =>
  (aliceLg ??= (async () => {
    const thread = 'lg-plans';
    expect((await call('alice', 'POST', '/lg/threads', { thread_id: thread })).status).toBe(200);
    const waited = await call('alice', 'POST', `/lg/threads/${thread}/runs/wait`, { assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hello there' }] } });
    expect(waited.status).toBe(200);
    const run = waited.headers.get('content-location')?.split('/').at(-1) ?? '';
    expect(run).toMatch(/^[0-9a-f-]{36}$/);
    return { thread, run };
  })());
const missingRun = '00000000-0000-4000-8000-000000000000';
const lgRun = { assistant_id: 'jobpilot', input: { messages: [{ type: 'human', content: 'hi' }] } };

/** Bob on each /lg route: Alice's thread and run are "no thread" and "no run", as ids never used. */
function lgCases(): Record<string, () => Promise<void>> {
  const sameAsMissingThread = (method: string, suffix: string, body?: unknown) => async () => {
    const { thread } = await aliceOnLg();
    await expectSameAsMissing(
      await call('bob', method, `/lg/threads/${thread}${suffix}`, body),
      await call('bob', method, `/lg/threads/${missing.thread}${suffix}`, body),
      thread,
      missing.thread,
    );
  };
  const sameAsMissingRun = (method: string, suffix: string) => async () => {
    const { thread, run } = await aliceOnLg();
    await expectSameAsMissing(
      await call('bob', method, `/lg/threads/${thread}/runs/${run}${suffix}`),
      await call('bob', method, `/lg/threads/${thread}/runs/${missingRun}${suffix}`),
      run,
      missingRun,
    );
  };
  const readsNothingOfHers = (method: string, path: string, body?: unknown) => async () => {
    await aliceOnLg();
    const response = await answer(await call('bob', method, path, body));
    expect(response.status).toBe(200);
    for (const word of [...aliceWords, 'lg-plans', 'hello there']) expect(response.body).not.toContain(word);
  };
  return {
    'GET /lg/info': readsNothingOfHers('GET', '/lg/info'),
    'GET /lg/ok': readsNothingOfHers('GET', '/lg/ok'),
    'POST /lg/assistants/search': readsNothingOfHers('POST', '/lg/assistants/search', {}),
    'GET /lg/assistants/:assistant_id': readsNothingOfHers('GET', '/lg/assistants/jobpilot'),
    'POST /lg/threads/search': readsNothingOfHers('POST', '/lg/threads/search', { limit: 100 }),
    'GET /lg/threads/:thread_id': sameAsMissingThread('GET', ''),
    'PATCH /lg/threads/:thread_id': sameAsMissingThread('PATCH', '', { metadata: { title: 'Mallory' } }),
    'DELETE /lg/threads/:thread_id': sameAsMissingThread('DELETE', ''),
    'GET /lg/threads/:thread_id/state': sameAsMissingThread('GET', '/state'),
    'POST /lg/threads/:thread_id/history': sameAsMissingThread('POST', '/history', {}),
    'GET /lg/threads/:thread_id/runs': sameAsMissingThread('GET', '/runs'),
    'POST /lg/threads/:thread_id/runs/stream': sameAsMissingThread('POST', '/runs/stream', lgRun),
    'POST /lg/threads/:thread_id/runs/wait': sameAsMissingThread('POST', '/runs/wait', lgRun),
    'GET /lg/threads/:thread_id/runs/:run_id': sameAsMissingRun('GET', ''),
    'GET /lg/threads/:thread_id/runs/:run_id/join': sameAsMissingRun('GET', '/join'),
    'GET /lg/threads/:thread_id/runs/:run_id/stream': sameAsMissingRun('GET', '/stream'),
    'POST /lg/threads/:thread_id/runs/:run_id/cancel': sameAsMissingRun('POST', '/cancel'),
    'POST /lg/threads': async () => {
      // Her thread's id makes a thread of Bob's own: he cannot tell hers exists.
      const { thread } = await aliceOnLg();
      const made = await call('bob', 'POST', '/lg/threads', { thread_id: thread });
      expect(made.status).toBe(200);
      expect(await made.json()).toMatchObject({ thread_id: thread, values: { messages: [] } });
      expect((await call('bob', 'DELETE', `/lg/threads/${thread}`)).status).toBe(204);
      const hers = (await (await call('alice', 'GET', `/lg/threads/${thread}`)).json()) as { values: { messages: unknown[] } };
      expect(hers.values.messages).toHaveLength(2);
    },
  };
}

/**
 * One case per route: what Bob gets when he reaches for Alice's data there. A route added
 * without a case fails the walk below.
 */
const cases: Record<string, () => Promise<void>> = {
  'GET /healthz': async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200); // no owner data
  },
  'GET /readyz': async () => {
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  },
  'GET /v1/threads': async () => {
    const bob = (await (await call('bob', 'GET', '/v1/threads')).json()) as { threads: Array<{ thread_id: string }> };
    expect(bob.threads.map((thread) => thread.thread_id)).not.toContain(alice.thread);
    const hers = (await (await call('alice', 'GET', '/v1/threads')).json()) as { threads: Array<{ thread_id: string }> };
    expect(hers.threads.map((thread) => thread.thread_id)).toContain(alice.thread);
  },
  'GET /v1/threads/:thread_id': async () => {
    await expectSameAsMissing(await call('bob', 'GET', `/v1/threads/${alice.thread}`), await call('bob', 'GET', `/v1/threads/${missing.thread}`), alice.thread, missing.thread);
    // Her thread's storage key ("alice/plans") is no thread id: refused before any lookup.
    const byKey = await call('bob', 'GET', `/v1/threads/${encodeURIComponent(`alice/${alice.thread}`)}`);
    expect(byKey.status).toBe(400);
    expect(await byKey.text()).not.toContain('hello there');
  },
  'PATCH /v1/threads/:thread_id': async () => {
    const before = (await (await call('alice', 'GET', `/v1/threads/${alice.thread}`)).json()) as { title: string };
    await expectSameAsMissing(await call('bob', 'PATCH', `/v1/threads/${alice.thread}`, { title: 'taken' }), await call('bob', 'PATCH', `/v1/threads/${missing.thread}`, { title: 'taken' }), alice.thread, missing.thread);
    const after = (await (await call('alice', 'GET', `/v1/threads/${alice.thread}`)).json()) as { title: string };
    expect(after.title).toBe(before.title);
  },
  'GET /': async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(200); // the web app's page: no owner data
  },
  'GET /assets/:file': async () => {
    expect((await fetch(`${server.url}/assets/app.js`)).status).toBe(200);
  },
  'DELETE /v1/threads/:thread_id': async () => {
    await expectSameAsMissing(await call('bob', 'DELETE', `/v1/threads/${alice.thread}`), await call('bob', 'DELETE', `/v1/threads/${missing.thread}`), alice.thread, missing.thread);
  },
  'POST /v1/threads/:thread_id/runs': async () => {
    // Answering an approval on her thread: "no thread", as for an id never used.
    await expectSameAsMissing(
      await call('bob', 'POST', `/v1/threads/${alice.thread}/runs`, { resume: { approved: true } }),
      await call('bob', 'POST', `/v1/threads/${missing.thread}/runs`, { resume: { approved: true } }),
      alice.thread,
      missing.thread,
    );
    // A message to her thread's id starts Bob's own thread of that name: he cannot tell hers exists.
    const run = await postRun(server.url, alice.thread, { message: 'hi' }, { headers: as('bob') });
    expect(run.events[0]).toMatchObject({ type: 'run-start', thread_id: alice.thread });
    expect(run.events.at(-1)).toMatchObject({ type: 'run-end', status: 'completed' });
    const his = (await (await call('bob', 'GET', `/v1/threads/${alice.thread}`)).json()) as { messages: Array<{ content: string }> };
    expect(his.messages.map((message) => message.content)[0]).toBe('hi');
    expect(JSON.stringify(his)).not.toContain('hello there');
  },
  'GET /v1/threads/:thread_id/runs/:run_id': async () => {
    // Her run, joined by its id on her thread's id: "no run", as for a run never started.
    await expectSameAsMissing(
      await call('bob', 'GET', `/v1/threads/${alice.thread}/runs/${alice.run}`),
      await call('bob', 'GET', `/v1/threads/${alice.thread}/runs/${missing.run}`),
      alice.run,
      missing.run,
    );
  },
  'POST /v1/threads/:thread_id/runs/:run_id/cancel': async () => {
    await expectSameAsMissing(
      await call('bob', 'POST', `/v1/threads/${alice.thread}/runs/${alice.run}/cancel`),
      await call('bob', 'POST', `/v1/threads/${alice.thread}/runs/${missing.run}/cancel`),
      alice.run,
      missing.run,
    );
  },
  'GET /v1/jobs/search': async () => {
    // The index of postings is shared; the fit score is each owner's own resume's.
    const bob = (await (await call('bob', 'GET', '/v1/jobs/search?q=typescript')).json()) as { jobs: Array<{ id: string; fit: unknown }> };
    expect(bob.jobs.find((found) => found.id === job)?.fit).toBeNull();
    const hers = (await (await call('alice', 'GET', '/v1/jobs/search?q=typescript')).json()) as { jobs: Array<{ id: string; fit: unknown }> };
    expect(hers.jobs.find((found) => found.id === job)?.fit).toMatchObject({ score: expect.any(Number) });
  },
  'GET /v1/jobs/:id': async () => {
    // Shared postings: the same job for both, with nothing of Alice's (her notes, her status) in it.
    const response = await answer(await call('bob', 'GET', `/v1/jobs/${job}`));
    expect(response.status).toBe(200);
    for (const word of aliceWords) expect(response.body).not.toContain(word);
  },
  'POST /v1/jobs/import': async () => {
    const response = await call('bob', 'POST', '/v1/jobs/import', [{ title: 'Platform Engineer', company: 'Bobco', url: 'https://jobs.example.com/bobco/1' }]);
    expect(response.status).toBe(200); // into the shared index; nothing of Alice's changes
  },
  'GET /v1/saved-jobs': async () => {
    expect(await (await call('bob', 'GET', '/v1/saved-jobs')).json()).toEqual({ saved_jobs: [], time_zone: expect.any(String) });
  },
  'POST /v1/saved-jobs': async () => {
    // Saving the job Alice saved is a new entry of Bob's (201, his notes only).
    const response = await call('bob', 'POST', '/v1/saved-jobs', { job_id: job, notes: 'mine' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ job_id: job, notes: 'mine', status: 'saved' });
    expect((await call('bob', 'DELETE', `/v1/saved-jobs/${job}`)).status).toBe(200);
  },
  'PATCH /v1/saved-jobs/:job_id': async () => {
    const response = await call('bob', 'PATCH', `/v1/saved-jobs/${job}`, { status: 'rejected' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { history: unknown[]; notes: string };
    expect(body.history).toHaveLength(1); // his one change, none of hers
    expect(body.notes).toBe('');
    expect((await call('bob', 'DELETE', `/v1/saved-jobs/${job}`)).status).toBe(200);
  },
  'DELETE /v1/saved-jobs/:job_id': async () => {
    // Her saved job is "not saved" for Bob, exactly as a job nobody saved.
    const imported = await call('bob', 'POST', '/v1/jobs/import', [{ title: 'Unsaved Role', company: 'Nobody', url: 'https://jobs.example.com/nobody/1' }]);
    const [unsaved = missing.job] = ((await imported.json()) as { job_ids: string[] }).job_ids;
    await expectSameAsMissing(await call('bob', 'DELETE', `/v1/saved-jobs/${job}`), await call('bob', 'DELETE', `/v1/saved-jobs/${unsaved}`), job, unsaved);
  },
  'POST /v1/resumes': async () => {
    const response = await fetch(`${server.url}/v1/resumes?filename=bob.md`, {
      method: 'POST',
      headers: as('bob', { 'content-type': 'text/markdown' }),
      body: '# Bob Stone\nbob@example.com\n\n## Skills\nGo',
    });
    expect(response.status).toBe(201);
    // Alice's active resume is still hers (checked in expectAliceIntact).
  },
  'GET /v1/resumes': async () => {
    const bob = (await (await call('bob', 'GET', '/v1/resumes')).json()) as { resumes: Array<{ id: string }> };
    expect(bob.resumes.map((resume) => resume.id)).not.toContain(alice.resume);
  },
  'GET /v1/resumes/:id': async () => {
    await expectSameAsMissing(await call('bob', 'GET', `/v1/resumes/${alice.resume}`), await call('bob', 'GET', `/v1/resumes/${missing.resume}`), alice.resume, missing.resume);
  },
  'PATCH /v1/resumes/:id': async () => {
    const correction = { basics: { name: 'Mallory' } };
    await expectSameAsMissing(
      await call('bob', 'PATCH', `/v1/resumes/${alice.resume}`, correction),
      await call('bob', 'PATCH', `/v1/resumes/${missing.resume}`, correction),
      alice.resume,
      missing.resume,
    );
  },
  'DELETE /v1/resumes/:id': async () => {
    // Bob cannot delete Alice's resume (nor learn that it exists); hers stays (expectAliceIntact).
    await expectSameAsMissing(await call('bob', 'DELETE', `/v1/resumes/${alice.resume}`), await call('bob', 'DELETE', `/v1/resumes/${missing.resume}`), alice.resume, missing.resume);
  },
  'POST /v1/resumes/:id/activate': async () => {
    // Bob cannot choose Alice's resume as his (nor learn that it exists); hers stays active (expectAliceIntact).
    await expectSameAsMissing(await call('bob', 'POST', `/v1/resumes/${alice.resume}/activate`), await call('bob', 'POST', `/v1/resumes/${missing.resume}/activate`), alice.resume, missing.resume);
  },
  'POST /v1/match': async () => {
    await expectSameAsMissing(
      await call('bob', 'POST', '/v1/match', { job_id: job, resume_id: alice.resume }),
      await call('bob', 'POST', '/v1/match', { job_id: job, resume_id: missing.resume }),
      alice.resume,
      missing.resume,
    );
  },
  'GET /v1/documents': async () => {
    const bob = (await (await call('bob', 'GET', '/v1/documents')).json()) as { documents: unknown[] };
    expect(bob.documents).toEqual([]);
    const found = (await (await call('bob', 'GET', '/v1/documents?q=zephyr')).json()) as { documents: unknown[] };
    expect(found.documents).toEqual([]);
  },
  'GET /v1/reminders': async () => {
    const bob = (await (await call('bob', 'GET', '/v1/reminders?all=true')).json()) as { reminders: unknown[] };
    expect(bob.reminders).toEqual([]);
  },
  'POST /v1/reminders': async () => {
    expect((await call('bob', 'POST', '/v1/reminders', { when: '2030-01-02T09:00:00Z', title: 'bob only', job_id: job })).status).toBe(201);
    const theirs = (await (await call('alice', 'GET', '/v1/reminders?all=true')).json()) as { reminders: Array<{ id: string }> };
    expect(theirs.reminders.map((reminder) => reminder.id)).toEqual([alice.reminder]);
  },
  'GET /v1/reminders/:id': async () => {
    await expectSameAsMissing(await call('bob', 'GET', `/v1/reminders/${alice.reminder}`), await call('bob', 'GET', `/v1/reminders/${missing.reminder}`), alice.reminder, missing.reminder);
  },
  'DELETE /v1/reminders/:id': async () => {
    await expectSameAsMissing(await call('bob', 'DELETE', `/v1/reminders/${alice.reminder}`), await call('bob', 'DELETE', `/v1/reminders/${missing.reminder}`), alice.reminder, missing.reminder);
    const still = (await (await call('alice', 'GET', `/v1/reminders/${alice.reminder}`)).json()) as { status: string };
    expect(still.status).toBe('pending');
  },
  'PATCH /v1/reminders/:id': async () => {
    const body = { when: '2030-02-01T09:00:00Z', title: 'bob was here' };
    await expectSameAsMissing(await call('bob', 'PATCH', `/v1/reminders/${alice.reminder}`, body), await call('bob', 'PATCH', `/v1/reminders/${missing.reminder}`, body), alice.reminder, missing.reminder);
    const still = (await (await call('alice', 'GET', `/v1/reminders/${alice.reminder}`)).json()) as { title: string; due_at: string };
    expect(still).toMatchObject({ title: 'Call the Zephyr secret recruiter', due_at: '2030-01-01T09:00:00.000Z' });
  },
  'GET /v1/reminders/:id/event.ics': async () => {
    await expectSameAsMissing(
      await call('bob', 'GET', `/v1/reminders/${alice.reminder}/event.ics`),
      await call('bob', 'GET', `/v1/reminders/${missing.reminder}/event.ics`),
      alice.reminder,
      missing.reminder,
    );
  },
  'GET /v1/calendar': async () => {
    const feed = (await (await call('bob', 'GET', '/v1/calendar')).json()) as { path: string };
    expect(feed.path).toMatch(/^\/v1\/calendar\.ics\?key=bob\./);
  },
  'GET /v1/calendar.ics': async () => {
    const feed = (await (await call('bob', 'GET', '/v1/calendar')).json()) as { path: string };
    for (const text of [await (await fetch(`${server.url}${feed.path}`)).text(), await (await call('bob', 'GET', '/v1/calendar.ics')).text()]) {
      expect(text).toMatch(/^BEGIN:VCALENDAR/);
      for (const word of aliceWords) expect(text).not.toContain(word);
      expect(text).not.toContain(alice.reminder);
    }
  },
  'GET /v1/documents/:id': async () => {
    await expectSameAsMissing(await call('bob', 'GET', `/v1/documents/${alice.document}`), await call('bob', 'GET', `/v1/documents/${missing.document}`), alice.document, missing.document);
  },
  'GET /v1/documents/:id/export': async () => {
    await expectSameAsMissing(
      await call('bob', 'GET', `/v1/documents/${alice.document}/export?format=md`),
      await call('bob', 'GET', `/v1/documents/${missing.document}/export?format=md`),
      alice.document,
      missing.document,
    );
  },
  'GET /v1/alerts': async () => {
    expect(await (await call('bob', 'GET', '/v1/alerts')).json()).toEqual({ alerts: [] });
  },
  'POST /v1/alerts': async () => {
    const response = await call('bob', 'POST', '/v1/alerts', { query: 'go', schedule: 'hourly' });
    expect(response.status).toBe(201);
    const made = (await response.json()) as { id: string };
    expect((await call('bob', 'DELETE', `/v1/alerts/${made.id}`)).status).toBe(200);
  },
  ...Object.fromEntries(
    [
      ['GET', ''],
      ['DELETE', ''],
      ['POST', '/pause'],
      ['POST', '/resume'],
      ['POST', '/run'],
    ].map(([method = 'GET', tail = '']) => [
      `${method} /v1/alerts/:id${tail}`,
      async () => {
        await expectSameAsMissing(await call('bob', method, `/v1/alerts/${alice.alert}${tail}`), await call('bob', method, `/v1/alerts/${missing.alert}${tail}`), alice.alert, missing.alert);
      },
    ]),
  ),
  'PATCH /v1/alerts/:id': async () => {
    const body = { schedule: 'hourly', query: 'bob' };
    await expectSameAsMissing(await call('bob', 'PATCH', `/v1/alerts/${alice.alert}`, body), await call('bob', 'PATCH', `/v1/alerts/${missing.alert}`, body), alice.alert, missing.alert);
    const still = (await (await call('alice', 'GET', `/v1/alerts/${alice.alert}`)).json()) as { query: string; schedule: string };
    expect(still).toMatchObject({ query: 'zephyrish', schedule: '0 8 * * *' });
  },
  'GET /v1/notifications': async () => {
    expect(await (await call('bob', 'GET', '/v1/notifications')).json()).toMatchObject({ notifications: [], unread: 0, total: 0 });
  },
  'POST /v1/notifications/read': async () => {
    // "Mark all read", or her id by name: Bob's own inbox only.
    expect(await (await call('bob', 'POST', '/v1/notifications/read', {})).json()).toEqual({ marked: 0 });
    expect(await (await call('bob', 'POST', '/v1/notifications/read', { ids: [alice.notification] })).json()).toEqual({ marked: 0 });
  },
  'POST /v1/notifications/:id/read': async () => {
    await expectSameAsMissing(
      await call('bob', 'POST', `/v1/notifications/${alice.notification}/read`),
      await call('bob', 'POST', `/v1/notifications/${missing.notification}/read`),
      alice.notification,
      missing.notification,
    );
  },
  'GET /v1/notifications/stream': async () => {
    // Bob's stream is open while a notification of Alice's is made: he is not told of it.
    const controller = new AbortController();
    const response = await fetch(`${server.url}/v1/notifications/stream`, { headers: as('bob'), signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes(': subscribed')) text += decoder.decode((await reader.read()).value, { stream: true });
    const theirs = await server.jobpilot.notifications.createNotification({ owner: 'alice', kind: 'reminder', title: 'Interview at Zephyr again', body: 'x' });
    const his = await server.jobpilot.notifications.createNotification({ owner: 'bob', kind: 'reminder', title: 'Bob only', body: 'y' });
    while (!text.includes(his.id)) text += decoder.decode((await reader.read()).value, { stream: true });
    controller.abort();
    expect(text).not.toContain(theirs.id);
    for (const word of aliceWords) expect(text).not.toContain(word);
  },
  // The API's description, its page and the metrics hold nothing of anyone's: any token reads them.
  ...Object.fromEntries(
    ['/openapi.json', '/metrics', '/docs', '/docs/static/index.html', '/docs/static/swagger-initializer.js', '/docs/json', '/docs/yaml', '/docs/static/*'].map((path) => [
      `GET ${path}`,
      async () => {
        const response = await answer(await call('bob', 'GET', path.replace('*', 'index.css')));
        expect(response.status).toBe(200);
        for (const word of aliceWords) expect(response.body).not.toContain(word);
      },
    ]),
  ),
  // The LangGraph API: the same owners. Alice's thread there is her "lg-plans", with a run.
  ...lgCases(),
  // Token management takes the admin key, not an owner's token.
  'POST /v1/tokens': async () => {
    expect((await call('bob', 'POST', '/v1/tokens', { name: 'mallory' })).status).toBe(401);
  },
  'GET /v1/tokens': async () => {
    expect((await call('bob', 'GET', '/v1/tokens')).status).toBe(401);
  },
  'DELETE /v1/tokens/:name': async () => {
    expect((await call('bob', 'DELETE', '/v1/tokens/alice')).status).toBe(401);
  },
};

describe('two owners, route by route', () => {
  it('has a case for every registered route', () => {
    expect([...new Set(server.routes)].sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.keys(cases))('%s: another owner reaches none of Alice\'s data', async (route) => {
    await cases[route]?.();
    await expectAliceIntact();
  });
});

describe("a thread's actions act on its owner's data only", () => {
  it("Bob's chat cannot show, choose, match, revise or export Alice's resume, jobs or documents", async () => {
    const bobThread = 'bob-chat';
    const said: string[] = [];
    const steps: Array<[message: string, action: string]> = [
      ['show my resume', 'show_resume'],
      [`show resume ${alice.resume}`, 'show_resume'],
      [`use resume ${alice.resume}`, 'use_resume'],
      ['list my saved jobs', 'list_saved_jobs'],
      ['list my documents', 'list_documents'],
      [`export document ${alice.document} as markdown`, 'export_document'],
      [`revise cover letter ${alice.document} to be shorter`, 'revise_cover_letter'],
      [`how well do I match job ${job}`, 'analyze_match'],
      ['undo', 'undo'],
    ];
    for (const [message, action] of steps) {
      const run = await postRun(server.url, bobThread, { message }, { headers: as('bob') });
      // The action ran (so it is its answer, not a misunderstanding, that holds nothing of Alice's).
      const ends = run.events.filter((event) => event.type === 'tool-call-end');
      expect(ends.map((event) => event.action), message).toContain(action);
      // Naming her resume or document by id finds nothing: neither is Bob's.
      if (message.includes(alice.resume) || message.includes(alice.document)) {
        expect(ends.every((event) => !event.ok), message).toBe(true);
      }
      said.push(textOf(run.events));
    }
    const everything = said.join('\n');
    for (const word of aliceWords) expect(everything).not.toContain(word);
    expect(everything).not.toContain('alice-main');
    await expectAliceIntact();
    // Bob's own resume (uploaded above, or none) is what his thread sees: Alice's stays active for her.
    const bobResumes = (await (await call('bob', 'GET', '/v1/resumes')).json()) as { resumes: Array<{ id: string }> };
    expect(bobResumes.resumes.map((resume) => resume.id)).not.toContain(alice.resume);
  }, 120_000);

  it("Alice's chat still reaches her own data", async () => {
    const run = await postRun(server.url, 'alice-chat', { message: 'show my resume' }, { headers: as('alice') });
    expect(textOf(run.events)).toContain('Alice Quill');
    const saved = await postRun(server.url, 'alice-chat', { message: 'list my saved jobs' }, { headers: as('alice') });
    expect(textOf(saved.events)).toContain('Senior TypeScript Engineer');
  }, 60_000);
});
