import type { ClauseIntent } from './read-clause.ts';
import type { Phrasebook } from './phrasebook.ts';

/** One piece of a message as read, with the words it was read from. */
export interface ReadPiece {
  text: string;
  intent: ClauseIntent;
}

/** "it", "them", "that", "this one": a word that points instead of naming (not "that alert", which names a kind). */
const pointingWord = /\b(?:it|them|(?:that|this)(?:\s+one)?(?!\s+(?!one\b)[\p{L}]))\b/iu;

/**
 * The subject a remark says something about: "Muttersprache is not a language", "that skill
 * is wrong", "the Vue alert is useless", "the third bullet doesn't belong there".
 */
const subjectOfRemark =
  /^(?:(?:oh|and|also|but|so|well|btw|hmm+|ok(?:ay)?|no|actually)[\s,]+)*(?<subject>(?:(?:the|my|this|that|your|these|those)\s+)?[^\s,.;!?][^,.;!?]{0,60}?)\s+(?:is|are|was|were|isn'?t|aren'?t|wasn'?t|weren'?t|looks?|seems?|sounds?|doesn'?t|does\s+not|don'?t|has|have|should(?:n'?t)?|shows?|reads?)\b/iu;

/** Subjects that are no thing of their own: "I", "it", "there", "this" alone. */
const noThing = /^(?:i|it|you|u|we|they|he|she|this|that|there|here|what|which|who|everything|nothing|something|one|that\s+one|this\s+one)$/i;

/**
 * The pieces with each step whose object is only "it" (or "that", "this one") checked against
 * what the message itself said just before it. Regression (session 40, issue 14): "Muttersprache
 * is not a language, remove it" deleted the alert the thread had in play, because "remove it"
 * was read alone. When the remark before names its own subject, "it" is that subject: the step
 * stands only if the sentence with the subject in place of "it" still asks for the same action
 * (then it is read so, "the Vue alert is useless, delete it" names the Vue alert); otherwise
 * nothing is run for it and the reply says what "it" meant.
 *
 * @example
 * bindPointing([{ text: 'Muttersprache is not a language', intent: unknown }, { text: 'remove it', intent: deleteAlert }], read, phrasebook);
 * // the second piece becomes a reply: nothing is deleted
 */
export function bindPointing(pieces: readonly ReadPiece[], read: (text: string) => ClauseIntent, phrasebook: Pick<Phrasebook, 'phrasingOf'>): ReadPiece[] {
  return pieces.map((piece, index) => {
    const before = pieces[index - 1];
    // A remark read as a step of its own ("Fluent is not a language" takes it off the languages) names its subject
    // too: "delete it" after it is about that subject, never the alert in play. Two steps of one action stay as read.
    if (piece.intent.kind !== 'step' || !before || (before.intent.kind === 'step' && before.intent.action === piece.intent.action)) return piece;
    const pointing = pointingWord.exec(piece.text);
    const subject = subjectOfRemark.exec(before.text.trim())?.groups?.subject?.trim();
    if (!pointing || !subject || noThing.test(subject)) return piece;
    const restated = `${piece.text.slice(0, pointing.index)}${subject}${piece.text.slice(pointing.index + pointing[0].length)}`;
    const reading = read(restated);
    if (reading.kind === 'step' && reading.action === piece.intent.action) return { text: piece.text, intent: reading };
    const step = piece.intent;
    const described = phrasebook.phrasingOf(step.action)?.describe(step.args) ?? step.action.replace(/_/g, ' ');
    return {
      text: piece.text,
      intent: {
        kind: 'reply',
        action: step.action,
        confidence: 'certain',
        reply: `I did not ${described}: "${pointing[0]}" in "${piece.text.trim()}" is "${subject}", from your own words, and that is not what the step is about. Name what to change (e.g. "delete the Berlin alert") and I will.`,
      },
    };
  });
}
