import { describe, expect, it } from 'vitest';
import { whichListedAlert } from '../../src/actions/change-alert/listed-alerts.ts';

/** The answer "show my alerts" gives, each alert kept in a European zone. */
const listedAnswer = {
  history: [
    { role: 'user' as const, content: 'show my alerts' },
    {
      role: 'assistant' as const,
      content:
        'Your alerts:\n1. scaffolder jobs in Edmonton — every day at 06:00 (Europe/Lisbon)\n2. scaffolder jobs in Porto — every day at 06:00 (Europe/Lisbon)\n3. rope access jobs — weekdays at 07:00 (Europe/Lisbon)',
    },
  ],
};

// Regression (trial s50 #29): "run the europe alert now" asked which, since "europe" fitted every line's zone.
describe('whichListedAlert', () => {
  it('settles an alert named by a region its place lies in, not by the zone every line is kept in', () => {
    expect(whichListedAlert('europe', listedAnswer)).toBeUndefined();
    expect(whichListedAlert('portugal', listedAnswer)).toBeUndefined();
  });

  it('still asks which when the words fit several alerts alike', () => {
    expect(whichListedAlert('scaffolder', listedAnswer)).toMatch(/^Which alert do you mean\? "scaffolder" fits 2 of them: 1\. scaffolder jobs in Edmonton/);
  });

  it('asks which when a word is only in the zone, naming no alert', () => {
    expect(whichListedAlert('lisbon', listedAnswer)).toMatch(/None of the 3 listed says "lisbon"/);
  });
});
