import type { SkillVocabulary } from '../skill-vocabulary.ts';
import { preparePosting, type JobPosting, type PreparedPosting } from './prepare-posting.ts';

/**
 * The posting side of a match, remembered: it depends only on the posting and the vocabulary,
 * never on the resume, and it is most of what scoring costs (83% in the profile of a fit-ranked
 * search). A person pages, re-sorts and repeats searches over the same postings; each is
 * prepared once. Keyed by the posting's content, so a posting whose text changed is prepared
 * again; at most `limit` are kept, the least recently used leaving first.
 *
 * @example
 * const prepared = preparedPostings();
 * const match = scorePosting(resume, prepared(job, resume.vocabulary));
 */
export function preparedPostings(limit = 1_000) {
  const byVocabulary = new WeakMap<SkillVocabulary, Map<string, PreparedPosting>>();
  return function prepared(posting: JobPosting, vocabulary: SkillVocabulary): PreparedPosting {
    let cache = byVocabulary.get(vocabulary);
    if (!cache) byVocabulary.set(vocabulary, (cache = new Map()));
    const key = JSON.stringify([posting.title, posting.company ?? null, posting.tags ?? [], posting.description]);
    const known = cache.get(key);
    if (known) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(key);
      cache.set(key, known);
      return known;
    }
    const fresh = preparePosting(posting, vocabulary);
    cache.set(key, fresh);
    if (cache.size > limit) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    return fresh;
  };
}

export type PreparedPostings = ReturnType<typeof preparedPostings>;
