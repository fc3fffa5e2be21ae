/**
 * The boards jobpilot reads, by the names people call them: "HN", "Hacker News", "The Muse",
 * "Smart Recruiters". What "the HN one" or "the one from Greenhouse" says a job came from.
 */
const saidNames: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:hn|hacker ?news|ycombinator|y combinator|who is hiring|who's hiring|whoishiring)$/, 'hackernews'],
  [/^(?:the ?muse|muse)$/, 'themuse'],
  [/^smart ?recruiters?$/, 'smartrecruiters'],
  [/^remote ?ok$/, 'remoteok'],
  [/^(?:greenhouse|workable|lever|ashby|remotive|himalayas|jobicy|arbeitnow|adzuna|recruitee|workday)$/, ''],
];

/**
 * The adapter name of the board the words name (accents folded, lower case), or undefined.
 *
 * @example
 * boardNamed('hn'); // 'hackernews'
 * boardNamed('the muse'); // 'themuse'
 * boardNamed('stripe'); // undefined
 */
export function boardNamed(words: string): string | undefined {
  const said = words.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [pattern, name] of saidNames) if (pattern.test(said)) return name || said;
  return undefined;
}
