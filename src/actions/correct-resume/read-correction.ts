import type { z } from 'zod';
import type { Clause, Reading } from '../phrasing/phrasing.ts';
import type { correctResumeArgs } from './args.ts';

type Args = z.input<typeof correctResumeArgs>;

const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** Seven digits or more, with the spacing and punctuation people write numbers with. */
const phone = /\+?\d[\d ()\-.]{5,}\d/;
const mentionsPhone = /\b(?:phone|mobile|cell|telephone|tel|number)\b/i;
/** What comes before the corrected value: "is", "should be", "it's", "change it to". */
const becomes = String.raw`(?:is|was|should be|should read|should say|reads|it'?s|it is|to|=|:)`;
const capitalisedWords = String.raw`[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3}`;
const name = new RegExp(String.raw`\bname\b.*?\b${becomes}\s+(?<value>${capitalisedWords})`, 'u');
/** "I live in Porto", "I moved to leeds, uk": where the person lives now, any case. */
const livesIn = new RegExp(
  String.raw`\b(?:live|living|am based|'m based|’m based|based|located|moved|relocated)\s+(?:in|to)\s+(?<value>${capitalisedWords}(?:,\s*${capitalisedWords})?)`,
  'iu',
);
/** "the location should say Cork, Ireland": a capitalised place after the field. */
const locationIs = new RegExp(String.raw`\b(?:location|city)\b.*?\b${becomes}\s+(?<value>${capitalisedWords}(?:,\s*${capitalisedWords})?)`, 'u');
/** Words that end a place said in lower case: "I moved to leeds, uk last year". */
const notOfThePlace = /\s+(?:now|last|this|since|not|and|but|so|a|an|the|recently|ago|anymore|instead|for|in|from|as)\b/i;

/**
 * A correction to what the importer read, from anywhere in a sentence: an email address, a
 * phone number where a phone is mentioned, a name or a place said after the field ("the
 * phone number on there is wrong, it's +351 912 345 678", "the location should say Porto").
 * Null when the sentence carries none.
 *
 * @example
 * readCorrection(clauseOf("hmm my mobile is wrong, it's 0612 345 678")); // { args: { phone: '0612 345 678' } }
 */
export function readCorrection(clause: Clause): Reading<Args> | null {
  const text = clause.text;
  const args: Args = {};
  const address = email.exec(text)?.[0];
  if (address) args.email = address;
  const number = mentionsPhone.test(text) ? phone.exec(text.replace(email, ''))?.[0] : undefined;
  if (number && number.replace(/\D/g, '').length >= 7) args.phone = number.trim();
  const fullName = name.exec(text)?.groups?.value;
  if (fullName) args.name = fullName.trim();
  const location = (livesIn.exec(text) ?? locationIs.exec(text))?.groups?.value?.split(notOfThePlace)[0];
  if (location) args.location = location.trim();
  return Object.keys(args).length > 0 ? { args } : null;
}
