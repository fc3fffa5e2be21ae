import type { z } from 'zod';
import { readJob } from '../phrasing/job-references.ts';
import { definePhrasing, leadingVerb } from '../phrasing/phrasing.ts';
import { splitNote } from '../phrasing/split-note.ts';
import type { saveJobArgs } from './args.ts';
import { saveJobUtterances } from './utterances.ts';
import { jobSentenceReader } from '../phrasing/find-job.ts';

type Args = z.input<typeof saveJobArgs>;

const verbs = ['save', 'bookmark', 'keep', 'star', 'shortlist', 'remember', 'track', 'add', 'put', 'stash', 'pin', 'hold on to', 'hang on to'];
const destination =
  /(?<!\s)\s+(?:for later|to (?:my |the )?(?:saved(?: jobs)?|list|shortlist|tracker|job tracker|favou?rites|bookmarks|pipeline)|in (?:my |the )?(?:saved(?: jobs)?|list|tracker|favou?rites)|as (?:a )?(?:favou?rite|bookmark))$/i;

/** "a note to the Staff one: …", "note on the second job - …": a note said before the job it is for. */
const noteToJob = /^(?:a\s+)?notes?\s+(?:to|on|for)\s+(?<job>.+?)\s*(?::|\s-|—|,)\s*(?<note>\S.*)$/i;

/** How people keep a job: "save the second one", "bookmark it, note: referral from Ana". */
export const saveJobPhrasing = definePhrasing<Args>({
  priority: 33,
  utterances: saveJobUtterances,
  readSentence: jobSentenceReader(),
  capability: 'save jobs',
  describe: ({ job }) => `save ${job}`,
  produces: ['last_job_id'],
  intents: [
    {
      pattern: leadingVerb(verbs),
      read: ({ original }, context) => {
        // "add a note to the Staff one: spoke to the CTO": the note first, then the job it is kept with.
        const noteFirst = noteToJob.exec(original('target') ?? '')?.groups;
        const { rest, note } = noteFirst ? { rest: noteFirst.job ?? '', note: noteFirst.note } : splitNote(original('target') ?? '');
        const reading = readJob(rest.replace(destination, ''), context);
        if (!reading) return null;
        return 'job' in reading ? { args: { job: reading.job, notes: note } } : { reply: reading.reply };
      },
    },
  ],
  examples: [
    { say: 'save the second one', args: { job: 'the second one' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a' } },
    { say: 'save it with a note: referral from Ana', args: { job: 'it', notes: 'referral from Ana' }, references: { last_job_id: '3f9a1c0b7d2e' } },
    { say: 'bookmark the globex posting for later', args: { job: 'globex' }, references: { last_job_ids: '3f9a1c0b7d2e' } },
    { say: 'add #3 to my list', args: { job: '#3' }, references: { last_job_ids: '3f9a1c0b7d2e,8c41d09e2b7a,51e0f7a9c3d4' } },
  ],
  counterExamples: ['save a picture of my screen', 'save this as a pdf'],
});
