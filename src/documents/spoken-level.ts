/**
 * How well the resume says a person speaks a language, for the sentences a letter writes about
 * it: a language rated below C1 on the CEFR scale is said at its level ("German at A2 level"),
 * never as plainly spoken, and never above the level the resume gives.
 */
import { levelStated, type LanguageLevel } from '../resume/match/language-levels.ts';
import { languagesIn } from '../resume/spoken-languages.ts';
import { resumeText } from './skill-match.ts';
import type { WriterResume } from './writer-input.ts';

/**
 * The level the resume states for a language: its Languages entry's fluency ("A2", "Native"),
 * else a short line that names it with a level ("German (A2)"); undefined when it states none.
 *
 * @example
 * statedLevel({ languages: [{ language: 'German', fluency: 'A2' }] }, 'German'); // { rank: 2, said: 'A2' }
 */
export function statedLevel(resume: WriterResume, language: string): LanguageLevel | undefined {
  for (const entry of resume.languages ?? []) {
    if (!entry.language || !languagesIn(entry.language).includes(language)) continue;
    // "German (A2)" as the entry's name: the level beside the name counts, the name itself never does.
    const level = levelStated(`${entry.fluency ?? ''} ${entry.language.replace(/^[^(–—:-]*/, ' ')}`);
    if (level) return level;
  }
  for (const line of resumeText(resume).split('\n')) {
    const named = languagesIn(line);
    if (line.length <= 60 && named.length === 1 && named[0] === language) {
      const level = levelStated(line);
      if (level) return level;
    }
  }
  return undefined;
}

/** Whether a stated level is a CEFR grade below C1 ("A2", "B2"): one a letter says with the language. */
export function isGradedBelowFluent(level: LanguageLevel | undefined): boolean {
  return level !== undefined && /^[ABC][12]$/i.test(level.said) && level.rank < 5;
}

/**
 * A language as a letter says the person speaks it: "German at A2 level" when the resume grades
 * it below C1, else its name.
 *
 * @example
 * spokenAtLevel({ languages: [{ language: 'German', fluency: 'A2' }] }, 'German'); // 'German at A2 level'
 */
export function spokenAtLevel(resume: WriterResume, language: string): string {
  const level = statedLevel(resume, language);
  return level && isGradedBelowFluent(level) ? `${language} at ${level.said.toUpperCase()} level` : language;
}
