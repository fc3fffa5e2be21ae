import type { z } from 'zod';
import type { ResumeLanguage } from '../../protocol/json-resume.ts';
import { sameSpokenLanguage } from '../../resume/language-names.ts';
import { parseLanguages } from '../../resume/sections/parse-languages.ts';
import { toResumeLines } from '../../resume/sections/resume-lines.ts';
import type { correctResumeArgs } from './args.ts';

type Args = z.input<typeof correctResumeArgs>;
type LanguagesPatch = { language: string; fluency?: string }[] | Record<string, { language?: string; fluency?: string } | null>;

/**
 * The change to the resume's spoken languages a correction asks for, in the form `PATCH /v1/resumes/{id}` takes:
 * the whole list ("German (native); English (C1)"), one language's level ("my German is B1": the language found by
 * any of its names, "German" finds "Deutsch", added when not listed), or entries taken off ("remove Stuttgart and
 * Muttersprache from my languages"). Undefined when the correction names no language.
 *
 * @example
 * correctedLanguages([{ language: 'Deutsch', fluency: 'A2' }], { language: 'German', language_level: 'B1' }); // { ok: true, patch: { '0': { fluency: 'B1' } } }
 */
export function correctedLanguages(listed: readonly ResumeLanguage[], args: Args): { ok: true; patch: LanguagesPatch } | { ok: false; error: string } | undefined {
  if (args.languages) {
    const read = parseLanguages(toResumeLines(args.languages.split(/\s*;\s*/).join('\n')));
    if (read.length === 0) return { ok: false, error: `I could not read languages from "${args.languages}"; say them as "German (native); English (C1)".` };
    return { ok: true, patch: read.map(({ language, fluency }) => ({ language: language ?? '', ...(fluency ? { fluency } : {}) })) };
  }
  if (!args.language && !args.add_languages) return undefined;
  const shown = listed.map((each) => [each.language, each.fluency && `(${each.fluency})`].filter(Boolean).join(' ')).join(', ') || 'no languages';
  const find = (name: string) => listed.findIndex((each) => typeof each.language === 'string' && sameSpokenLanguage(each.language, name));
  if (args.add_languages) {
    // "I also speak Polish and Ukrainian, English fluent": each one missed is added, a level said for one listed is set.
    const read = parseLanguages(toResumeLines(args.add_languages.split(/\s*;\s*/).join('\n')));
    if (read.length === 0) return { ok: false, error: `I could not read languages from "${args.add_languages}"; say them as "I also speak Polish and Ukrainian (B2)".` };
    const patch: Record<string, { language?: string; fluency?: string }> = {};
    let next = listed.length;
    for (const { language, fluency } of read) {
      if (!language) continue;
      const at = find(language);
      if (at < 0) patch[String(next++)] = { language, ...(fluency ? { fluency } : {}) };
      else if (fluency) patch[String(at)] = { fluency };
    }
    return { ok: true, patch };
  }
  if (!args.language) return undefined;
  if (args.remove) {
    const names = args.language.split(/\s*(?:,|;|\band\b|&|\+)\s*/i).map((name) => name.trim().replace(/^["“'‘]|["”'’]$/g, '')).filter(Boolean);
    const missing = names.filter((name) => find(name) < 0);
    if (missing.length > 0) return { ok: false, error: `No language ${missing.map((name) => `"${name}"`).join(' or ')} on your resume: it lists ${shown}.` };
    return { ok: true, patch: Object.fromEntries(names.map((name) => [String(find(name)), null])) };
  }
  const at = find(args.language);
  if (at < 0) return { ok: true, patch: { [String(listed.length)]: { language: args.language, ...(args.language_level ? { fluency: args.language_level } : {}) } } };
  if (!args.language_level) return { ok: false, error: `Which level is your ${args.language}? Your resume lists ${shown}; say e.g. "my ${args.language} is B2".` };
  return { ok: true, patch: { [String(at)]: { fluency: args.language_level } } };
}
