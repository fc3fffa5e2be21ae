import { roleWords } from '../../resume/sections/classify-entry-part.ts';
import { placeWords } from '../../jobs/regions.ts';
import { isOneEditAway } from '../phrasing/one-edit-away.ts';

/**
 * The work itself, as people search for it when they name no worker: "nursing jobs", "plumbing work". With the role
 * words, the dictionary a search's last word is spelled against.
 */
const workWords = [
  'nursing', 'plumbing', 'welding', 'carpentry', 'joinery', 'roofing', 'plastering', 'painting', 'decorating', 'cleaning',
  'teaching', 'tutoring', 'caring', 'catering', 'cooking', 'baking', 'driving', 'delivery', 'warehouse', 'logistics',
  'accounting', 'accountancy', 'bookkeeping', 'engineering', 'construction', 'hospitality', 'healthcare', 'childcare',
  'retail', 'marketing', 'finance', 'security', 'reception', 'admin', 'administration', 'software', 'programming',
  'development', 'design', 'electrical', 'mechanical', 'maintenance', 'labouring', 'landscaping', 'gardening',
  'pharmacy', 'dentistry', 'physiotherapy', 'midwifery', 'paramedic', 'veterinary', 'translation', 'journalism',
  'recruitment', 'consulting', 'sales', 'support', 'helpdesk', 'nanny', 'babysitting', 'housekeeping', 'bartending',
];

/**
 * Everyday words one slip from a role word, searched as typed: "water treatment" is no "waiter", a "poster" no
 * "porter", "pivot" no "pilot", "career" no "carer", a "planer" (a machine that planes, and who runs it; the Dutch and
 * German for a planner) no "planner".
 */
const spelledAsMeant = new Set(['water', 'poster', 'potter', 'pivot', 'stuff', 'follow', 'career', 'careers', 'cater', 'fellows', 'pastor', 'parter', 'banner', 'manor', 'planer']);

/** The shortest word corrected: shorter ones are one slip from too many others ("nurse" is five letters). */
const minLength = 5;

let dictionary: ReadonlySet<string> | undefined;

/** The role and work words of five letters or more, plain English letters only, each with its plural. */
function roleDictionary(): ReadonlySet<string> {
  dictionary ??= new Set(
    [...roleWords, ...workWords]
      .filter((word) => /^[a-z]+$/.test(word) && word.length >= minLength)
      .flatMap((word) => [word, `${word}s`]),
  );
  return dictionary;
}

/**
 * A search's words with the role word they end in spelled as meant, when it was typed one slip away from exactly one
 * role or work word ("nures" → "nurse", "software enginer" → "software engineer", "web devloper" → "web developer",
 * "plumbr" → "plumber"): the boards and the index match words, and a misspelt title finds nothing. Only the last word
 * is read (a title ends in its role), only when typed in lower case (a capitalised word is a name), and never a word
 * that is a role, a place or an everyday word of its own ("water treatment", "poster design").
 * Regression (trial s48 #47): "fnd me nures jobs in torontoo" searched "nures" and found nothing.
 *
 * @example
 * withRoleSpelled('web devloper'); // 'web developer'
 */
export function withRoleSpelled(query: string): string {
  const found = /(?<before>^|\s)(?<last>[a-z]+)$/.exec(query);
  const last = found?.groups?.last;
  if (!found || !last || last.length < minLength) return query;
  const known = roleDictionary();
  if (known.has(last) || spelledAsMeant.has(last) || placeWords().has(last)) return query;
  const near = [...known].filter((word) => isOneEditAway(last, word) && sameStart(last, word) && !anotherForm(last, word));
  // (A word and its plural are one word: "nures" is one slip from "nurse" and from "nurses", and means the first.)
  const words = near.filter((word) => !near.includes(word.replace(/s$/, '')) || !word.endsWith('s'));
  const meant = words.length === 1 ? words[0] : undefined;
  return meant ? `${query.slice(0, found.index)}${found.groups?.before ?? ''}${meant}` : query;
}

/** People rarely miss a word's first letter (or swap the first two): "nures" is "nurse", "lurse" is no slip of it. */
const sameStart = (word: string, known: string): boolean => word[0] === known[0] || (word[0] === known[1] && word[1] === known[0]);

/** A letter more or other at the end is another form of a word ("driver" and "drive", "writer" and "writes"), no slip. */
const anotherForm = (word: string, known: string): boolean => known.startsWith(word) || word.startsWith(known) || word.slice(0, -1) === known.slice(0, -1);
