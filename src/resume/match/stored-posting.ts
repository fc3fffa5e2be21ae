import { createHash } from 'node:crypto';
import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { preparePosting, type JobPosting, type PreparedPosting, type SkillRequirement } from './prepare-posting.ts';
import type { Term } from './salient-terms.ts';

/**
 * The version of `preparePosting`'s output. Bump it whenever a change to the posting side of the
 * matcher (prepare-posting.ts and what it calls: the tokenizer, conditions, names, requirement
 * lines…) changes what it returns for any posting: stored forms of another version are prepared
 * again when next read. tests/resume/stored-posting.test.ts fails when the output changed and
 * this did not. 21: welders' certificates per process, inspection schemes by name, languages asked as a family, "X an advantage".
 */
export const preparationVersion = 21;

const vocabularyDigests = new WeakMap<SkillVocabulary, string>();

/**
 * Which prepared forms are current: `preparationVersion` and a digest of the vocabulary the
 * postings were read with (an edit of data/skills.json makes every stored form stale by itself).
 *
 * @example
 * preparedFormVersion(loadSkillVocabulary()); // '1:3f9a0c…'
 */
export function preparedFormVersion(vocabulary: SkillVocabulary): string {
  let digest = vocabularyDigests.get(vocabulary);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(vocabulary.skills)).digest('hex').slice(0, 16);
    vocabularyDigests.set(vocabulary, digest);
  }
  return `${preparationVersion}:${digest}`;
}

/** A posting prepared and written as its stored form (compact JSON), with the version it holds. */
export interface PostingPreparer {
  /** The version of the forms `prepare` writes (`preparedFormVersion`). */
  version: string;
  prepare(posting: JobPosting): string;
}

/**
 * Prepares postings for storage with the index: `preparePosting`'s result as JSON, read back by
 * `readPreparedForm` (a `JSON.parse`, ~50× cheaper than preparing; every `MatchResult` the same).
 *
 * @example
 * const preparer = postingPreparer(loadSkillVocabulary());
 * const stored = preparer.prepare({ title: 'Go Engineer', description: 'Requirements:\n- Go' });
 * scorePosting(resume, readPreparedForm(stored));
 */
export function postingPreparer(vocabulary: SkillVocabulary): PostingPreparer {
  return { version: preparedFormVersion(vocabulary), prepare: (posting) => writePreparedForm(preparePosting(posting, vocabulary)) };
}

type StoredRequirement = string | string[] | SkillRequirement;
type StoredTerm = string | [string, string] | Term;

/**
 * A prepared posting's stored form: its JSON, with the two lists that are most of it written short
 * (~1.6 KB → ~0.8 KB for the bench's postings): a skill requirement as its name ("Go") or its
 * alternatives (["Go", "Rust"]) when its label is theirs joined by "or", a salient term as its word
 * when its stem is the word itself, else [word, stem]. Anything else is written as it is.
 */
export function writePreparedForm(prepared: PreparedPosting): string {
  return JSON.stringify({
    ...prepared,
    requiredSkills: prepared.requiredSkills.map(shortRequirement),
    niceToHaveSkills: prepared.niceToHaveSkills.map(shortRequirement),
    keywords: prepared.keywords.map(shortTerm),
  });
}

/** A stored form read back: equal, field for field and in the same order, to the prepared posting it was written from. */
export function readPreparedForm(stored: string): PreparedPosting {
  const form = JSON.parse(stored) as Omit<PreparedPosting, 'requiredSkills' | 'niceToHaveSkills' | 'keywords'> & {
    requiredSkills: StoredRequirement[];
    niceToHaveSkills: StoredRequirement[];
    keywords: StoredTerm[];
  };
  return {
    ...form,
    requiredSkills: form.requiredSkills.map(fullRequirement),
    niceToHaveSkills: form.niceToHaveSkills.map(fullRequirement),
    keywords: form.keywords.map(fullTerm),
  };
}

function shortRequirement(requirement: SkillRequirement): StoredRequirement {
  if (requirement.label !== requirement.anyOf.join(' or ')) return requirement;
  return requirement.anyOf.length === 1 ? (requirement.anyOf[0] as string) : requirement.anyOf;
}

function fullRequirement(stored: StoredRequirement): SkillRequirement {
  if (typeof stored === 'string') return { anyOf: [stored], label: stored };
  if (Array.isArray(stored)) return { anyOf: stored, label: stored.join(' or ') };
  return stored;
}

function shortTerm(term: Term): StoredTerm {
  return term.word === term.stem ? term.word : [term.word, term.stem];
}

function fullTerm(stored: StoredTerm): Term {
  if (typeof stored === 'string') return { word: stored, stem: stored };
  if (Array.isArray(stored)) return { word: stored[0], stem: stored[1] };
  return stored;
}
