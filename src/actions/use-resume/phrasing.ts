import type { z } from 'zod';
import { asFormat, findResume, namesResume } from '../phrasing/find-resume.ts';
import { definePhrasing, type PhrasingContext } from '../phrasing/phrasing.ts';
import type { useResumeArgs } from './args.ts';
import { useResumeUtterances } from './utterances.ts';

type Args = z.input<typeof useResumeArgs>;

const resumeWord = '(?:resume|résumé|cv|one|version|file)';
const switchVerb =
  '(?:use|switch(?:\\s+back)?\\s+to|change(?:\\s+back)?\\s+to|go(?:\\s+back)?\\s+(?:to|with)|revert\\s+to|select|pick|choose|activate|work\\s+with|apply\\s+with)';
const afterwards =
  '(?:\\s+(?:instead|from now on|for now|going forward|for (?:(?:this|these|those|the|my|matching|next|upcoming|all)\\s+)*(?:one|ones|applications?|jobs?|roles?|positions?)|for (?:this|these|the next ones)|for (?:matching|scoring|applying|everything|(?:the\\s+|my\\s+)?(?:cover\\s+)?letters|(?:the\\s+)?(?:fit|match)\\s+scores?)|as (?:my |the )?(?:active|default|main|current)(?: one| resume| cv)?|the (?:active|default|main) (?:one|resume|cv)|active|default))*';

/** How people pick the resume to work with: "use my backend resume", "switch to the data science CV". */
export const useResumePhrasing = definePhrasing<Args>({
  priority: 23,
  utterances: useResumeUtterances,
  readSentence: (clause, context) => {
    // "switch back to my pdf resume", "set my resume to analyst", "use res_2": the words naming it, anywhere.
    const target = /\b(?:to|with)\s+(?:the\s+)?(?<which>[\p{L}\p{N}+#._-]+)$/u.exec(clause.text)?.groups?.which;
    const named = findResume(clause.text, context) ?? (target ? findResume(`the ${target} resume`, context) : null);
    if (named === null) return null;
    return 'reply' in named ? named : { args: { resume: named.resume } };
  },
  capability: 'choose the resume to use',
  describe: ({ resume }) => `use the ${resume} resume`,
  produces: ['active_resume_id'],
  intents: [
    {
      pattern: new RegExp(
        `^${switchVerb}\\s+(?:(?:my|the|our)\\s+)?(?<which>[^/\\\\~]+?)\\s+${resumeWord}${afterwards}$`,
      ),
      read: ({ groups, original }, context) => formatOf(named(groups.which, original('which')), context),
    },
    {
      // "go with kitchen", "switch to the retail": a label the person has, said bare.
      pattern: new RegExp(`^${switchVerb}\\s+(?:(?:my|the)\\s+)?(?<which>[\\p{L}\\p{N}+#._-]+(?:\\s+[\\p{L}\\p{N}+#._-]+)?)${afterwards}$`, 'u'),
      read: ({ groups, original }, context) => (namesResume(groups.which ?? '', context) ? named(groups.which, original('which')) : null),
    },
    {
      // By its id or its quoted label: "use resume res_3f9a2c41d0", "switch to the cv \"ines-duarte-cv (2)\"".
      pattern: new RegExp(
        `^(?:use|switch\\s+to|change\\s+to|go\\s+with|select|pick|choose|activate|work\\s+with)\\s+(?:(?:my|the)\\s+)?${resumeWord}\\s+(?<which>res_[a-z0-9]+|["“'][^"”']+["”'])${afterwards}$`,
      ),
      read: ({ groups, original }) => named(groups.which, original('which')?.replace(/^["“']|["”']$/g, '')),
    },
    {
      // "set my cv to legacy", "change my resume to the md one": the resume in use, set to one by name.
      pattern: new RegExp(
        `^(?:set|change|switch|make)\\s+(?:my|the)\\s+(?:(?:active|current|default|main)\\s+)?(?:resume|résumé|cv)\\s+(?:to|into)\\s+(?:(?:my|the)\\s+)?(?!(?:be|sound|look|read|say|show|include|mention|have|make|fit|match|focus)\\b)(?<which>[^/\\\\~\\s]+(?:\\s+(?!${resumeWord}\\b)[^/\\\\~\\s]+)?)(?:\\s+${resumeWord})?${afterwards}$`,
      ),
      read: ({ groups, original }, context) => {
        const reading = findResume(`the ${groups.which ?? ''} resume`, context);
        return reading && 'resume' in reading ? formatOf(named(groups.which, original('which')), context) : reading;
      },
    },
    {
      pattern: new RegExp(
        `^(?:make|set)\\s+(?:my|the)\\s+(?<which>[^/\\\\~]+?)\\s+${resumeWord}\\s+(?:my\\s+|the\\s+)?(?:active|default|main|current)(?:\\s+(?:one|resume|cv))?$`,
      ),
      read: ({ groups, original }) => named(groups.which, original('which')),
    },
  ],
  examples: [
    { say: 'use my backend resume', args: { resume: 'backend' } },
    { say: 'switch to the data science CV', args: { resume: 'data science' } },
    { say: 'make my design resume the default', args: { resume: 'design' } },
    { say: 'use resume res_3f9a2c41d0', args: { resume: 'res_3f9a2c41d0' } },
    { say: 'switch back to my pdf resume', args: { resume: 'pdf' } },
    { say: 'go back to the docx version', args: { resume: 'docx' } },
    { say: 'switch to the cv "ines-duarte-cv (2)"', args: { resume: 'ines-duarte-cv (2)' } },
  ],
  counterExamples: ['use my resume from ~/cv.pdf', 'show me my cv'],
});

function named(lower: string | undefined, said: string | undefined) {
  // "use the retail cv for the shop one": the name ends at the resume word.
  const cut = (text: string | undefined) => text?.split(/\s+(?:cv|resume|résumé)\b/i)[0];
  const which = cut(lower);
  if (!which || /^(?:current|active|same|other|new|old|latest|my|the|our|a|an|this|that|your)$/.test(which)) return null;
  return { args: { resume: (cut(said) ?? which).trim() } };
}

/** A resume named by its format in words ("my word doc cv") is that format's. */
function formatOf(reading: { args: { resume: string } } | null, context: PhrasingContext) {
  return reading ? { args: { resume: asFormat(reading.args.resume, context) } } : null;
}
