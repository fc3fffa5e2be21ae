import type { z } from 'zod';
import { definePhrasing, type Reading } from '../phrasing/phrasing.ts';
import type { listDocumentsArgs } from './args.ts';
import { listDocumentsUtterances } from './utterances.ts';

type Args = z.input<typeof listDocumentsArgs>;

const kinds =
  '(?:documents?|docs|files|letters|cover\\s*letters|interview\\s+preps?|interview\\s+prep(?:aration)?\\s+(?:packs|docs|notes|stuff|things|materials|files)|prep\\s+(?:packs|stuff|things|materials|notes)|preps|cover\\s*letter\\s+(?:stuff|drafts)|tailored\\s+(?:resumes|cvs)|resume\\s+versions|tailored\\s+versions|drafts|writings)';

function kindOf(words: string | undefined): Reading<Args> {
  const text = words ?? '';
  if (/letter/.test(text)) return { args: { kind: 'cover_letter' } };
  if (/prep|interview/.test(text)) return { args: { kind: 'interview_prep' } };
  if (/resume|cv|version/.test(text)) return { args: { kind: 'resume' } };
  return { args: {} };
}

/** Said when asked to delete documents. */
const cannotDelete =
  "I can't delete documents: jobpilot keeps every cover letter, prep pack and tailored resume it writes (a revision is stored beside the one it came from, never over it). I can list them (\"show my cover letters\"), export one as a PDF or DOCX, or write a new version. Shall I list them?";

/** How people ask what has been written for them: "show my documents", "list my cover letters", "what prep packs have you made?". */
export const listDocumentsPhrasing = definePhrasing<Args>({
  priority: 21,
  utterances: listDocumentsUtterances,
  readSentence: (clause) => kindOf(clause.lower),
  capability: 'list your documents',
  describe: ({ kind }) => (kind ? `list your ${kind.replace('_', ' ')} documents` : 'list your documents'),
  intents: [
    {
      // "delete all my cover letters", "get rid of the old prep packs": not something jobpilot does; said plainly, with what it can do.
      pattern:
        /^(?:(?:please|pls|can\s+you|could\s+you|i\s+want\s+to|i'?d\s+like\s+to|i\s+need\s+to|how\s+do\s+i)\s+)*(?:delete|remove|erase|clear(?:\s+out)?|trash|bin|wipe|discard|purge|throw\s+(?:away|out)|get\s+rid\s+of|clean\s+up)\s+(?:all\s+)?(?:of\s+)?(?:(?:my|the|those|these|that|this|your|old|older|previous|other|extra|earlier|saved|generated)\s+)*(?:[\p{L}\p{N}-]+\s+){0,2}?(?:cover\s*letters?|letters?|docs?|documents?|interview\s+preps?|prep\s+(?:packs?|docs?|notes?)|preps?|drafts?|tailored\s+(?:resumes?|cvs?)|(?:letter|document)\s+versions?)\b.*$/u,
      confidence: 'certain',
      questions: true,
      read: () => ({ reply: cannotDelete }),
    },
    {
      pattern: new RegExp(
        `^(?:(?:show|list|view|see|display|get|give|open|pull\\s+up|what\\s+are|where\\s+are)(?:\\s+me)?\\s+)?(?:all\\s+)?(?:of\\s+)?(?:(?:my|the|your)\\s+)?(?:saved\\s+|generated\\s+|written\\s+|previous\\s+|old\\s+)?(?<kind>${kinds})(?:\\s+(?:so far|you (?:wrote|made)))?$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => kindOf(groups.kind),
    },
    {
      pattern: new RegExp(
        `^(?:what|which)\\s+(?<kind>${kinds}|interview\\s+prep|cover\\s+letter)?\\s*(?:have|did)\\s+(?:you|we|i)\\s+(?:made|make|written|write|created|create|generated|generate|got|saved|drafted)(?:\\s+(?:so far|for me|yet|until now))*$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups }) => kindOf(groups.kind),
    },
    {
      // "where's the prep stuff you made me", "show me the things you wrote for me so far": what jobpilot
      // made, said without "documents"; the kind when one is said. (A singular "the letter you wrote" is one document.)
      pattern:
        /^(?:where(?:'s|s|\s+is|\s+are|'re)|(?:show|give|get|pull\s+up|list|open)(?:\s+me)?|i\s+(?:want|need)\s+(?:to\s+see\s+)?)\s+(?:all\s+)?(?:(?:of\s+)?(?:the|my|that|those|your)\s+)?(?<kind>(?:(?:cover|motivation|interview|prep|practice|tailored)\s+)*(?:stuff|things|letters|preps?|docs|documents|notes|materials|packs|files|drafts|resumes|cvs|versions))\s+(?:that\s+)?(?:you|u)(?:'ve|\s+have)?\s+(?:made|wrote|written|did|done|created|generated|drafted|prepared|put\s+together)(?:\s+(?:for\s+)?me)?(?:\s+(?:so\s+far|earlier|before|already|yet))*$/,
      questions: true,
      // Things "you made me" are never a job to ask about ("where's …" reads as one otherwise).
      confidence: 'certain',
      read: ({ groups }) => kindOf(groups.kind),
    },
    {
      // "where's my interview prep", "where are the cover letters for Brisling": what was made, asked where it is.
      pattern:
        /^where(?:'s|s|\s+is|\s+are|'re)\s+(?:all\s+)?(?:my|the)\s+(?<kind>(?:(?:cover|motivation|interview|prep|practice)\s+)*(?:letters?|preps?|prep\s+(?:stuff|packs?|docs?|notes?|materials?)|documents|docs))(?:\s+(?:for|about)\s+.+)?$/,
      questions: true,
      // (Letters and prep are never where a job is: "where are the letters for Acme" is no question about its place.)
      confidence: 'certain',
      read: ({ groups }) => kindOf(groups.kind),
    },
    {
      // "did i make any interview prep stuff yet?", "have you got any letters for me", "do i have any prep docs": asking whether one exists.
      pattern:
        /^(?:(?:did|have|has|do|does)\s+(?:i|you|we|u)\s+(?:(?:already|ever|actually)\s+)?(?:make|made|write|written|wrote|create|created|generate|generated|get|got|save|saved|draft|drafted|have|do|done)\s+|is\s+there\s+|are\s+there\s+|got\s+)?any\s+(?<kind>(?:(?:cover|motivation|application|interview|prep|practice|tailored)\s+)*(?:letters?|preps?|prep\s+(?:stuff|packs?|docs?|notes?|materials?)|packs?|docs?|documents?|notes?|stuff|resumes?|cvs?|versions?|drafts?))(?:\s+(?:for\s+me|so\s+far|yet|already|on\s+file|saved|from\s+you|you\s+(?:made|wrote)))*$/,
      questions: true,
      // (A bare "any resumes" may mean the ones imported: that is not this list.)
      read: ({ groups }) => (/letter|prep|interview|tailored|version|doc|draft/.test(groups.kind ?? '') ? kindOf(groups.kind) : null),
    },
  ],
  examples: [
    { say: 'show me all my docs', args: { kind: null } },
    { say: 'list the cover letters', args: { kind: 'cover_letter' } },
    { say: 'which prep packs have you written?', args: { kind: 'interview_prep' } },
    { say: 'show me my tailored resumes', args: { kind: 'resume' } },
    { say: 'have you made any prep notes yet?', args: { kind: 'interview_prep' } },
  ],
  counterExamples: ['show me my cv', 'write a cover letter for the Stripe job'],
});
