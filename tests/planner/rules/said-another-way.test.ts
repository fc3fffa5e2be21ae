import { describe, expect, it } from 'vitest';
import type { PlannerInput } from '../../../src/planner/planner.ts';
import type { KnownData } from '../../../src/protocol/known-data.ts';
import { createRulesPlanner } from '../../../src/planner/rules/rules-planner.ts';
import { fakeActions } from '../../fakes/fake-actions.ts';
import { outcomeOf } from '../../helpers/rules-outcome.ts';
import { parseDecision } from '../../../src/planner/decision.ts';

const registry = fakeActions();
const planner = createRulesPlanner({ registry });

/** Jobs the person saved, never listed in this thread. */
const known: KnownData = {
  jobs: [
    { id: 'job_w1', title: 'Beekeeper', company: 'Hollowmead Apiaries' },
    { id: 'job_w2', title: 'Cheesemaker', company: 'Larkspur Dairy' },
  ],
  resumes: [
    { id: 'res_w1', label: 'farm', format: 'pdf' },
    { id: 'res_w2', label: 'retail', format: 'docx' },
  ],
};
const listed = [
  { role: 'user' as const, content: 'outdoor jobs in wales' },
  {
    role: 'assistant' as const,
    content: 'Found 3 jobs: 1. Forester at Gwern Timber (Bangor, £31k) 2. Shepherd at Pennant Hill Farm (Brecon, £27k) 3. Ranger at Afon Trust (Remote (UK), £29k)',
  },
];
const letterWritten = [
  ...listed,
  { role: 'user' as const, content: 'cover letter for gwern timber' },
  { role: 'assistant' as const, content: "Here's your cover letter for Forester at Gwern Timber (doc_4): Dear team, …" },
];

const said = (goal: string, input: Partial<PlannerInput> = {}) =>
  outcomeOf(planner, registry, goal, { known, ...input, messages: [...(input.messages ?? []), { role: 'user', content: goal }] });

describe('a tone word said as what to move away from names no tone', () => {
  it('reads "less formal" and "too formal" as the change alone, and "warmer" with its tone', async () => {
    const input = { messages: letterWritten, references: { last_document_id: 'doc_4' } };
    for (const goal of ['make it less formal', 'can you make the letter a bit less formal', 'the letter is too formal']) {
      const outcome = await said(goal, input);
      expect(outcome.action, goal).toBe('revise_cover_letter');
      expect(outcome.args?.change, goal).toBe('less_formal');
      expect(outcome.args?.tone, goal).toBeUndefined();
    }
    expect(await said('make it warmer', input)).toEqual({ action: 'revise_cover_letter', args: { change: 'less_formal', tone: 'warm' } });
  });
});

describe('news about a job told just before a request about "it" sets the scene for that request', () => {
  it('takes a job off the list when told it is no longer wanted, without recording a withdrawal first', async () => {
    for (const goal of [
      "I'm no longer interested in the Beekeeper job. Take it off my list.",
      'the Hollowmead one isn\'t for me, take it off',
      "i'm not keen on the hollowmead job anymore. please remove it from my saved jobs",
    ]) {
      expect(await said(goal), goal).toEqual({ action: 'unsave_job', args: { job: expect.stringMatching(/beekeeper|hollowmead/i) } });
    }
  });

  it('reads a bare "take it off" as the job in play coming off the list', async () => {
    expect(await said('take it off', { references: { last_job_id: 'job_w2' } })).toEqual({ action: 'unsave_job', args: { job: 'it' } });
  });

  it('prepares first for an interview told in the sentence before', async () => {
    const goal = "I've got an interview with Larkspur Dairy on Thursday. Could you help me prepare?";
    expect(await said(goal)).toEqual({ action: 'create_interview_prep', args: { job: 'Larkspur Dairy' } });
  });
});

describe('the tracker asked about by the stage the applications reached, in any wording', () => {
  it.each([
    ['Which ones did I back out of?', 'withdrawn'],
    ["show me the saved jobs I haven't sent an application to yet", 'saved'],
    ['please list the saved jobs that I never applied to', 'saved'],
    ['which of my applications made it to the interview stage', 'interviewing'],
    ['any offers right now?', 'offer'],
    ['do I have any interviews at the moment', 'interviewing'],
    ['which employers have rejected me so far', 'rejected'],
    ['what companies turned me down', 'rejected'],
  ])('%s → %s', async (goal, status) => {
    expect(await said(goal)).toEqual({ action: 'list_saved_jobs', args: { status } });
  });

  it('still lists what was applied to when asked for the applications themselves', async () => {
    expect(await said('list my applications')).toEqual({ action: 'list_saved_jobs', args: { status: 'applied' } });
  });
});

describe("a search's filters told in pieces of their own", () => {
  it('adds remote, a pay floor, a level and an order said beside the search', async () => {
    expect(await said('wfh only!! copywriting jobs, need at least 35k, no car so cant commute')).toEqual({
      action: 'search_jobs',
      args: expect.objectContaining({ query: 'copywriting', remote: true, min_salary: 35000 }),
    });
    expect(await said('search remote welder jobs. over 45k. only junior ones')).toEqual({
      action: 'search_jobs',
      args: expect.objectContaining({ query: 'welder', remote: true, min_salary: 45000, seniority: 'junior' }),
    });
    expect(await said('My lease ends soon. Could you look for baker positions in Cork? Most recent first would be lovely.')).toEqual({
      action: 'search_jobs',
      args: expect.objectContaining({ query: 'baker', location: 'Cork', sort: 'recent' }),
    });
  });

  it('takes no filter from a story told beside the search', async () => {
    const outcome = await said('find bakery jobs in cork, my most recent job was at a cafe in town and i loved it there so much');
    expect(outcome.action).toBe('search_jobs');
    expect(outcome.args?.sort).toBeUndefined();
  });
});

describe("an answer that picks one of the options jobpilot's question offered", () => {
  it('takes the saved job the words fit when asked which to remove', async () => {
    const messages = [
      { role: 'user' as const, content: 'remove a job from my list' },
      { role: 'assistant' as const, content: 'Which saved job should I remove: Beekeeper at Hollowmead Apiaries or Cheesemaker at Larkspur Dairy?' },
    ];
    expect(await said('the cheese one', { messages })).toEqual({ action: 'unsave_job', args: { job: 'Larkspur Dairy' } });
  });

  it('takes the resume the words fit when asked which to use', async () => {
    const messages = [
      { role: 'user' as const, content: 'switch my resume' },
      { role: 'assistant' as const, content: "Which resume should I use: 'farm' (pdf, active) or 'retail' (docx)?" },
    ];
    expect(await said('the retail one', { messages })).toEqual({ action: 'use_resume', args: { resume: 'retail' } });
    expect(await said('hmm the farm one i guess', { messages })).toEqual({ action: 'use_resume', args: { resume: 'farm' } });
  });
});

describe('a job named in one sentence and asked about in the next, or around a pronoun', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  const listedKnown: KnownData = {
    ...known,
    jobs: [
      ...known.jobs,
      { id: 'job_l1', title: 'Forester', company: 'Gwern Timber' },
      { id: 'job_l2', title: 'Shepherd', company: 'Pennant Hill Farm' },
      { id: 'job_l3', title: 'Ranger', company: 'Afon Trust' },
    ],
  };
  const asked = (goal: string) => said(goal, { ...input, known: listedKnown });

  it('writes the letter for the job told apart in the sentence before, in the tone said after', async () => {
    expect(await asked('I think the Brecon one is right for me. Write the letter. Make it confident.')).toEqual({
      action: 'write_cover_letter',
      args: expect.objectContaining({ job: 'Pennant Hill Farm', tone: 'confident' }),
    });
  });

  it('reads the pronoun, not the words around it ("fit it better", "more about their job")', async () => {
    expect(await asked('The Gwern job wants chainsaw tickets. Can you make my resume fit it better?')).toEqual({ action: 'optimize_resume', args: expect.objectContaining({ job: 'Gwern Timber' }) });
    expect(await asked('my uncle worked at afon trust and says they are lovely. tell me more about their job')).toEqual({ action: 'show_job', args: { job: 'Afon Trust' } });
  });

  it('shows a job asked for as a look, and scores one asked "how do I score for"', async () => {
    expect(await asked('Let me have a look at the Pennant Hill Farm job.')).toEqual({ action: 'show_job', args: { job: 'Pennant Hill Farm' } });
    expect(await asked('how do I score for #3')).toEqual({ action: 'analyze_match', args: { job: '#3' } });
  });

  it('hears a tone told as how the person wants to come across', async () => {
    expect(await asked('write the letter for pennant and sound sure of myself, I know this work')).toEqual({
      action: 'write_cover_letter',
      args: expect.objectContaining({ tone: 'confident' }),
    });
  });
});

describe('a search hidden behind a self-introduction or told in asides', () => {
  it.each([
    ["I am nurse of paediatrics from Cebu, I want to find job in Doha please", { query: 'paediatrics nurse', location: 'Doha' }],
    ["i'm an experienced welder from Porto. any jobs in Lisbon?", { query: 'welder', location: 'Lisbon' }],
    ["I've been a hotel receptionist for 6 years, I want find job in Vienna", { query: 'hotel receptionist', location: 'Vienna' }],
    ['I work as a dental nurse. What dental jobs are out there in Leeds?', { query: 'dental', location: 'Leeds' }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining(args) });
  });

  it.each([
    ['need a job quick, crane operator, ideally near Gdansk', { query: 'crane operator', location: 'Gdansk' }],
    ['ok so i really need work, scaffolder, anywhere around bristol is fine', { query: 'scaffolder', location: 'bristol' }],
    ['I search for work as bus driver in Spain, Valencia region please', { query: 'bus driver', location: 'Valencia' }],
  ])('%s', async (goal, args) => {
    const outcome = await said(goal);
    expect(outcome).toEqual({ action: 'search_jobs', args: expect.objectContaining(args) });
    // "anywhere around X" is where, not "remote".
    expect(outcome.args?.remote).toBeUndefined();
  });

  it('keeps the trade a role word follows as typed, and still corrects a slip of a request word', async () => {
    expect(await said('find truck driver jobs in Ghent')).toEqual({ action: 'search_jobs', args: { query: 'truck driver', location: 'Ghent' } });
    expect(await said('find track cyclist jobs')).toEqual({ action: 'search_jobs', args: { query: 'track cyclist' } });
    expect(await said('tailer my resume for the second one', { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } })).toEqual({
      action: 'optimize_resume',
      args: expect.objectContaining({ job: expect.stringMatching(/2|second|job_l2/) }),
    });
  });

  it.each([
    ['hi im a joiner from latvia looking for work in norway', { query: 'joiner', location: 'norway' }],
    ['looking for anything in construction, roofer or labourer, Leeds area', { query: 'construction', location: 'Leeds' }],
    ['find jobs for kotlin developers', { query: 'kotlin developers' }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining(args) });
  });

  // (Session 37: no query at all, never the word "jobs", which the boards searched as a keyword.)
  it('keeps a search for everything when nobody said a trade', async () => {
    expect(await said('I am looking for jobs in Madrid')).toEqual({ action: 'search_jobs', args: { location: 'Madrid' } });
  });
});

describe('pay said by the hour or as a range', () => {
  it.each([
    ['care worker shifts in Belfast, min £13 an hour', { query: 'care worker', location: 'Belfast', min_salary: 27_040 }],
    ['barista jobs in Cork, somewhere between €14 and €16 an hour', { query: 'barista', location: 'Cork', min_salary: 29_120 }],
    ['office manager roles in Lyon, between 35 and 40k', { query: 'office manager', location: 'Lyon', min_salary: 35_000 }],
    ['warehouse jobs leeds 24-28k', { query: 'warehouse', location: 'leeds', min_salary: 24_000 }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining(args) });
  });

  it.each([
    ['dishwasher jobs in Ghent, at least 15 euro per hour', 31_200],
    ['kitchen porter work bristol min 12/hr', 24_960],
    ['find me something as a baker in Braga, 900 a month minimum', 10_800],
  ])('%s', async (goal, floor) => {
    expect((await said(goal)).args?.min_salary).toBe(floor);
  });

  it('takes no pay from a range of years', async () => {
    const outcome = await said('find data jobs that need between 2 and 5 years of experience');
    expect(outcome.args?.min_salary).toBeUndefined();
  });
});

describe('desktop requests with the reason said after the name, and addresses under a country domain', () => {
  it.each([
    ['open outlook, i want to see if the bakery replied', 'outlook'],
    ['open slack so i can message my referral', 'slack'],
    ['pull up teams, my interview starts in 10', 'teams'],
    ['launch thunderbird because HR said they sent the contract', 'thunderbird'],
  ])('%s', async (goal, app) => {
    expect(await said(goal)).toEqual({ action: 'open_app', args: { app_name: app } });
  });

  it('launches outlook when opened, and opens its website when the words say site', async () => {
    expect(await said('open outlook')).toEqual({ action: 'open_app', args: { app_name: 'outlook' } });
    for (const goal of ['go to outlook', 'open the outlook website', 'open outlook in firefox']) {
      expect(await said(goal), goal).toEqual({ action: 'open_website', args: { url: 'https://outlook.live.com' } });
    }
    expect(await said('open github to see the repo')).toEqual({ action: 'open_website', args: { url: 'https://github.com' } });
  });

  it.each([
    ['lojaverde.com.br/carreiras - open it pls', 'lojaverde.com.br/carreiras'],
    ['go to praca.firma.pl/oferty', 'praca.firma.pl/oferty'],
    ['could you pull up acme.co.uk/careers/ops for me', 'acme.co.uk/careers/ops'],
  ])('%s', async (goal, url) => {
    expect(await said(goal)).toEqual({ action: 'open_website', args: { url } });
  });

  it('takes no address from a library name', async () => {
    expect(await said('find node.js jobs in berlin')).toEqual({ action: 'search_jobs', args: { query: 'node.js', location: 'berlin' } });
  });
});

describe('short answers and reports about the jobs in play', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  const listedKnown: KnownData = {
    ...known,
    jobs: [
      ...known.jobs,
      { id: 'job_l1', title: 'Forester', company: 'Gwern Timber' },
      { id: 'job_l2', title: 'Shepherd', company: 'Pennant Hill Farm' },
      { id: 'job_l3', title: 'Ranger', company: 'Afon Trust' },
    ],
  };

  it('asks again which, naming them, when the answer to "which one?" still fits several', async () => {
    const messages = [
      ...listed,
      { role: 'user' as const, content: 'save the welsh job' },
      { role: 'assistant' as const, content: 'Three of them are in Wales. Which one?' },
    ];
    const twoRemote = [
      { role: 'user' as const, content: 'outdoor jobs' },
      { role: 'assistant' as const, content: 'Found 3 jobs: 1. Forester at Gwern Timber (Remote, £31k) 2. Shepherd at Pennant Hill Farm (Brecon, £27k) 3. Ranger at Afon Trust (Remote, £29k)' },
      { role: 'user' as const, content: 'save the remote job' },
      { role: 'assistant' as const, content: 'Two of them are remote: Forester at Gwern Timber or Ranger at Afon Trust. Which one?' },
    ];
    const outcome = await said('um the remote one', { messages: twoRemote, references: input.references, known: listedKnown });
    expect(outcome.answer).toMatch(/which one/i);
    expect(outcome.answer).toMatch(/Gwern Timber/);
    expect(outcome.answer).toMatch(/Afon Trust/);
    // One that fits is the request asked about, for it.
    expect(await said('yeah the shepherd one', { messages, references: input.references, known: listedKnown })).toEqual({ action: 'save_job', args: { job: expect.stringMatching(/shepherd|pennant/i) } });
  });

  it('reads "remind me which …" as the question, and an application reported as sent', async () => {
    expect(await said('could you remind me which ones I got turned down by')).toEqual({ action: 'list_saved_jobs', args: { status: 'rejected' } });
    expect(await said('hollowmead app sent')).toEqual({ action: 'update_job_status', args: { job: 'Hollowmead Apiaries', status: 'applied' } });
  });
});

describe('short follow-ups that lean on the conversation', () => {
  const talkedAbout = [
    ...listed,
    { role: 'user' as const, content: 'where is the shepherd job' },
    { role: 'assistant' as const, content: 'Shepherd at Pennant Hill Farm is in Brecon.' },
  ];
  const input = { messages: talkedAbout, references: { last_job_ids: 'job_l1,job_l2,job_l3', last_job_id: 'job_l2' } };

  it.each([
    ['and how much does it pay?', 'pay'],
    ['ok so how much?', 'pay'],
    ['what about the salary', 'pay'],
    ['and when was it posted', 'posted'],
    ['and where?', 'location'],
  ])('%s asks about the job just talked about', async (goal, about) => {
    expect(await said(goal, input)).toEqual({ action: 'answer_about_job', args: { job: 'it', about } });
  });

  it('acts on a bare "how much?" only when one job was talked about', async () => {
    const outcome = await said('how much?');
    expect(outcome.action).toBeUndefined();
  });

  it('asks by what when asked to compare without saying', async () => {
    for (const goal of ['can you compare them', 'compare these three for me', 'could u compare my saved jobs']) {
      const outcome = await said(goal, { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } });
      expect(outcome.answer, goal).toMatch(/by pay.*\?$/);
    }
    expect(await said('compare them by salary', { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } })).toEqual({ action: 'compare_jobs', args: { by: 'pay' } });
  });
});

describe('typo tolerance leaves correctly spelled words alone', () => {
  it('keeps a word the advice base spells even when it is one letter from a request word', async () => {
    expect((await said('how many pages should my cv be?')).answer).toMatch(/page/i);
    expect((await said('how much notice should I give my boss')).answer).toMatch(/notice|weeks/i);
  });
});

describe('saving, letters and tailoring said in other words', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  const listedKnown: KnownData = {
    ...known,
    jobs: [
      ...known.jobs,
      { id: 'job_l1', title: 'Forester', company: 'Gwern Timber' },
      { id: 'job_l2', title: 'Shepherd', company: 'Pennant Hill Farm' },
      { id: 'job_l3', title: 'Ranger', company: 'Afon Trust' },
    ],
  };
  const asked = (goal: string) => said(goal, { ...input, known: listedKnown });

  it('saves a job put "in my saved jobs" with its note, and still moves a saved one back to the stage', async () => {
    expect(await asked("would you put the Afon one in my saved jobs with a note saying 'ask about the van'?")).toEqual({
      action: 'save_job',
      args: { job: expect.stringMatching(/afon/i), notes: 'ask about the van' },
    });
    expect(await asked('pop the second one into my shortlist')).toEqual({ action: 'save_job', args: { job: expect.stringMatching(/second/) } });
    expect(await said('move the beekeeper job back to saved')).toEqual({ action: 'update_job_status', args: { job: expect.stringMatching(/beekeeper/i), status: 'saved' } });
  });

  it('writes the letter with the tone its purpose says', async () => {
    expect(await asked('The Gwern job is the one. Could you write a letter that shows how keen I am?')).toEqual({
      action: 'write_cover_letter',
      args: { job: 'Gwern Timber', tone: 'enthusiastic' },
    });
    expect(await asked('i want pennant hill farm so much. write me a letter that sounds sure of myself')).toEqual({
      action: 'write_cover_letter',
      args: expect.objectContaining({ job: expect.stringMatching(/pennant/i), tone: 'confident' }),
    });
  });

  it('reads the part to tailor said as what should happen to it, or what to bring forward', async () => {
    expect(await asked('could my skills section be reworked so it suits the Ranger role?')).toEqual({
      action: 'optimize_resume',
      args: expect.objectContaining({ job: expect.stringMatching(/ranger/i), focus: 'skills' }),
    });
    expect(await asked('is it possible to adapt my cv for the Gwern role? play up my experience')).toEqual({
      action: 'optimize_resume',
      args: expect.objectContaining({ job: expect.stringMatching(/gwern/i), focus: 'experience' }),
    });
    expect(await asked('tweak my resume for the first one and highlight the keywords')).toEqual({
      action: 'optimize_resume',
      args: { job: 'the first one', focus: 'keywords' },
    });
  });
});

describe('a resume pointed at by its label, loosely', () => {
  it('shows the one asked about again by its label and "one"', async () => {
    expect(await said('hmm what was on the farm one again?')).toEqual({ action: 'show_resume', args: { resume: 'farm' } });
    expect(await said('remind me what the retail cv says')).toEqual({ action: 'show_resume', args: { resume: 'retail' } });
  });

  it('uses the one a sentence before prefers', async () => {
    expect(await said('For the shop jobs I reckon the retail CV is stronger. Go with that one.')).toEqual({ action: 'use_resume', args: { resume: 'retail' } });
  });

  it('reads "one" after a word no resume is labelled by as no resume', async () => {
    const outcome = await said("what's on the second one again?", { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } });
    expect(outcome.action).not.toBe('show_resume');
  });
});

describe('a correction told as a story', () => {
  it('reads where the person is now', async () => {
    expect(await said("we moved!! i'm in Hobart now, can you fix the location on my cv")).toEqual({ action: 'correct_resume', args: { location: 'Hobart' } });
  });

  it('reads a name spelled out with its accents, after a sentence saying it is wrong', async () => {
    expect(await said("The name on my cv is spelt wrong. It's Zoë Ó Súilleabháin.")).toEqual({ action: 'correct_resume', args: { name: 'Zoë Ó Súilleabháin' } });
    expect(await said('my name should be written Łukasz Żółkiewski, with the proper letters')).toEqual({ action: 'correct_resume', args: { name: 'Łukasz Żółkiewski' } });
  });
});

describe('a resume file given first, the request and its label after', () => {
  it('imports a path said before the request, with "that\'s" kept as a word', async () => {
    expect(await said("~/Desktop/cv_final_final.pdf <- that's the one, load it")).toEqual({ action: 'import_resume', args: { path: '~/Desktop/cv_final_final.pdf' } });
    expect(await said('~/Desktop/cv_final_final.pdf <- thats the one, load it')).toEqual({ action: 'import_resume', args: { path: '~/Desktop/cv_final_final.pdf' } });
  });

  it('takes a quoted label after the path', async () => {
    expect(await said("there: /home/olena/Документи/cv.docx, save it as 'ukrainian'")).toEqual({
      action: 'import_resume',
      args: { path: '/home/olena/Документи/cv.docx', label: 'ukrainian' },
    });
  });
});

describe('documents asked for without the word', () => {
  it('lists what was made when asked to see "the list", never a website called list', async () => {
    expect(await said('you wrote a few letters for me yesterday, can I see the list?')).toEqual({ action: 'list_documents', args: { kind: 'cover_letter' } });
  });

  it('exports in the format the recipient accepts, said in another sentence', async () => {
    const input = { messages: letterWritten, references: { last_document_id: 'doc_4' } };
    expect(await said('The recruiter only takes PDFs. Export the cover letter for Gwern Timber', input)).toEqual({
      action: 'export_document',
      args: { document: 'cover letter for Gwern Timber', format: 'pdf' },
    });
    expect(await said('Their portal wants a Word file. can you export it?', input)).toEqual({ action: 'export_document', args: { format: 'docx' } });
    // (With no format anywhere, the format is asked.)
    expect((await said('export the letter', input)).answer).toMatch(/which format/i);
  });
});

describe('more corrections, choices and news said loosely', () => {
  it('reads a new surname and a place said after "not there any more"', async () => {
    expect(await said('I got married so my surname is now Okafor, please update the cv')).toEqual({ action: 'correct_resume', args: { name: 'Okafor' } });
    expect(await said("i don't live in cardiff anymore, im in swansea, the cv is out of date")).toEqual({ action: 'correct_resume', args: { location: 'swansea' } });
  });

  it('uses a resume named bare by its label after "go with"', async () => {
    expect(await said('go with farm')).toEqual({ action: 'use_resume', args: { resume: 'farm' } });
  });

  it('exports for a recipient that takes a Google Doc as Word', async () => {
    expect(await said('they want a google doc, export it', { messages: letterWritten, references: { last_document_id: 'doc_4' } })).toEqual({
      action: 'export_document',
      args: { format: 'docx' },
    });
  });

  it("records the person's own no as a withdrawal", async () => {
    expect(await said("i'm not going ahead with Larkspur Dairy, the commute is too long")).toEqual({
      action: 'update_job_status',
      args: { job: 'Larkspur Dairy', status: 'withdrawn', note: 'the commute is too long' },
    });
    expect(await said('decided against hollowmead after the call')).toEqual({ action: 'update_job_status', args: { job: expect.stringMatching(/hollowmead/i), status: 'withdrawn' } });
  });
});

describe('resumes and documents asked for in chat shorthand', () => {
  it('ends a resume name at the resume word ("the retail cv for the shop one")', async () => {
    expect(await said('use the retail cv for the farm shop one')).toEqual({ action: 'use_resume', args: { resume: 'retail' } });
  });

  it('lists what was made when asked where it is', async () => {
    expect(await said('wheres my interview prep')).toEqual({ action: 'list_documents', args: { kind: 'interview_prep' } });
    expect(await said('where are the cover letters for hollowmead')).toEqual({ action: 'list_documents', args: { kind: 'cover_letter' } });
  });
});

/** Every step of a turn the planner plans, each observed as done, and its final answer. */
async function turnOf(goal: string, input: Partial<PlannerInput> = {}): Promise<{ steps: Array<{ action: string; args: Record<string, unknown> }>; answer: string }> {
  const base: PlannerInput = {
    goal,
    messages: [...(input.messages ?? []), { role: 'user', content: goal }],
    observations: [],
    references: {},
    stepsLeft: 8,
    known,
    ...input,
  };
  const steps: Array<{ action: string; args: Record<string, unknown> }> = [];
  for (let index = 0; index < 8; index++) {
    const output = await planner.decide({ ...base, observations: steps.map((step, at) => ({ index: at, ...step, ok: true, summary: `Did ${step.action}.` })), stepsLeft: 8 - steps.length });
    const parsed = parseDecision(output, registry);
    if (!parsed.ok) throw new Error(parsed.error);
    if (parsed.decision.type === 'respond') return { steps, answer: parsed.decision.answer };
    steps.push({ action: parsed.decision.step.action, args: parsed.decision.step.args });
  }
  throw new Error(`no answer after 8 steps for "${goal}"`);
}

describe('a slash inside a word is no file path', () => {
  it.each([
    'find plumber jobs near me paying $31/hr or more',
    "i'm on call 24/7 at the moment, any dispatcher jobs in leeds",
    'warehouse and/or forklift jobs in hamilton',
    'my english is 9/10, find me tour guide jobs in lisbon',
  ])('%s', async (goal) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).not.toBe('import_resume');
  });

  it('still reads a path written out, with a file name or two parts', async () => {
    expect(await said('import /home/rui/cv/latest.pdf')).toEqual({ action: 'import_resume', args: { path: '/home/rui/cv/latest.pdf' } });
    expect(await said('load my resume from ~/docs/resume-2026')).toEqual({ action: 'import_resume', args: { path: '~/docs/resume-2026' } });
    expect(await said('here is my cv: /srv/files/cv_final')).toEqual({ action: 'import_resume', args: { path: '/srv/files/cv_final' } });
  });
});

describe('a posting pasted into the chat with a question about fit', () => {
  it.each([
    [
      "saw this in the union hall newsletter: Journeyman Pipefitter, Delacroix Mechanical, Baton Rouge LA, $36/hr, 5+ years commercial piping, TIG certification required. how well would I fit?",
      'Journeyman Pipefitter',
    ],
    [
      'Night Nurse (RN) - St. Aldric Care Home, Galway. Full-time, €38k. Requirements: registered with NMBI, 2 years elder care experience, medication rounds. am i a good match?',
      'Night Nurse (RN)',
    ],
    ['do i stand a chance with this one:\nForklift Operator\nNorthgate Logistics, Leicester\nMust have a counterbalance licence and 1 year warehouse experience. £12.50 an hour.', 'Forklift Operator'],
  ])('scores it as pasted: %s', async (goal, title) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBe('analyze_match');
    expect(outcome.args?.job, goal).toBeUndefined();
    expect(String(outcome.args?.job_text).split('\n')[0], goal).toBe(title);
  });

  it('still scores a job named in a long question, not pasted', async () => {
    const outcome = await said('how well do I fit the Beekeeper one? it wants 3 years with hives and a driving licence, which I have');
    expect(outcome).toMatchObject({ action: 'analyze_match', args: { job: expect.stringMatching(/beekeeper/i) } });
  });

  it('says in words how to add a job found elsewhere', async () => {
    for (const goal of ['how do I add a job I found somewhere else?', 'i saw an opening on a flyer at the garage, how do i put it into jobpilot?']) {
      const outcome = await said(goal);
      expect(outcome.action, goal).toBeUndefined();
      expect(outcome.answer, goal).toMatch(/paste/i);
      expect(outcome.answer, goal).toContain('jobs import');
    }
  });
});

describe('"undo that" said beside the news that corrects the last change', () => {
  const marked = [
    { role: 'user' as const, content: 'mark the cheesemaker job as interviewing' },
    { role: 'assistant' as const, content: 'Marked "Cheesemaker" at Larkspur Dairy as interviewing on 2026-12-05 [job_w2].' },
  ];
  it.each([
    ['oops no, I withdrew from larkspur, undo that', 'withdrawn'],
    ['sorry my mistake - Larkspur Dairy actually rejected me. undo that', 'rejected'],
    ['whoops, undo that, i pulled out of the larkspur dairy one', 'withdrawn'],
  ])('%s → one status change', async (goal, status) => {
    const { steps } = await turnOf(goal, { messages: marked, references: { last_job_id: 'job_w2' } });
    expect(steps).toEqual([{ action: 'update_job_status', args: { job: expect.stringMatching(/larkspur/i), status } }]);
  });

  it('still undoes when the other request is a command', async () => {
    const { steps } = await turnOf('undo that and then save the hollowmead one', { messages: marked });
    expect(steps.map((step) => step.action)).toEqual(['undo', 'save_job']);
  });
});

describe('a request naming two jobs, or "both", acts on each', () => {
  const two = [
    { role: 'user' as const, content: 'dairy and bee jobs' },
    { role: 'assistant' as const, content: 'Found 2 jobs: 1. Beekeeper at Hollowmead Apiaries (Powys, £26k) 2. Cheesemaker at Larkspur Dairy (Ceredigion, £28k)' },
  ];
  const input = { messages: two, references: { last_job_ids: 'job_w1,job_w2' } };

  it.each(['save the beekeeper one and the cheese one', 'bookmark the hollowmead job and the larkspur one too', 'save the first one and the second'])('%s', async (goal) => {
    const { steps } = await turnOf(goal, input);
    expect(steps.map((step) => step.action), goal).toEqual(['save_job', 'save_job']);
    expect(new Set(steps.map((step) => String(step.args.job))).size, goal).toBe(2);
  });

  it.each(['save both', 'save them both', 'mark both of them as applied', 'keep all of them'])('%s → one step per job', async (goal) => {
    const { steps } = await turnOf(goal, input);
    expect(steps.map((step) => step.args.job), goal).toEqual(['#1', '#2']);
  });

  it('asks which when the count said is not the list', async () => {
    const outcome = await said('save both', { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } });
    expect(outcome.action).toBeUndefined();
    expect(outcome.answer).toMatch(/has 3 jobs/);
  });

  it.each([
    ['ok so the 1st and 3rd look good, save both', ['#1', '#3']],
    ['the second and third are decent. save both pls', ['#2', '#3']],
  ])('saves the places named elsewhere in the message: %s', async (goal, jobs) => {
    const { steps } = await turnOf(goal, { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } });
    expect(steps.map((step) => step.args.job), goal).toEqual(jobs);
  });
});

describe('a tone with a hedge is one tone, not another request', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3', last_job_id: 'job_l1' } };
  it.each([
    ['write a cover letter for it, confident but not cheesy', 'confident'],
    ['cover letter for the ranger one, friendly but professional', undefined],
    ['draft a letter for the second one. Bold, not arrogant.', 'confident'],
    ['write me a cover letter for gwern timber, warm but not gushy please', 'warm'],
    // Regression (session 41): "…, something confident but not cheesy" wrote a second letter "for something confident".
    ['write a letter for the second one, something punchy but not cocky', 'confident'],
    ['cover letter for gwern timber please, nothing too salesy, something warm', 'warm'],
  ])('%s', async (goal, tone) => {
    const { steps } = await turnOf(goal, input);
    expect(steps, goal).toHaveLength(1);
    expect(steps[0]?.action, goal).toBe('write_cover_letter');
    if (tone) expect(steps[0]?.args.tone, goal).toBe(tone);
    else expect(steps[0]?.args.tone, goal).toBeDefined();
  });

  it('keeps a change asked for after "then" a request of its own', async () => {
    const { steps } = await turnOf('write a cover letter for the forester job, then make it shorter', input);
    expect(steps.map((step) => step.action)).toEqual(['write_cover_letter', 'revise_cover_letter']);
  });
});

describe('the resumes, all of them, and documents that cannot be deleted', () => {
  it.each(['show me all my resumes', 'list my resumes', 'what resumes do I have?', 'which cvs have i uploaded'])('%s', async (goal) => {
    expect(await said(goal)).toEqual({ action: 'show_resume', args: { all: true } });
  });

  it.each(['delete all my cover letters', 'can you get rid of the old prep packs', 'remove my letter for the gwern timber job', 'pls clear out the drafts'])(
    '%s → says it cannot, and what it can do',
    async (goal) => {
      const outcome = await said(goal, { messages: letterWritten });
      expect(outcome.action, goal).toBeUndefined();
      expect(outcome.answer, goal).toMatch(/can't delete documents/);
      expect(outcome.answer, goal).toMatch(/list them/);
    },
  );
});

describe('a job said first, then what to ask about it', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  it.each([
    ['and the first one, whats the pay', 'the first one'],
    ['ok the third one - where is it?', 'the third one'],
    ['and the shepherd one, how much does it pay', 'shepherd|pennant'],
  ])('%s', async (goal, job) => {
    const { steps, answer } = await turnOf(goal, input);
    expect(steps, goal).toEqual([{ action: 'answer_about_job', args: expect.objectContaining({ job: expect.stringMatching(new RegExp(job, 'i')) }) }]);
    expect(answer, goal).not.toMatch(/left out/);
  });
});

describe('a search with talk before it keeps only the job in its words', () => {
  it.each([
    ['right, let us go again, glazier jobs in Cardiff', 'glazier', 'Cardiff'],
    ['hmm one more go - tiler jobs near Ghent', 'tiler', 'Ghent'],
    ['ah wait: search for me upholsterer jobs in Nantes', 'upholsterer', 'Nantes'],
    ['oops, i meant locksmith jobs in Tampere', 'locksmith', 'Tampere'],
    ['python, django jobs in Kraków', 'python, django', 'Kraków'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query, location }) });
  });

  it.each([
    ['fnd stonemason jobs in York', 'stonemason'],
    ['fidn roofer jobs in Malmö', 'roofer'],
    ['looook for deckhand jobs in Split', 'deckhand'],
  ])('reads a slip of the verb as the verb: %s', async (goal, query) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query }) });
  });
});

describe('a search asked in one sentence and its trade told in the next', () => {
  it.each([
    ['need a job!! tiler, near Porto', 'tiler', 'Porto'],
    ['looking for work. glazier. somewhere around Tartu', 'glazier', 'Tartu'],
    ['job please. florist in Bruges', 'florist', 'Bruges'],
    ['any openings? plasterer. Lyon', 'plasterer', 'Lyon'],
    ['i need a job fast. im a baker. Seville', 'baker', 'Seville'],
    ['need work - scaffolder - close to Derby', 'scaffolder', 'Derby'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query, location }) });
  });
});

describe('a search after a loose self-introduction', () => {
  it.each([
    ['i do roofing, got anything near Limerick?', 'roofing', 'Limerick'],
    ['i work in logistics, anything going in Rotterdam', 'logistics', 'Rotterdam'],
    ['been doing carpentry for 8 years, anything around Tromsø?', 'carpentry', 'Tromsø'],
    ["i'm in catering, got anything in Bilbao?", 'catering', 'Bilbao'],
    ['my background is in bookkeeping, any openings in Hull?', 'bookkeeping', 'Hull'],
    ['i used to drive buses, anything near Aarhus', 'bus driver', 'Aarhus'],
    ["i'm a qualified joiner, got anything in Inverness", 'joiner', 'Inverness'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query, location }) });
  });

  it('asks what kind of job when no trade is told, and leaves a place after a search to the follow-up', async () => {
    expect((await said('got anything in Bilbao?')).answer).toMatch(/What kind of job .*Bilbao\?/);
    const after = [
      { role: 'user' as const, content: 'find baker jobs in Porto' },
      { role: 'assistant' as const, content: 'Found 2 jobs: 1. Baker at Forno Lume (Porto) 2. Pastry Baker at Doce Vida (Porto)' },
    ];
    expect(await said('anything in Braga?', { messages: after })).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: 'baker', location: 'Braga' }) });
  });
});

describe('a person introducing themselves beside a request', () => {
  it.each([
    ['hi, my name is Oskar, find me glazier jobs in Gdańsk', 'glazier'],
    ["hello! my name's Wanjiru and i'm looking for nanny jobs in Nairobi", 'nanny'],
    ['Hey there. My name is Rui Costa. I need a job as a courier in Faro', 'courier'],
  ])('%s searches, and corrects no resume', async (goal, query) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query }) });
  });

  it('still corrects the name when the message says it is a correction', async () => {
    expect(await said('my name is actually Oskar Nowak, not Oskar Nowack, then find glazier jobs')).toMatchObject({ action: 'correct_resume', args: { name: 'Oskar Nowak' } });
  });
});

describe('a job board named alone, and a page inside the settings', () => {
  it.each(['LinkedIn', 'glassdoor?', 'hmm indeed', 'Indeed.'])('%s asks: the site, or a search there?', async (goal) => {
    expect((await said(goal)).answer, goal).toMatch(/in your browser, or search jobs there\?/);
  });

  it.each(['take me to the sound settings', 'go to my display preferences', 'navigate to the bluetooth settings'])('%s asks about the Settings app', async (goal) => {
    expect((await said(goal)).answer, goal).toMatch(/launch the Settings app\?/);
  });
});

describe('comparing the listed jobs, asked loosely', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  it.each([
    ['cash wise which is best', 'pay'],
    ['put them in order of salary', 'pay'],
    ['line those up by how well i match', 'fit'],
    ['which would i be the best at', 'fit'],
    ['top pick?', 'fit'],
    ['best one for me?', 'fit'],
    ['which one would you go for', 'fit'],
    ['any wfh ones in there?', 'remote'],
    ['could any of these be worked from home', 'remote'],
    ['r they remote', 'remote'],
    ['compare the forester one and the ranger one on pay', 'pay'],
  ])('%s → by %s', async (goal, by) => {
    expect(await said(goal, input)).toEqual({ action: 'compare_jobs', args: expect.objectContaining({ by }) });
  });

  it.each(['compare gwern and afon for me', 'how do the first two compare', 'shepherd vs ranger?'])('%s asks by what', async (goal) => {
    expect(await said(goal, input), goal).toEqual({ answer: expect.stringMatching(/^How should I compare them: by pay/) });
  });

  it('still scores the person against one job', async () => {
    expect(await said('compare my cv with the shepherd one', input)).toMatchObject({ action: 'analyze_match' });
  });
});

describe('questions about one listed job, asked loosely', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  it.each([
    ['cash on the 2nd one?', 'pay', 'the 2nd one'],
    ['salary for #3 pls', 'pay', '#3'],
    ["who's really hiring for #2, is that an agency or the farm?", 'company', '#2'],
    ['what would i really be doing every day at Afon Trust?', 'description', 'Afon'],
    ['do they need a chainsaw ticket for the forester job', 'stack', 'forester|gwern'],
    ['hold on, is the third one remote', 'remote', 'the third one'],
  ])('%s → %s', async (goal, about, job) => {
    expect(await said(goal, input)).toEqual({ action: 'answer_about_job', args: { about, job: expect.stringMatching(new RegExp(job, 'i')) } });
  });

  it("still searches when asked who's hiring for a kind of work", async () => {
    expect(await said("who's hiring for hedge layers?")).toMatchObject({ action: 'search_jobs' });
  });
});

describe('a note said beside saving a job', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  it.each([
    ['save the ranger one, referral from Gethin', 'referral from Gethin'],
    ['bookmark #2, my uncle knows the owner', 'my uncle knows the owner'],
    ['keep the first one and note that the interview is in Welsh', 'the interview is in Welsh'],
  ])('%s', async (goal, notes) => {
    expect(await said(goal, input)).toEqual({ action: 'save_job', args: expect.objectContaining({ notes }) });
  });
});

describe('a search said without a job noun', () => {
  it.each([
    ['pastry chef porto pls', { query: 'pastry chef', location: 'porto' }],
    ['bookkeeping from home', { query: 'bookkeeping', remote: true }],
    ['looking for weekend dog grooming in Haarlem', { query: 'weekend dog grooming', location: 'Haarlem' }],
    ['joiner apprenticeships in Cardiff', { query: 'joiner', location: 'Cardiff' }],
    ['wat gigs r there for van drivers in Leeds', { query: 'van drivers', location: 'Leeds' }],
    ['search tiler jobs, 15 results only, Ghent', { query: 'tiler', location: 'Ghent', limit: 15 }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining(args) });
  });

  it.each(['any of them remote?', 'play some calm music on youtube', 'honestly tired, 30 applications and nothing back'])('%s is no search', async (goal) => {
    const outcome = await said(goal, { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } });
    expect(outcome.action, goal).not.toBe('search_jobs');
  });
});

describe('the trade and where told about oneself, with an ask for work', () => {
  it.each([
    ["I'm a certified welder with 9 years in shipyards hoping to relocate to Gdynia, what's out there", 'welder', 'Gdynia'],
    ['so im a plasterer in Wexford, anything going near me?', 'plasterer', 'Wexford'],
    ["I'm a roofer and I'm moving to Hobart soon. Can you search for jobs there?", 'roofer', 'Hobart'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: expect.stringContaining(query), location }) });
  });
});

describe('more like the listed jobs, with no search left in the thread', () => {
  it('searches what the list answers, changed', async () => {
    const input = {
      references: { last_job_ids: 'job_w1,job_w2,job_r9' },
      known: { ...known, jobs: [...known.jobs, { id: 'job_r9', title: 'Apprentice Beekeeper', company: 'Clover Hives' }] },
    };
    expect(await said('more like these but in Powys', input)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query: 'beekeeper', location: 'Powys' }) });
    expect(await said('search Anglesey instead', input)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ location: expect.stringMatching(/anglesey/i) }) });
  });
});

describe('a position past the end of the list', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  it.each(['and the 4th one?', 'save #6', 'tell me about the seventh one'])('%s asks which, naming how many there are', async (goal) => {
    expect(await said(goal, input)).toEqual({ answer: expect.stringMatching(/only 3 jobs in the list: which one do you mean \(1–3\)\?/) });
  });

  it('still takes the last position there is', async () => {
    expect(await said('save the 3rd one', input)).toEqual({ action: 'save_job', args: { job: 'the 3rd one' } });
  });
});

describe('a search asked in a few other languages', () => {
  it.each([
    ['busco trabajo de panadero en Zaragoza', 'panadero', 'Zaragoza'],
    ['je cherche un emploi de cuisinier à Nantes', 'cuisinier', 'Nantes'],
    ['ich suche Arbeit als Maler in Graz', 'Maler', 'Graz'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query, location }) });
  });
});

describe('an offer the person turns down is withdrawn, one they take stays an offer', () => {
  it.each([
    ['I declined the Larkspur Dairy offer', 'withdrawn'],
    ['decided not to take the offer from Hollowmead Apiaries', 'withdrawn'],
    ['said no thanks to larkspur dairy, the commute was too long', 'withdrawn'],
    ["we're not accepting the cheesemaker offer", 'withdrawn'],
    ["we're declining the larkspur offer", 'withdrawn'],
    ["they're not taking the hollowmead offer", 'withdrawn'],
    ['i accepted the hollowmead offer!!', 'offer'],
    ['Larkspur Dairy declined my application', 'rejected'],
    ['larkspur turned me down', 'rejected'],
  ])('%s → %s', async (goal, status) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBe('update_job_status');
    expect(outcome.args?.status, goal).toBe(status);
    expect(String(outcome.args?.job), goal).toMatch(/larkspur|hollowmead|cheesemaker/i);
  });
});

describe('a resume asked to be deleted', () => {
  it.each(['could you delete the retail cv', 'i want to get rid of one of my resumes', 'bin my farm resume pls', 'pls erase the docx cv'])(
    '%s → says where it is done (the CLI, the web app), what chat can do, and asks',
    async (goal) => {
      const outcome = await said(goal);
      expect(outcome.action, goal).toBeUndefined();
      // Regression (trial s50 #49): it said resumes cannot be deleted at all, while the CLI and the web app delete them.
      expect(outcome.answer, goal).toMatch(/don't delete resumes from the chat/);
      expect(outcome.answer, goal).toContain('`jobpilot resume delete ID`');
      expect(outcome.answer, goal).toMatch(/\?$/);
    },
  );

  it('still shows or switches to a resume named with no word of deleting', async () => {
    expect(await said('show me the retail cv')).toEqual({ action: 'show_resume', args: { resume: 'retail' } });
  });
});

describe('several corrections in one sentence are one correction of each field', () => {
  it.each([
    ['the employer of my first job is Gwern Timber Ltd and my job title there was Forester', { job: 'first', company: 'Gwern Timber Ltd', position: 'Forester' }],
    ['my mobile is 07911 123456 and my email is cerys@example.cymru', { phone: '07911 123456', email: 'cerys@example.cymru' }],
    ['my title at Afon Trust was Senior Ranger and I left in 2021', { job: 'Afon Trust', position: 'Senior Ranger', end_date: '2021' }],
    ['my second job was with Pennant Hill Farm and i was shepherd there', { job: 'second', company: 'Pennant Hill Farm', position: 'shepherd' }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'correct_resume', args });
  });

  it('keeps "and" inside a value one value', async () => {
    expect(await said('my title at Gwern Timber was Head of Sales and Marketing')).toEqual({
      action: 'correct_resume',
      args: { job: 'Gwern Timber', position: 'Head of Sales and Marketing' },
    });
  });
});

describe('a phone number written with brackets keeps them', () => {
  it.each([
    ['my phone number is (029) 2018 0000 not 0001', '(029) 2018 0000'],
    ['the number on my cv is wrong, it should be (020) 7946 0321', '(020) 7946 0321'],
  ])('%s', async (goal, phone) => {
    expect(await said(goal)).toEqual({ action: 'correct_resume', args: { phone } });
  });
});

describe('a skill the reader cut short or misspelled', () => {
  it.each([
    ['my third skill should read Sheep Shearing', { skill: 'Sheep Shearing', skill_was: 'third' }],
    ['the skill Hive should say Hive Management', { skill: 'Hive Management', skill_was: 'Hive' }],
    ['one of my skills was cut off - it should be Cheese Grading not Cheese', { skill: 'Cheese Grading', skill_was: 'Cheese' }],
    ['change Chainsaw to Chainsaw Maintenance in my skills', { skill: 'Chainsaw Maintenance', skill_was: 'Chainsaw' }],
    ['my last skill is hedge laying not hedge', { skill: 'hedge laying', skill_was: 'hedge' }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'correct_resume', args });
  });

  it('reads no skill from a wish about the skills section', async () => {
    const outcome = await said('my skills should be more relevant to the hollowmead job');
    expect(outcome.args?.skill).toBeUndefined();
  });
});

describe('news in trade words, mistakes and refusals said as plans', () => {
  it.each([
    ['larkspur dairy want me in for a trial shift on saturday', 'interviewing'],
    ['Hollowmead booked me for an assessment day', 'interviewing'],
    ["the cheesemaker pay is too low so i'm going to turn down the offer from larkspur", 'withdrawn'],
  ])('%s → %s', async (goal, status) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBe('update_job_status');
    expect(outcome.args?.status, goal).toBe(status);
  });

  it('reads a change told as a mistake beside "undo" as the undo, with no job called "wrong"', async () => {
    for (const goal of ['ugh i marked the wrong job as applied, undo that', 'i accidentally set larkspur to rejected, can you revert it']) {
      const { steps } = await turnOf(goal, { references: { last_job_id: 'job_w2' } });
      expect(steps, goal).toEqual([{ action: 'undo', args: {} }]);
    }
  });
});

describe('a path said first, with only words pointing at it', () => {
  it.each([
    ['~/Documents/job applications/cv.pdf <- my resume, load it', '~/Documents/job applications/cv.pdf'],
    ['/home/rhys/Work Files/CV Rhys.docx - thats the one', '/home/rhys/Work Files/CV Rhys.docx'],
    ['"C:\\Users\\Zoë\\jobs in wales\\cv.pdf" is my cv', 'C:\\Users\\Zoë\\jobs in wales\\cv.pdf'],
  ])('%s', async (goal, path) => {
    expect(await said(goal)).toEqual({ action: 'import_resume', args: { path } });
  });

  it('still runs what is asked after the path', async () => {
    const { steps } = await turnOf('~/cv.pdf and then find me forestry jobs in wales');
    expect(steps.map((step) => step.action)).toEqual(['import_resume', 'search_jobs']);
  });
});

describe('corrections told around the value', () => {
  it('reads a name said after the kind of name it is', async () => {
    expect(await said("i've gone back to my maiden name, Cerys Pryce, can you update the cv")).toEqual({ action: 'correct_resume', args: { name: 'Cerys Pryce' } });
  });

  it('takes the date said as true, not the one after "not"', async () => {
    const outcome = await said('my job at Gwern Timber started in 2015 not 2016');
    expect(outcome).toMatchObject({ action: 'correct_resume', args: { start_date: '2015' } });
  });
});

describe('a length limit for the letter is a shorter letter', () => {
  it.each(['the hiring manager wants it under one page', 'can you keep it to 200 words max', 'it needs to fit on a single page'])('%s', async (goal) => {
    const outcome = await said(goal, { messages: letterWritten, references: { last_document_id: 'doc_4' } });
    expect(outcome).toMatchObject({ action: 'revise_cover_letter', args: { change: 'shorter' } });
  });
});

describe('a job board named alone', () => {
  it.each(['Glassdoor', 'linkedin?', 'We Work Remotely'])('%s asks: the site, or a search there', async (goal) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBeUndefined();
    expect(outcome.answer, goal).toMatch(/in your browser, or search jobs there\?/);
  });
});

describe('news told as a story: the stage reached, and when', () => {
  it.each([
    ['Hollowmead rang me back and offered me the job, i start on monday!!', 'offer'],
    ['larkspur had me in for a trial shift, then they gave me the role', 'offer'],
    ['the Larkspur Dairy thing went to a 3rd round, then I turned down their offer', 'withdrawn'],
  ])('%s → one step, %s', async (goal, status) => {
    const { steps } = await turnOf(goal);
    expect(steps, goal).toHaveLength(1);
    expect(steps[0]).toMatchObject({ action: 'update_job_status', args: { status } });
  });

  it.each([
    ['got a video interview with hollowmead on thursday', 'video interview with hollowmead on thursday|on thursday'],
    ['Larkspur Dairy booked my final round for 3rd March', 'final round for 3rd March|3rd March'],
  ])('%s keeps when as a note', async (goal, note) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBe('update_job_status');
    expect(String(outcome.args?.note), goal).toMatch(new RegExp(note, 'i'));
  });

  it('reads "the 2nd round" as a stage, never as the second job of a list', async () => {
    const outcome = await said('the larkspur one moved on to the 2nd round', { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } });
    expect(outcome).toMatchObject({ action: 'update_job_status', args: { job: expect.stringMatching(/larkspur/i), status: 'interviewing' } });
  });
});

describe('letters: who they are for, and which letter', () => {
  const input = { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } };
  it.each([
    ['write me a letter to apply for the ranger job. the head ranger is Mererid Hughes', 'ranger', 'Mererid Hughes'],
    ['cover letter for gwern timber pls, hiring mgr is Mr. Owain Price', 'gwern', 'Owain Price'],
  ])('%s', async (goal, job, manager) => {
    const outcome = await said(goal, input);
    expect(outcome.action, goal).toBe('write_cover_letter');
    expect(String(outcome.args?.job), goal).toMatch(new RegExp(job, 'i'));
    expect(outcome.args?.hiring_manager, goal).toBe(manager);
  });

  it('keeps the letter named in another piece of the message', async () => {
    const outcome = await said('the Gwern Timber letter is far too chatty, make it more formal', { messages: letterWritten, references: { last_document_id: 'doc_4' } });
    expect(outcome).toMatchObject({ action: 'revise_cover_letter', args: { change: 'more_formal', document: 'Gwern Timber' } });
  });
});

describe('a question about one job the person was shown is that job\'s request', () => {
  it('prepares for the interview a question asks about', async () => {
    const outcome = await said("what will the interview at Afon Trust be like? i've never done a panel one", { messages: listed, references: { last_job_ids: 'job_l1,job_l2,job_l3' } });
    expect(outcome).toMatchObject({ action: 'create_interview_prep', args: { job: expect.stringMatching(/afon/i) } });
  });
});

describe('resumes named loosely, and files named in words', () => {
  it.each([
    ['switch to my word document cv', 'docx'],
    ['use the plain text version from now on', 'txt'],
    ['go with retail for matching', 'retail'],
  ])('%s → %s', async (goal, resume) => {
    expect(await said(goal)).toEqual({ action: 'use_resume', args: { resume } });
  });

  it.each([
    ['my cv is in my downloads, the file is called "Cerys Pryce CV.pdf"', '~/Downloads/Cerys Pryce CV.pdf'],
    ["saved it on the desktop, it's named forester-cv.docx", '~/Desktop/forester-cv.docx'],
  ])('%s', async (goal, path) => {
    expect(await said(goal)).toEqual({ action: 'import_resume', args: { path } });
  });

  it('asks what "open cv" means', async () => {
    const outcome = await said('open resume');
    expect(outcome.action).toBeUndefined();
    expect(outcome.answer).toMatch(/\?/);
  });
});

describe('a job line corrected without naming the field', () => {
  it.each([
    ['the second job should say Pennant Hill Farm Ltd not Pennant Hill', { job: 'second', company: 'Pennant Hill Farm Ltd' }],
    ['my latest job should read Senior Forester', { job: 'latest', position: 'Senior Forester' }],
    ["my last role hasn't finished, its end date should be present", { job: 'latest', end_date: 'present' }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'correct_resume', args });
  });
});

describe('the documents, said loosely', () => {
  it('lists the prep stuff', async () => {
    expect(await said('show me the prep stuff')).toEqual({ action: 'list_documents', args: { kind: 'interview_prep' } });
  });
});

describe('a correctly spelled word one first letter from a phrasing word stays as typed', () => {
  it.each([
    ['find me a job as a walking tour guide in rome', 'walking tour guide', 'rome'],
    ['find carpenter work in wales', 'carpenter', 'wales'],
    ['nursing jobs in reading', 'nursing', 'reading'],
    ['dairy farmer jobs in cork', 'dairy farmer', 'cork'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query, location }) });
  });
});

describe("an offer told, then the person's own no in the next piece", () => {
  it.each([
    'Hollowmead offered me the role but I said no',
    'larkspur dairy made me an offer. i declined',
    'the beekeeper people offered it to me but i passed on it',
    "Larkspur offered me the cheesemaker job, but i'm not taking it",
  ])('%s → withdrawn, one step', async (goal) => {
    const { steps } = await turnOf(goal);
    expect(steps, goal).toEqual([{ action: 'update_job_status', args: expect.objectContaining({ job: expect.stringMatching(/larkspur|hollowmead|beekeeper|cheesemaker/i), status: 'withdrawn' }) }]);
  });

  it('asks which job when a bare no names none and nothing is in play', async () => {
    expect((await said('i said no')).answer).toMatch(/Which job/);
  });
});

describe('a lead-in to news is no search', () => {
  it.each([
    ['heads up, I sent my application to Hollowmead Apiaries yesterday', 'applied'],
    ['fyi - larkspur turned me down', 'rejected'],
    ['just so you know, I applied to the beekeeper job', 'applied'],
    ['quick update: larkspur made me an offer', 'offer'],
  ])('%s', async (goal, status) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBe('update_job_status');
    expect(outcome.args?.status, goal).toBe(status);
  });
});

describe('a search said with a place nickname, the hours, or "round here"', () => {
  it.each([
    ['need bartender gigs in philly', 'bartender', 'Philadelphia'],
    ['any barista jobs in san fran?', 'barista', 'San Francisco'],
    ['looking for welding work around brum', 'welding', 'Birmingham'],
    ['chef jobs in Joburg', 'chef', 'Johannesburg'],
    // (The hours are the employment type, a filter, not search words: career38.)
    ['looking for shop assistant part time in galway', 'shop assistant', 'galway'],
    ['kitchen porter part-time in bristol', 'kitchen porter', 'bristol'],
    ['im a roofer in leeds, anything going round here?', 'roofer', 'leeds'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: expect.objectContaining({ query, location }) });
  });
});

describe('a short posting pasted with a label or a fit question without its mark', () => {
  it.each([
    'Posting: Bus Driver, Metro Transit, Leeds, £14/hr, needs PCV licence and 1 year experience. do i fit',
    'Job: Dental Nurse, Smile Clinic, Galway, €16/hr, requires 1 yr experience. Am I a good fit',
    "here's one: Baker, Crumb & Co, $19/hr, 2 years experience required. do i fit?",
  ])('%s', async (goal) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBe('analyze_match');
    expect(String(outcome.args?.job_text), goal).toMatch(/experience/);
  });
});

describe('the saved list asked with a relative clause, and results ordered by when they were posted', () => {
  it.each(['Kindly list all jobs which I have bookmarked before.', 'show me the jobs that i saved earlier', 'display the jobs which i bookmarked already'])(
    '%s',
    async (goal) => {
      expect(await said(goal)).toEqual({ action: 'list_saved_jobs', args: {} });
    },
  );

  it.each(['sort these by how recently they were posted', 'rank them by when they went up', 'order the results by how long ago they were listed'])('%s', async (goal) => {
    const outcome = await said(goal, { messages: listed, references: { last_job_ids: 'j1,j2,j3' } });
    expect(outcome, goal).toEqual({ action: 'compare_jobs', args: expect.objectContaining({ by: 'recent' }) });
  });
});

describe('why news happened, or what an offer came with, is kept as its note', () => {
  it.each([
    ['I withdrew from larkspur, the pay was too low', 'withdrawn', 'the pay was too low'],
    ['I pulled out of the hollowmead application because the hours are mad', 'withdrawn', 'the hours are mad'],
    ['hollowmead made me an offer, 32k!', 'offer', '32k'],
    ['larkspur offered me £14.50 an hour', 'offer', '£14.50 an hour'],
  ])('%s', async (goal, status, note) => {
    expect(await said(goal)).toEqual({ action: 'update_job_status', args: { job: expect.any(String), status, note } });
  });

  it('adds no note when none was told', async () => {
    expect(await said('larkspur rejected me')).toEqual({ action: 'update_job_status', args: { job: 'Larkspur Dairy', status: 'rejected' } });
  });
});

describe('how-to questions about adding outside jobs and removing resumes are answered', () => {
  it.each(['can I add a job from another website?', 'can i add a job from a different site', 'can i import a job listing from somewhere else'])('%s', async (goal) => {
    expect((await said(goal)).answer, goal).toMatch(/Paste the posting/);
  });

  it.each(['how do I remove an old resume?', 'how can i get rid of an outdated cv'])('%s', async (goal) => {
    expect((await said(goal)).answer, goal).toMatch(/from the chat .*`jobpilot resume delete ID`/);
  });

  it.each([
    'should i delete my old retail jobs off my cv',
    'is it ok to take roles from 2005 off my resume',
    'can I leave my jobs from the nineties out of my CV?',
  ])('still answers whether to drop old jobs from a resume: %s', async (goal) => {
    expect((await said(goal)).answer, goal).toMatch(/old jobs in another field/);
  });
});

describe('a search told as a list of pieces, with no preposition tying the role to where', () => {
  it.each([
    ['plumber, full time, anywhere in Ontario', { query: 'full time plumber', location: 'Ontario' }],
    ['welder, contract, somewhere in Queensland', { query: 'welder', location: 'Queensland' }],
    ['Search: veterinary nurse, Bristol, newest first', { query: 'veterinary nurse', location: 'Bristol', sort: 'recent' }],
    ['find: forklift operator, Dayton OH', { query: 'forklift operator', location: 'Dayton OH' }],
    ['jobs for pastry chef Lyon', { query: 'pastry chef', location: 'Lyon' }],
    ['get me something in marketing, Madrid, over 40k', { query: 'marketing', location: 'Madrid', min_salary: 40_000 }],
    ['i just got laid off and honestly freaking out. java developer, remote, us hours', { query: 'java developer', remote: true }],
  ])('%s', async (goal, args) => {
    const outcome = await said(goal);
    expect(outcome.action, goal).toBe('search_jobs');
    expect(outcome.args, goal).toMatchObject(args);
  });

  it.each([
    ['any roofer jobs? Leeds or anywhere in Yorkshire', 'roofer', 'Yorkshire'],
    ['Any openings for a barista? Galway or anywhere in Connacht', 'barista', 'Connacht'],
    ['i do bricklaying and roofing, any jobs in swansea?', 'bricklaying', 'swansea'],
  ])('takes where from a piece of its own, or the trade told before: %s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: { query, location } });
  });

  it('keeps a story that names no trade out of the search', async () => {
    expect((await said('my visa is nearly up, honestly, stressed, tired')).action).toBeUndefined();
  });
});

describe('"go back" after a no is taking back the last change', () => {
  it.each(['no no no go back', 'no no no, go back', 'nope, nope go back', 'ugh no, go back please', 'no wait undo undo'])('%s', async (goal) => {
    expect(await said(goal)).toEqual({ action: 'undo', args: {} });
  });
});

describe('a trade told, then where asked after "anything"', () => {
  it.each([
    ['im a tree surgeon - is there anything near asheville NC?', 'tree surgeon', 'asheville NC'],
    ["i'm a glazier (windows mostly) - anything around Perth?", 'glazier', 'Perth'],
    ['I am a farrier, is there anything going in Kildare', 'farrier', 'Kildare'],
  ])('%s', async (goal, query, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: { query, location } });
  });
});

describe('"make that X instead" is a search, or the last search changed', () => {
  const searched = [
    { role: 'user' as const, content: 'find shepherd jobs in wales' },
    { role: 'assistant' as const, content: 'Found 2 jobs: 1. Shepherd at Pennant Hill Farm (Brecon, £27k) 2. Shepherd at Hafod (Bala, £26k)' },
  ];
  it.each([
    ['wait actually make that roofer jobs in Derby instead', { query: 'roofer', location: 'Derby' }],
    ['no sorry make that plumber jobs in Leeds instead', { query: 'plumber', location: 'Leeds' }],
    ['actually change that to welding jobs in Cork', { query: 'welding', location: 'Cork' }],
  ])('%s', async (goal, args) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args });
  });

  it('changes the last search: "make it remote instead", "hmm make that Glasgow instead"', async () => {
    expect(await said('make it remote instead', { messages: searched })).toEqual({ action: 'search_jobs', args: { query: 'shepherd', remote: true } });
    expect(await said('hmm make that Glasgow instead', { messages: searched })).toEqual({ action: 'search_jobs', args: { query: 'shepherd', location: 'Glasgow' } });
  });

  it('leaves "make it shorter" to the letter', async () => {
    expect(await said('make it shorter', { messages: letterWritten, references: { last_document_id: 'doc_4' } })).toEqual({ action: 'revise_cover_letter', args: { change: 'shorter' } });
  });
});

describe('any work at all, with where told in a piece of its own', () => {
  it.each([
    ['i need a job. any job honestly. in sligo. cafe or shop whatever', 'sligo'],
    ['need work bad. any job. in leeds pls', 'leeds'],
    ['any job at all tbh, around Swindon', 'Swindon'],
    ['i just want a job. anything really. near Galway', 'Galway'],
  ])('%s', async (goal, location) => {
    expect(await said(goal)).toEqual({ action: 'search_jobs', args: { location } });
  });

  it('still asks what kind of job when nothing else is said', async () => {
    expect((await said('i need a job')).answer).toMatch(/What kind of job/);
  });
});
