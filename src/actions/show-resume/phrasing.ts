import type { z } from 'zod';
import { definePhrasing, type Reading } from '../phrasing/phrasing.ts';
import { findResume, namesResume } from '../phrasing/find-resume.ts';
import type { showResumeArgs } from './args.ts';
import { showResumeUtterances } from './utterances.ts';

type Args = z.input<typeof showResumeArgs>;

const resumeWord = '(?:resume|résumé|cv)';
/** "the CV you have on file for me": the one jobpilot holds. */
const onFile = '(?:\\s+(?:(?:that\\s+)?(?:you|u)\\s+(?:have|hold|keep|stored?|saved)|(?:that\\s+)?i\\s+(?:gave|sent|uploaded)(?:\\s+(?:you|u))?|on\\s+file|for\\s+me))*';
/** Resumes in the plural, never the tailored versions (those are documents). */
const resumeWords = '(?:resumes|résumés|cvs|resume\\s+files|cv\\s+files)';
/** A sentence about every stored resume, wherever the classifier placed it. */
const severalResumes = /\b(?:all\s+(?:of\s+)?(?:my|the)\s+(?:resumes|cvs)|(?:my|the)\s+(?:resumes|cvs)\b(?!\s+(?:for|called))|(?:what|which|how\s+many)\s+(?:resumes|cvs)\b)/;

/** Words that say "the one I use", not which one. */
const current = /^(?:current|active|latest|main|default|existing|imported|present|whole|full|entire|own)$/;

/** Said when asked to delete a resume in chat: where it is done (the CLI, the web app), and what chat can do instead. */
const cannotDelete =
  'I don\'t delete resumes from the chat (a deleted version cannot be brought back): `jobpilot resume list` shows each version\'s id and `jobpilot resume delete ID` deletes one, as does Delete on the web app\'s Resume screen; letters and prep packs written from it stay. Here I can switch the one I use ("use my other resume"), show them all ("show all my resumes"), correct what I read, or import a new one. Which would you like?';

/** "delete the hotel resume", "can you get rid of my old cv", "i want to remove one of my resumes" (tailored versions are documents). */
const deleteResume =
  /^(?:(?:please|pls|plz|can\s+(?:you|u|i)|could\s+(?:you|u|i)|i\s+want\s+to|i\s+wanna|i'?d\s+like\s+to|i\s+need\s+to|how\s+(?:do|can)\s+i|is\s+there\s+a\s+way\s+to|let'?s|let\s+me|just|also)\s+)*(?:delete|remove|erase|trash|bin|wipe|discard|purge|throw\s+(?:away|out)|get\s+rid\s+of|ditch|scrap|dump|nuke|clear\s+out)\s+(?!.*\btailored\b)(?:(?:all|one|some|any|both)\s+(?:of\s+)?)?(?:(?:my|the|those|these|that|this|your|old|older|previous|other|extra|outdated|duplicate|unused|current|active)\s+)*(?:[\p{L}\p{N}._-]+\s+){0,3}?(?:resumes?|résumés?|cvs?)\b.*$/u;

/**
 * "how many years welding experience I have?", "how much experience do i have in sales", "how long have I worked as a
 * nurse": the person's own years, answered from the resume, never advice for someone without experience (trial s50 #50).
 */
export const ownYears =
  /\bhow\s+(?:many|much)\s+(?:years?\s+|yrs?\s+)?(?:of\s+)?(?:[\p{L}/&-]+\s+){0,3}?(?:experience|exp|work(?:ing)?\s+experience)\b.*?\b(?:do\s+i\s+(?:really\s+)?have|i\s+(?:have|got|had)|i'?ve\s+got|have\s+i(?:\s+got)?|does\s+my\s+(?:cv|resume|résumé)\s+(?:show|say)|(?:is|are)\s+(?:on|in)\s+my\s+(?:cv|resume|résumé))\b|\bhow\s+(?:many\s+years|long)\s+(?:have\s+i|i\s+have|i'?ve|did\s+i|i)\s+(?:been\s+)?(?:work(?:ed|ing)?|do(?:ing|ne)?)\b|\bhow\s+many\s+years\s+(?:of\s+)?(?:experience\s+)?(?:does\s+my\s+(?:cv|resume|résumé)\s+(?:show|say)|(?:is|are)\s+on\s+my\s+(?:cv|resume|résumé))\b/u;

/** How people look at a resume: "show me my resume", "what does my CV look like?", "show the frontend resume". */
export const showResumePhrasing = definePhrasing<Args>({
  priority: 22,
  utterances: showResumeUtterances,
  readSentence: (clause, context) => {
    if (ownYears.test(clause.lower)) return { args: { years: true } };
    if (severalResumes.test(clause.lower)) return { args: { all: true } };
    const named = findResume(clause.text, context);
    return named === null ? { args: {} } : 'reply' in named ? named : { args: { resume: named.resume } };
  },
  capability: 'show your resume',
  describe: ({ resume, all, years }) => (all ? 'list your resumes' : years ? 'count your years of experience from your resume' : resume ? `show the ${resume} resume` : 'show your resume'),
  intents: [
    {
      pattern: ownYears,
      confidence: 'certain',
      questions: true,
      read: ({ clause }, context) => {
        const named = findResume(clause.text, context);
        return named !== null && 'resume' in named ? { args: { resume: named.resume, years: true } } : { args: { years: true } };
      },
    },
    {
      // "delete the hotel resume": jobpilot deletes no resume; said plainly, with what it can do (never shown or switched to).
      pattern: deleteResume,
      confidence: 'certain',
      questions: true,
      read: () => ({ reply: cannotDelete }),
    },
    {
      // "open cv": no "my" or "the", so it may be the resume jobpilot holds or a file to open or import; asked.
      pattern: /^(?:open|opn)\s+(?:a\s+)?(?:resume|résumé|cv)(?:\s+file)?$/,
      confidence: 'certain',
      read: () => ({
        reply: 'Do you want to see the resume I have for you, or open a resume file? Say "show my resume", or give me the file\'s path to import it (e.g. "import ~/Documents/cv.pdf").',
      }),
    },
    {
      // "show me all my resumes", "what resumes do I have?", "list the cvs I uploaded": every one, not the active one.
      pattern: new RegExp(
        `^(?:(?:show|list|view|see|display|give|get|pull\\s+up|bring\\s+up|what\\s+are)(?:\\s+me)?\\s+)?(?:all\\s+)?(?:of\\s+)?(?:my|the|your)\\s+(?:(?:stored|saved|imported|uploaded|different|other)\\s+)?${resumeWords}${onFile}$` +
          `|^(?:what|which|how\\s+many)\\s+(?:other\\s+)?${resumeWords}\\s+(?:do|have|did)\\s+(?:i|you|we)\\s*(?:have|got|uploaded|upload|imported|import|stored|store|saved|save)?(?:\\s+(?:on\\s+file|stored|so\\s+far|with\\s+you|in\\s+here|there))*$`,
      ),
      questions: true,
      confidence: 'certain',
      read: () => ({ args: { all: true } }),
    },
    {
      pattern: new RegExp(
        `^(?:show|view|see|display|print|open|pull\\s+up|bring\\s+up|read|give|check|review|look\\s+at|read\\s+back)(?:\\s+me)?\\s+(?:(?:my|the|our)\\s+(?:(?<which>.+?)\\s+)?)?${resumeWord}${onFile}$`,
      ),
      read: ({ groups, original }) => which(groups.which, original('which')),
    },
    {
      // By its id or its quoted label, as `use_resume` reads them: "show resume res_3f9a2c41d0", "view the cv \"ines (2)\"".
      pattern: new RegExp(
        `^(?:show|view|see|display|print|open|pull\\s+up|bring\\s+up|read|check|review|look\\s+at)(?:\\s+me)?\\s+(?:(?:my|the)\\s+)?${resumeWord}\\s+(?<which>res_[a-z0-9_]+|["“'][^"”']+["”'])$`,
      ),
      read: ({ groups, original }) => which(groups.which, original('which')?.replace(/^["“']|["”']$/g, '')),
    },
    {
      // "gimme the legacy one", "could I see the md version?": a resume the person has, by its label or format.
      pattern: /^(?:show|view|see|display|pull\s+up|bring\s+up|open|look\s+at|check|give|gimme|get)(?:\s+me)?\s+(?:my|the|that)\s+(?<which>[\p{L}\p{N}+#._-]+(?:\s+[\p{L}\p{N}+#._-]+)?)\s+(?:one|version|copy)$/u,
      questions: true,
      read: ({ groups, original }, context) => (namesResume(groups.which ?? '', context) ? which(groups.which, original('which')) : null),
    },
    {
      pattern: new RegExp(
        `^(?:what\\s+does\\s+my\\s+(?:(?<which>\\S+)\\s+)?${resumeWord}\\s+(?:look\\s+like|say)|what(?:'s|\\s+is)\\s+(?:in|on)\\s+my\\s+${resumeWord}|which\\s+${resumeWord}\\s+am\\s+i\\s+using|where(?:'s|\\s+is)\\s+my\\s+${resumeWord}|what\\s+${resumeWord}\\s+(?:am\\s+i\\s+using|is\\s+active))$`,
      ),
      questions: true,
      read: ({ groups, original }) => which(groups.which, original('which')),
    },
    {
      // "what's on the management one again?", "remind me what the academic cv says": a resume by its label, asked about again.
      pattern: new RegExp(
        `^(?:remind\\s+me\\s+)?what(?:'s|s|\\s+is|\\s+was|\\s+does|\\s+did)?\\s+(?:(?:on|in)\\s+)?(?:my|the|that)\\s+(?<which>[\\p{L}\\p{N}+#._-]+(?:\\s+[\\p{L}\\p{N}+#._-]+)?)\\s+(?<noun>one|version|copy|${resumeWord})(?:\\s+(?:say|says|said|look\\s+like|looks\\s+like|contain|contains|have\\s+on\\s+it|again))*$`,
        'u',
      ),
      questions: true,
      read: ({ groups, original }, context) =>
        /^(?:one|version|copy)$/.test(groups.noun ?? '') && !namesResume(groups.which ?? '', context) ? null : which(groups.which, original('which')),
    },
  ],
  examples: [
    { say: 'show me my cv', args: { resume: null } },
    { say: 'what does my resume say?', args: { resume: null } },
    { say: 'view the design resume', args: { resume: 'design' } },
    { say: 'show resume res_3f9a2c41d0', args: { resume: 'res_3f9a2c41d0' } },
    { say: 'show me all my resumes', args: { all: true } },
    { say: 'what resumes do I have?', args: { all: true } },
  ],
  counterExamples: ['show my tailored resumes', 'use my backend resume', 'delete the design resume'],
});

function which(lower: string | undefined, said: string | undefined): Reading<Args> {
  if (!lower || current.test(lower)) return { args: {} };
  return { args: { resume: (said ?? lower).trim() } };
}
