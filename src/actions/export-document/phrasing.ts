import type { z } from 'zod';
import { definePhrasing, type PhrasingContext, type Reading } from '../phrasing/phrasing.ts';
import { readPronoun } from '../phrasing/references.ts';
import { findKnownDocument } from '../phrasing/known-documents.ts';
import type { exportDocumentArgs } from './args.ts';
import { exportDocumentUtterances } from './utterances.ts';

type Args = z.input<typeof exportDocumentArgs>;
type Format = Args['format'];

const formatWord =
  '(?<format>pdf|\\.pdf|docx|\\.docx|doc|word(?:\\s+(?:doc(?:ument)?|file|format))?|ms\\s+word|microsoft\\s+word|markdown|\\.md|md)';
const exportVerb = '(?:export|download|save|convert|turn|give|get|send|make|output|render|print|create|produce|generate)';

/**
 * A format said anywhere, or implied by what a recipient takes: "as a PDF", "the agency only
 * accepts Word documents", "the portal wants PDFs", "they asked for a .docx". ("A word about
 * it" is no format: "word" counts beside a file noun or a verb of accepting.)
 *
 * @example
 * formatIn('the agency only accepts word documents. could you export the letter?'); // 'docx'
 */
export function formatIn(sentence: string): Format | undefined {
  const lower = sentence.toLowerCase();
  const said =
    /(?:^|[\s(])(?<format>\.?pdfs?|\.?docx|\.doc|markdown|\.md)(?=$|[\s.,!?;:)])/.exec(lower)?.groups?.format ??
    /\b(?<format>(?:ms\s+|microsoft\s+)word|word\s+(?:docs?|documents?|files?|format|version)|google\s+docs?)\b/.exec(lower)?.groups?.format ??
    /\b(?:as|in|into|to|accepts?|accepting|takes?|wants?|needs?|requires?|asks?\s+for|asked\s+for|only)\s+(?:an?\s+)?(?<format>word|doc|md)\b/.exec(lower)?.groups?.format;
  return formatOf(said);
}

/**
 * "the letter for Lindqvist", "the mater private letter": the kind of document said anywhere, and the job it was
 * written for when one is said after it, or the words before it that a document of the person's has in its title.
 */
function documentIn(sentence: string, context: PhrasingContext): string {
  const kind = /\b(?:cover letter|letter|interview prep|prep pack|prep|tailored resume|tailored cv)\b/i.exec(sentence);
  if (!kind) return '';
  const after = sentence.slice(kind.index + kind[0].length);
  const job = /^\s+for\s+(?:the\s+)?(?!(?:me|you|it|them|that|this|my|him|her|us)\b)(?<job>[\p{L}\p{N}&'’.-]+(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,3})/u.exec(after)?.groups?.job;
  if (job) return `the ${kind[0].toLowerCase()} for ${job.replace(/\s+(?:job|role|one|position)$/i, '')}`;
  const before = /\b(?:the|my|that)\s+(?<named>[\p{L}\p{N}&'’.-]+(?:\s+[\p{L}\p{N}&'’.-]+){0,2})\s*$/u.exec(sentence.slice(0, kind.index))?.groups?.named;
  const known = before ? findKnownDocument(before, context, kindOf(kind[0])) : undefined;
  return known ?? `the ${kind[0].toLowerCase()}`;
}

/** A document of the person's that a message names anywhere ("the mater private letter"), by its id; undefined otherwise. */
function knownDocumentIn(message: string, context: PhrasingContext): string | undefined {
  const found = documentIn(message, context);
  return context.known?.documents?.some(({ id }) => id === found) ? found : undefined;
}

/** The store's kind of a document said by its kind's words. */
const kindOf = (words: string): string => (/prep/i.test(words) ? 'interview_prep' : /resume|cv/i.test(words) ? 'resume' : 'cover_letter');

function formatOf(word: string | undefined): Format | undefined {
  if (!word) return undefined;
  if (/pdf/.test(word)) return 'pdf';
  // (A Google Doc is made by uploading a Word file.)
  if (/docx?|word|google/.test(word)) return 'docx';
  if (/markdown|md/.test(word)) return 'md';
  return undefined;
}

/** How people ask for a file of a document: "export it as PDF", "save that as a word doc", "I need a PDF of the cover letter". */
export const exportDocumentPhrasing = definePhrasing<Args>({
  priority: 36,
  utterances: exportDocumentUtterances,
  readSentence: (clause, context) => readDocument(documentIn(clause.text, context), formatIn(clause.lower), context),
  // "i need to print the Acme letter, pdf pls": a document of the person's named in another piece of the message.
  slots: { document: (message, context) => knownDocumentIn(message, context) },
  capability: 'export documents',
  describe: ({ document, format }) => `export ${document ?? 'the document'} as ${format}`,
  intents: [
    {
      pattern: new RegExp(
        `^${exportVerb}\\s+(?:me\\s+)?(?<target>.*?)\\s*(?:as|to|in|into)\\s+(?:an?\\s+|the\\s+)?${formatWord}(?:\\s+(?:file|format|version|doc(?:ument)?|please))*$`,
      ),
      confidence: 'certain',
      read: ({ groups, original }, context) => readDocument(original('target') ?? '', formatOf(groups.format), context),
    },
    {
      pattern: new RegExp(
        `^(?:i\\s+need|i\\s+want|can\\s+i\\s+(?:get|have)|give\\s+me|get\\s+me|send\\s+me)\\s+(?:an?\\s+|the\\s+)?${formatWord}\\s+(?:version\\s+|copy\\s+|file\\s+)?(?:of\\s+)?(?<target>.+)$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups, original }, context) => readDocument(original('target') ?? '', formatOf(groups.format), context),
    },
    {
      pattern: new RegExp(`^(?:an?\\s+)?${formatWord}(?:\\s+(?:version|copy|file))?(?:\\s+(?:of|for)\\s+(?<target>.+))?$`),
      confidence: 'guess',
      read: ({ groups, original }, context) => readDocument(original('target') ?? '', formatOf(groups.format), context),
    },
    {
      // "i need it in word format", "could I get the letter as a pdf": a wish for the file, the document first.
      pattern: new RegExp(
        `^(?:i\\s+(?:need|want|would\\s+like|'d\\s+like)|(?:can|could|may)\\s+i\\s+(?:get|have)|(?:can|could)\\s+(?:you|u)\\s+(?:give|send)\\s+me)\\s+(?<target>.*?)\\s*(?:as|in|into)\\s+(?:an?\\s+|the\\s+)?${formatWord}(?:\\s+(?:file|format|version|doc(?:ument)?|please|pls))*$`,
      ),
      questions: true,
      confidence: 'certain',
      read: ({ groups, original }, context) => readDocument(original('target') ?? '', formatOf(groups.format), context),
    },
    {
      // "make it a PDF", "turn that into a word doc"
      pattern: new RegExp(`^(?:make|turn)\\s+(?<target>it|that|this|that one|this one)\\s+(?:into\\s+)?(?:an?\\s+)?${formatWord}(?:\\s+(?:file|doc(?:ument)?))?$`),
      confidence: 'certain',
      read: ({ groups, original }, context) => readDocument(original('target') ?? '', formatOf(groups.format), context),
    },
    {
      pattern: /^(?:export|download)\s+(?<target>.+)$/,
      read: ({ original }, context) => readDocument(original('target') ?? '', undefined, context),
    },
  ],
  examples: [
    { say: 'export it as PDF', args: { format: 'pdf', document: null }, references: { last_document_id: 'doc-1' } },
    { say: 'save this one as a docx', args: { format: 'docx', document: null }, references: { last_document_id: 'doc-1' } },
    { say: 'download the interview prep as md', args: { format: 'md', document: 'interview prep' } },
    { say: 'I need a PDF of the interview prep', args: { format: 'pdf', document: 'interview prep' } },
  ],
  counterExamples: ['save the second one', 'save a picture of my screen'],
});

function readDocument(target: string, format: Format | undefined, context: PhrasingContext): Reading<Args> | null {
  const said = target.trim().replace(/(?<![\s,.!?])[\s,.!?]+$/, '');
  const reference = readPronoun(said);
  if (reference && reference.noun !== undefined && !/^(?:one|document|doc)$/.test(reference.noun) && !/letter/.test(reference.noun)) {
    return null;
  }
  // "it", "that one", "the document": the last document of the thread, so no `document`.
  const pronoun = said === '' || (reference !== null && !/letter/.test(reference.noun ?? ''));
  let document: string | undefined;
  if (!pronoun) {
    document = said.replace(/^(?:the|my|that|this)\s+/i, '').trim();
    // ("the Stripe letter": the person's own document by its id when the words name one.)
    const known = context.known?.documents?.some(({ id }) => id === document) ? document : findKnownDocument(document, context, kindOf(document));
    // Only things a document can be called: a kind ("cover letter") or an id.
    if (known) document = known;
    else if (!/\b(?:letter|prep|resume|cv|document|doc|pack|notes?)\b|\d/i.test(document) || document.split(/\s+/).length > 6) return null;
  } else if (!context.references.last_document_id) {
    return { reply: 'Which document do you mean? Nothing has been written in this conversation yet: name it, e.g. "export the cover letter as PDF".' };
  }
  if (!format) return { reply: 'Which format should I export it as: PDF, DOCX (Word) or Markdown?' };
  return { args: { document, format } };
}
