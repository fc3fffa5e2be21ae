import type { z } from 'zod';
import { definePhrasing } from '../phrasing/phrasing.ts';
import type { takeScreenshotArgs } from './args.ts';
import { takeScreenshotUtterances } from './utterances.ts';

type Args = z.input<typeof takeScreenshotArgs>;

/** "screenshot", "screen shot", "screencap", "screen grab", "print screen", and the usual slips ("scrrenshot"). */
const screenshotNoun =
  '(?:sc?r{1,2}e{1,3}n{1,2}\\s?(?:s?ho{1,2}t{1,2}s?|caps?|captures?|grabs?)|scre{1,2}nies?|print\\s?screen|prt\\s?sc(?:rn)?|snapshot of (?:the |my )?screen)';
const screen = '(?:(?:the|my|this|whole|entire|full|current|active|what\'?s on (?:the|my))\\s+)*(?:screen|desktop|display|monitor|window|page)s?';
const asking =
  '(?:take|grab|capture|snap|get|make|shoot|do|save|create|need|want|i need|i want|give me|send me|gimme)';
const picture = '(?:picture|pic|photo|image|snapshot|snap|shot|copy|capture|grab|screenshot)';
const ending = '(?:\\s+(?:of\\s+)?(?:this|that|it|everything|what i see|what i\'m seeing))?(?:\\s+(?:now|too|as well|real quick|quickly|please|for me|right now))*';

/**
 * A word that says a picture is taken: a screenshot's own noun, or a word of capturing ("grab my screen", "a pic
 * of the desktop"). A screen alone is no screenshot: "a screen reader", "a phone screen with the recruiter".
 */
const capturing = new RegExp(`${screenshotNoun}|\\b(?:${picture}s?|captur\\w*|snap\\w*|grab\\w*|photo\\w*|record|prtsc|screenies?|screencaps?|print)\\b`);

/** How people ask for a screenshot, and where the last one is. */
export const takeScreenshotPhrasing = definePhrasing<Args>({
  priority: 60,
  utterances: takeScreenshotUtterances,
  capability: 'take screenshots',
  describe: () => 'take a screenshot',
  produces: ['last_screenshot'],
  // Regression (session 41): "I use a screen reader, so …" and "the phone screen went well" took screenshots: a
  // sentence the classifier reads as one is one only when it says a picture is taken.
  readSentence: (clause) => (capturing.test(clause.lower) ? { args: {} } : null),
  intents: [
    {
      // "take a screenshot", "Screenshot!", "grab a screen capture of my desktop"
      pattern: new RegExp(
        `^(?:${asking}\\s+)?(?:me\\s+)?(?:(?:a|an|another|one more|one|new|quick|full[- ]?screen)\\s+)*${screenshotNoun}(?:\\s+(?:(?:of|from)\\s+)?${screen})?${ending}$`,
      ),
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      // "capture my screen", "save a picture of my screen", "snap a pic of the desktop"
      pattern: new RegExp(`^(?:take|capture|snap|grab|shoot|get|save|copy)\\s+(?:(?:a|an)\\s+)?(?:${picture}\\s+of\\s+)?${screen}${ending}$`),
      confidence: 'certain',
      read: () => ({ args: {} }),
    },
    {
      // "where did you save the screenshot?", "show me the last screenshot"
      pattern: new RegExp(
        `^(?:where|which|what|show|open|view|see|find|display)\\b.*\\b(?:the|that|my|last|latest|previous)\\s+${screenshotNoun}\\b.*$`,
      ),
      questions: true,
      confidence: 'certain',
      read: (_match, { references }) => ({
        reply: references.last_screenshot
          ? `The last screenshot is saved at ${references.last_screenshot}`
          : 'I have not taken a screenshot in this conversation yet. Say "take a screenshot" to take one.',
      }),
    },
  ],
  examples: [
    { say: 'take a screenshot' },
    { say: 'grab my screen' },
    { say: 'save a picture of my screen' },
    { say: 'snap a pic of the desktop' },
    { say: 'could u grab a scrrenshot' },
    { say: 'Screenshot!' },
    { say: 'print screen' },
  ],
  counterExamples: [
    'how do I take a screenshot on a mac?',
    "please don't take a screenshot",
    'take me to linkedin',
    'where did you save the screenshot?',
  ],
});
