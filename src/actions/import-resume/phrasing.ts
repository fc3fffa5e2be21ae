import type { z } from 'zod';
import { definePhrasing, type Reading } from '../phrasing/phrasing.ts';
import type { importResumeArgs } from './args.ts';
import { importResumeUtterances } from './utterances.ts';

type Args = z.input<typeof importResumeArgs>;

const documentFile = '(?:pdf|docx?|md|markdown|txt|text|rtf|odt)';
/**
 * A file path: "~/cv.pdf", "/home/ana/My CV.docx", "C:\\cv.pdf", "resume.md", or any quoted path.
 * A slash inside a word is no path ("$38/hr", "24/7", "and/or", "9/10"), and neither is one
 * word after a slash ("/hr"): a path without a file name starts a word and has two parts.
 */
const pathPattern = new RegExp(
  `(?:["“]|(?<![A-Za-z])['‘])(?<quoted>[^"'“”‘’]+)["'”’]|(?<path>(?:(?:~|\\.{1,2})?(?<![^\\s(:=~.])\\/|[a-z]:\\\\)[^"'“”]*?\\.${documentFile}\\b|(?:~|\\.{1,2})\\/[^\\s"'“”]+|(?<![^\\s(:=])\\/[^\\s"'“”/]+\\/[^\\s"'“”]+|[a-z]:\\\\[^\\s"'“”]+|[^\\s"'“”/\\\\]+\\.${documentFile}\\b)`,
  'i',
);
const labelPattern =
  /\b(?:as\s+(?:my\s+|the\s+|a\s+|an\s+)?["'“‘]?(?<as>[\p{L}\p{N} +#.-]+?)["'”’]?(?:\s+(?:resume|cv|version|one))?|(?:label(?:led)?|call(?:ed)?|name(?:d)?)\s*(?:it\s+)?(?::\s*)?["'“]?(?<named>[\p{L}\p{N} +#.-]+?)["'”]?)[.!]?$/iu;

/** How people hand over a resume file: "import my resume from ~/cv.pdf", "here's my CV: /tmp/cv.docx". */
export const importResumePhrasing = definePhrasing<Args>({
  priority: 24,
  utterances: importResumeUtterances,
  readSentence: (clause) =>
    readFile(clause.text, { anywhere: true }) ?? { reply: 'Where is the file? Give me its path, e.g. "import my resume from ~/Documents/cv.pdf".' },
  // "~/Desktop/job hunt/cv.docx <- that's my cv, use it": a path said first, with only words that point at it, is read
  // before the message is split (its folders' words, "job hunt", are no search).
  readWhole: (message) => readPathFirst(message),
  // "there: ~/cv.docx, save it as 'ukrainian'": the label said in another piece of the message.
  slots: {
    label: (message) => {
      const reading = readFile(message, { anywhere: true });
      return reading && 'args' in reading ? reading.args.label : undefined;
    },
  },
  // "I put my CV on the desktop, the file is called "Ana CV.docx"": a bare file name in the folder said in words.
  sharpen: (args, message) => ({ ...args, path: inFolderSaid(args.path, message.toLowerCase()) }),
  capability: 'import resumes',
  describe: ({ path }) => `import the resume at ${path}`,
  produces: ['active_resume_id'],
  intents: [
    {
      pattern:
        /^(?:import|upload|load|add|read|parse|use|take|grab|ingest|attach|open|scan|here'?s|here\s+is|this\s+is|my\s+(?:\S+\s+)?(?:resume|cv)\s+is(?:\s+(?:at|in|here))?)\s+(?<target>.+)$/,
      read: ({ original }) => readFile(original('target') ?? ''),
    },
    {
      // "I put my CV on the desktop, the file is called "Ana CV.docx"": a file named, with where it is said in words.
      pattern: new RegExp(`^.*\\b(?:file|cv|resume|résumé|it)(?:'s|\\s+is|\\s+was)?\\s+(?:called|named|titled|saved\\s+as)\\s+(?<target>.+\\.${documentFile}["'”’]?)(?:\\s.*)?$`),
      read: ({ clause }) => readFile(clause.text, { anywhere: true }),
    },
    {
      // "~/Documents/cv.pdf" on its own: a guess, but what else would it be?
      pattern: new RegExp(`^(?<target>\\S+\\.${documentFile})$`),
      confidence: 'guess',
      read: ({ original }) => readFile(original('target') ?? ''),
    },
  ],
  examples: [
    { say: 'import my cv from ~/Downloads/resume-final.pdf', args: { path: '~/Downloads/resume-final.pdf' } },
    { say: "here's my CV: /home/ana/CV 2024.docx", args: { path: '/home/ana/CV 2024.docx' } },
    { say: 'upload "/tmp/My Resume.pdf" as my backend resume', args: { path: '/tmp/My Resume.pdf', label: 'backend' } },
    { say: 'load resume.md and call it design', args: { path: 'resume.md', label: 'design' } },
    { say: 'use that one instead: ~/cv/updated.docx', args: { path: '~/cv/updated.docx' } },
  ],
  counterExamples: ['load example.com in the browser', 'open my resume'],
});

function readFile(target: string, { anywhere = false }: { anywhere?: boolean } = {}): Reading<Args> | null {
  const match = pathPattern.exec(target);
  const found = (match?.groups?.quoted ?? match?.groups?.path ?? '').replace(/[.,;:!?)]+$/, '');
  if (!match || !found) return null;
  const after = target.slice(match.index + match[0].length).trim();
  // Regression (session 52): "the file is called Priya Sharma Resume.pdf" read "Resume.pdf": a bare file name after
  // "called"/"named" holds every word from there, spaces and all.
  const namedBefore = match.groups?.path && !/[/\\]/.test(found) ? fileNamedBefore.exec(target.slice(0, match.index))?.groups?.lead : undefined;
  const path = namedBefore ? `${namedBefore} ${found}` : found;
  const before = target.slice(0, match.index - (namedBefore ? namedBefore.length + 1 : 0)).trim().toLowerCase();
  // "use my resume from x.pdf": the words around the path must be about a resume, or nothing.
  if (!anywhere && before && !/^(?:(?:my|the|this|that|a|an|new|updated|latest|one|file|instead|now|here|rather)\s+)*(?:\S+\s+)?(?:resume|cv|résumé)?\s*(?:from|at|in|file|:)?\s*$/.test(`${before} `)) {
    return null;
  }
  const label = labelPattern.exec(after);
  const named = (label?.groups?.as ?? label?.groups?.named)?.trim();
  return { args: { path, label: named || undefined } };
}

/** The words of a file's name said before its last word: "called |Priya Sharma| Resume.pdf", "file name is |Ana_Lopes CV| 2026.pdf" (at most four, no mark). */
const fileNamedBefore = /\b(?:called|named|titled|saved\s+as|file\s*name(?:\s+is|\s+was|:))\s+(?<lead>[\p{L}\p{N}_()-]+(?:\s[\p{L}\p{N}_()-]+){0,3})\s$/iu;

/** Words that only point at a file said first: "<- that's my cv, use it", "- load that one pls". */
const pointerWords = new Set(
  `my the this that thats that's it its it's is was here heres here's there cv resume résumé file one new updated latest current
  final use load import upload read take grab add open scan get please pls plz thanks thx ty can could you u would and so ok okay
  just now instead yes yep one's one that one mine me for jobpilot in into up`.split(/\s+/),
);

/**
 * A message that starts with a path to a document file and otherwise only points at it, or
 * names it ("~/Desktop/job hunt/cv.docx <- that's my cv, use it", "/Users/ana/Work Docs/CV.pdf
 * - load that one, call it ops"): the import, read whole. Null for anything else.
 */
function readPathFirst(message: string): Reading<Args> | null {
  const trimmed = message.trim();
  const match = pathPattern.exec(trimmed);
  if (!match || match.index !== 0 || !new RegExp(`\\.${documentFile}["'”’]?$`, 'i').test(match[0])) return null;
  const reading = readFile(trimmed, { anywhere: true });
  if (!reading || !('args' in reading)) return null;
  const after = trimmed.slice(match[0].length);
  const label = labelPattern.exec(after);
  const rest = (label ? after.slice(0, label.index) : after).toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  return rest.every((word) => pointerWords.has(word.replace(/’/g, "'"))) ? reading : null;
}

/** Folders said in words: "on the desktop", "in my downloads". */
const foldersSaid: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:on|in|from)\s+(?:my\s+|the\s+)?desktop\b/, '~/Desktop/'],
  [/\b(?:in|under|from)\s+(?:my\s+|the\s+)?downloads?(?:\s+folder)?\b/, '~/Downloads/'],
  [/\b(?:in|under|from)\s+(?:my\s+|the\s+)?documents?(?:\s+folder)?\b/, '~/Documents/'],
];

/**
 * A bare file name placed in the folder the sentence names in words ("on the desktop" →
 * "~/Desktop/Ana CV.docx"); a path, or a name with no folder said, stays as it is.
 */
function inFolderSaid(path: string, lower: string): string {
  if (/[/\\]/.test(path) || !new RegExp(`\\.${documentFile}$`, 'i').test(path)) return path;
  const folder = foldersSaid.find(([said]) => said.test(lower))?.[1];
  return folder ? `${folder}${path}` : path;
}
