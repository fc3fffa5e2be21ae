// Trial s50 #27: a pay floor said in one currency ("at least 450k NOK") was compared with euro pay as a bare number,
// and every euro job vanished without a word. A floor's currency is kept: pay in it is compared (those under it
// counted), pay in another currency is kept and said, never compared. Over HTTP on a real port and in chat, against a
// stub board in Remotive's real shape; the postings are written for this test.
import { describe, expect, it } from 'vitest';
import { remotiveBoardServer, remotiveJob } from './remotive-board-server.ts';

const welder = (id: number, company: string, location: string, description: string) =>
  remotiveJob({ id, title: 'Pipe Welder', company, location, category: 'Manufacturing', description });

const board = remotiveBoardServer([
  welder(5101, 'Fjordbygg', 'Norway', '<p>Salary: NOK 560,000 – 640,000 a year. Pipe welding on a yard.</p>'),
  welder(5102, 'Vikvarv', 'Norway', '<p>Salary: NOK 380,000 – 420,000 a year. Pipe welding in a workshop.</p>'),
  welder(5103, 'Scheldebouw', 'Netherlands', '<p>Salary: €52,000 – €60,000 a year. Pipe welding on ships.</p>'),
  welder(5104, 'Ostseewerk', 'Germany', '<p>Pipe welding in our yard. We pay well.</p>'),
]);
const search = (query: string) => board.search(query);

describe('GET /v1/jobs/search?min_salary with a currency', () => {
  it('compares within the currency, keeps pay in another one and says so, counts those under the floor', async () => {
    const { jobs, note } = await search(`q=pipe%20welder&limit=50&min_salary=${encodeURIComponent('NOK 450 000')}`);
    expect(jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg', 'Scheldebouw']);
    expect(note).toMatch(/left out 1 paying under NOK 450,000 a year/);
    expect(note).toMatch(/kept 1 paying in EUR, not compared with your NOK floor/);
    expect(note).toMatch(/left out 1 that states no salary/);
  });

  it('without a currency compares the numbers as before', async () => {
    const { jobs } = await search('q=pipe%20welder&limit=50&min_salary=450000');
    expect(jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg']);
  });

  it('reads the currency after the amount and a sign before it', async () => {
    expect((await search(`q=pipe%20welder&limit=50&min_salary=${encodeURIComponent('450000 NOK')}`)).jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg', 'Scheldebouw']);
    const euros = await search(`q=pipe%20welder&limit=50&min_salary=${encodeURIComponent('€55k')}`);
    // Both Norwegian jobs are kept: kroner are never compared with a floor in euros.
    expect(euros.jobs.map((job) => job.company).sort()).toEqual(['Fjordbygg', 'Scheldebouw', 'Vikvarv']);
    expect(euros.note).toMatch(/kept 2 paying in NOK, not compared with your EUR floor/);
    expect(euros.note).not.toMatch(/paying under/);
  });

  it('refuses what is no amount, saying a currency may be typed', async () => {
    const response = await fetch(`${board.server.url}/v1/jobs/search?q=welder&min_salary=${encodeURIComponent('NOK lots')}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/with its currency if you like/);
  });
});

describe('a floor said with its currency in chat', () => {
  it('keeps the currency, says it back, and never hides the euro job', async () => {
    const { action, summary } = await board.firstStep('floor-nok', 'pipe welder jobs paying at least 450k NOK');
    expect(action).toBe('search_jobs');
    expect(summary).toContain('paying NOK 450,000+ a year');
    expect(summary).toContain('Scheldebouw');
    expect(summary).toContain('Fjordbygg');
    expect(summary).not.toContain('Vikvarv');
    expect(summary).toMatch(/kept 1 paying in EUR, not compared with your NOK floor \(I don't convert currencies/);
  });
});
