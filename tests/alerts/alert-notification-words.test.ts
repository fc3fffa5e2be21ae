import { describe, expect, it } from 'vitest';
import { alertNotification } from '../../src/alerts/run-alert.ts';
import type { AlertRecord } from '../../src/db/repositories/alerts.ts';

// Regression (trial s42 #62): a board's kept answer was said on every notification ("…'s answer from 02:21 reused: …").
describe('an alert notification whose run reused a board answer', () => {
  const alert = { id: 'alert_0123456789', name: 'welder jobs in Braga', time_zone: 'Europe/Lisbon' } as AlertRecord;
  const match = { job_id: 'job1', title: 'Pipe Welder', company: 'Ferrovia Norte', location: 'Braga', url: 'https://jobs.example/1', fit: 71, reason: 'matches 2 of your 3 core skills' };
  const reused = { source: 'remotive', label: 'Remotive', fetched_at: '2026-12-07T06:10:00Z', kept_until: '2026-12-07T12:10:00Z', reason: 'its terms allow a few calls a day' };
  const notification = alertNotification(alert, 'run1', { status: 'succeeded', matches: [match], failedBoards: [], reusedAnswers: [reused], error: null }, new Date('2026-12-07T08:00:00Z'));

  it('says the openings, never the cache', () => {
    expect(notification.body).toMatch(/^1\. Pipe Welder at Ferrovia Norte, Braga · fit 71/);
    expect(notification.body).not.toMatch(/reused|answer from|Remotive/);
  });

  it('keeps it, in words, in the data the API and --json show', () => {
    expect(notification.data?.reused_answers).toEqual([{ ...reused, said: expect.stringMatching(/^Remotive's answer from 06:10 reused: its terms allow a few calls a day$/) }]);
  });
});
