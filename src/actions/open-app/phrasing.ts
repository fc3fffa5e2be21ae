import type { z } from 'zod';
import { definePhrasing, leadingVerb, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import { readPronoun, recency } from '../phrasing/references.ts';
import { isWhenOrAmount } from '../phrasing/when-or-amount.ts';
import { withoutReason } from '../phrasing/without-reason.ts';
import type { openAppArgs } from './args.ts';
import { isKnownApp } from './known-apps.ts';
import { isAllowedApp } from './resolve-program.ts';
import { openAppUtterances } from './utterances.ts';

type Args = z.input<typeof openAppArgs>;

/** Verbs that by themselves say "a program": "launch wizzbang" is an app, "open wizzbang" is nothing yet. */
const launchVerbs = ['launch', 'start', 'start up', 'fire up', 'boot up', 'spin up', 'execute', 'relaunch', 'restart'];
const otherVerbs = ['run', 'open', 'open up', 'reopen', 're-open', 'pull up', 'bring up', 'i need', 'get me', 'give me', 'switch to'];

const leadingFiller = /^(?:(?:the|a|an|my|up|new)\s+)+/;
const trailingFiller = /(?<!\s)\s+(?:for me|please|now|right now|real quick|quickly|window|instance|on my (?:computer|desktop|machine|laptop))$/;
/** "the zoom app", "the app called obsidian", "application gimp": something says it is an app. */
const appSuffix = /(?<!\s)\s+(?:desktop app|app|application|program)$/;
const appPrefix = /^(?:(?:desktop\s+)?(?:app|application|program))(?:\s+(?:called|named))?\s+/;
/** Words that show a phrase is a sentence, not the name of a program. */
const functionWords =
  /\b(?:for|to|with|about|on|of|in|at|from|me|it|this|that|some|all|and|or|is|are|be|if|how|what|why|job|jobs|resume|cv|letter|search|screenshot|website|site|page|over|out|down|back|again|here|there|now|fresh|anew|later|screen|capture|recording)\b/;

/**
 * How people ask to launch a desktop application. A name counts as an app when something
 * says so: a known app name, a name configured as allowed, the word "app", or a verb like
 * "launch". An unknown word after "open" is not guessed to be one.
 */
export const openAppPhrasing = definePhrasing<Args>({
  priority: 40,
  utterances: openAppUtterances,
  readSentence: (clause, context) => {
    // A known or allowed program named anywhere: "I'd like the calculator running".
    const words = clause.lower.split(/[\s,.!?]+/).filter(Boolean);
    for (let size = 3; size >= 1; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const name = words.slice(start, start + size).join(' ');
        if (isKnownApp(name) || isAllowedApp(name, context.allowedApps)) return { args: { app_name: name } };
      }
    }
    return null;
  },
  capability: 'launch apps',
  describe: ({ app_name }) => `launch ${app_name}`,
  produces: ['last_app'],
  intents: [
    {
      pattern: leadingVerb([...launchVerbs, ...otherVerbs]),
      read: ({ groups }, context) => readTarget(groups.target ?? '', launchVerbs.includes(groups.verb ?? ''), context),
    },
    {
      // Regression (session 38): "abre o vs code por favor" was read as nothing: "open" said in Portuguese, Spanish,
      // French, German, Italian or Polish, with its article and "please", opens a program known or allowed by name (never a guess).
      pattern:
        /^(?:abre|abra|abrir|abri|ouvre|ouvrez|ouvrir|öffne|öffnen|oeffne|apri|aprire|otwórz|otworz)\s+(?:(?:o|a|os|as|el|la|los|las|le|l'|les|den|die|das|il|lo|mi|mio|mon|ma|meu|minha)\s+)?(?<target>.+?)(?:[\s,]+(?:por\s+favor|porfa|pf|bitte|s'il\s+(?:te|vous)\s+pla[iî]t|stp|svp|per\s+favore|prosz[eę]|pls|please))?[\s.!]*$/u,
      read: ({ groups }, context) => {
        const name = clean(groups.target ?? '');
        return isKnownApp(name) || isAllowedApp(name, context.allowedApps) ? { args: { app_name: name } } : null;
      },
    },
  ],
  examples: [
    { say: 'launch the calculator', args: { app_name: 'calculator' } },
    { say: 'open firefox', args: { app_name: 'firefox' } },
    { say: 'start the text editor', args: { app_name: 'text editor' } },
    { say: 'fire up spotify pls', args: { app_name: 'spotify' } },
    { say: 'open the terminal app', args: { app_name: 'terminal' } },
    { say: 'open the app called keepassxc', args: { app_name: 'keepassxc' } },
    { say: 'launch wizzbang', args: { app_name: 'wizzbang' } },
    { say: 'I need the calculator', args: { app_name: 'calculator' } },
    { say: 'Would you mind opening the calculator?', args: { app_name: 'calculator' } },
    { say: 'launch that app again', args: { app_name: 'calculator' }, references: { last_app: 'calculator', last_url: 'https://github.com/' } },
  ],
  counterExamples: ['open frobnicator', 'pls open youtube thx', 'open github in firefox', 'explain how the calculator app works'],
});

function readTarget(said: string, launching: boolean, context: PhrasingContext): Reading<Args> | null {
  const pronoun = readPronoun(said);
  if (pronoun) return readReference(pronoun.noun, context);
  // "outlook i need to check if they emailed back": the reason says why, not which.
  let name = clean(withoutReason(said));
  let named = false;
  if (appSuffix.test(name)) {
    named = true;
    name = clean(name.replace(appSuffix, ''));
  } else if (appPrefix.test(name)) {
    named = true;
    name = clean(name.replace(appPrefix, ''));
  }
  if (!name || name.length > 64) return null;
  // Regression (trial s50 #37): "I got an offer! …, start 01.03.2027" proposed launching "01.03.2027". A day, a date,
  // a time, a number or an amount after "start" is when something starts, never a program, even with "app" beside it.
  if (isWhenOrAmount(name)) return null;
  if (isKnownApp(name) || isAllowedApp(name, context.allowedApps)) return { args: { app_name: name } };
  if (functionWords.test(name) || name.split(/\s+/).length > 4) return null;
  if (named) return { args: { app_name: name } };
  return launching ? { args: { app_name: name }, confidence: 'guess' } : null;
}

/** "that app again", "it": the last app launched, as fresh as its last mention. */
function readReference(noun: string | undefined, context: PhrasingContext): Reading<Args> | null {
  const lastApp = context.references.last_app;
  const aboutApps = noun === undefined || noun === 'one' || /^(?:app|application|program)$/.test(noun);
  if (!aboutApps) return null;
  if (!lastApp) return noun && noun !== 'one' ? { reply: noAppYet } : null;
  const mentioned = recency(context.history, (content) => content.toLowerCase().includes(lastApp.toLowerCase()));
  return { args: { app_name: lastApp }, recency: mentioned };
}

function clean(text: string): string {
  let cleaned = text.trim().toLowerCase().replace(/[.!?,;:]+$/, '');
  let previous: string;
  do {
    previous = cleaned;
    cleaned = cleaned.replace(leadingFiller, '').replace(trailingFiller, '').trim();
  } while (cleaned !== previous);
  return cleaned;
}

const noAppYet =
  'Which app do you mean? No app has been launched in this conversation yet: name it, e.g. "launch firefox".';
