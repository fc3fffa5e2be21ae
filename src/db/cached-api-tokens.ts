import { type ApiTokensRepository, tokenDigest } from './repositories/api-tokens.ts';

/** The channel migration 0019's trigger announces every change to `api_tokens` on. */
export const API_TOKENS_CHANNEL = 'jobpilot_api_tokens';

/** Past this many remembered answers (tokens nobody made, sent again and again), all are forgotten. */
const MOST_ANSWERS = 1_000;

type Identified = Awaited<ReturnType<ApiTokensRepository['identify']>>;

/**
 * The token repository with `identify` (asked on every request) answered from memory while it
 * is safe to: only while this process hears every change to the tokens (its run notices
 * session LISTENs on `jobpilot_api_tokens`, which a trigger on `api_tokens` notifies in every
 * process at commit). A change made here is forgotten before `create`/`revoke` returns; one made
 * by another process as soon as its notice arrives; while the session is lost (a notice could be
 * missed) every request asks Postgres, as before. An answer looked up while a change was
 * announced is not kept.
 *
 * @example
 * const tokens = cachedApiTokens(apiTokensRepository(pool));
 * notices = createRunNotices(pool, { onTokensChanged: tokens.forget, onListening: tokens.listening });
 */
export function cachedApiTokens(tokens: ApiTokensRepository) {
  const answers = new Map<string, Identified>();
  let listening = false;
  /** Bumped by every change: an answer asked before one is not kept after it. */
  let generation = 0;
  const forget = () => {
    generation += 1;
    answers.clear();
  };
  return {
    ...tokens,
    async identify(token: string | undefined): Promise<Identified> {
      const key = token === undefined ? '' : tokenDigest(token).toString('base64');
      const known = listening ? answers.get(key) : undefined;
      if (known) return known;
      const asked = generation;
      const answer = await tokens.identify(token);
      if (listening && asked === generation) {
        if (answers.size >= MOST_ANSWERS) answers.clear();
        answers.set(key, answer);
      }
      return answer;
    },
    async create(name: string): ReturnType<ApiTokensRepository['create']> {
      try {
        return await tokens.create(name);
      } finally {
        forget();
      }
    },
    async revoke(name: string): ReturnType<ApiTokensRepository['revoke']> {
      try {
        return await tokens.revoke(name);
      } finally {
        forget();
      }
    },
    /** The tokens changed (any process's notice): what was remembered is forgotten. */
    forget,
    /** Whether changes are heard now: remembered answers are used only then, and forgotten at every change of it. */
    listening(heard: boolean): void {
      listening = heard;
      forget();
    },
  };
}
