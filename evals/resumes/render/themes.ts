/**
 * Community JSON Resume themes from npm, each turned into a function from a resume to HTML.
 * Themes are CommonJS or ESM and their `render` may be sync or async.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { JsonResume } from '../../../src/protocol/json-resume.ts';

/**
 * Themes added after the held-out part was fixed: they render the tuning people only, so they
 * widen the layouts the reader is tuned on while the held-out part stays exactly as it was.
 */
const tuningOnly = [
  'actual',
  'paper',
  'onepage',
  'flat',
  'class',
  'spartacus',
  'eloquent',
  'caffeine',
  'classy',
  'straightforward',
  'onepage-plus',
  'minyma',
  'slick',
  'autumn',
  'kwan',
  'short',
  'crisp',
  'elegant',
  'riga',
  'rocketspacer',
  'tachyons-clean',
  'relaxed',
  'direct',
  'orbit',
] as const;

/** Every theme: the four that render everyone (`kendall` is the held-out one), then the tuning-only ones. */
export const themeNames = ['even', 'stackoverflow', 'macchiato', 'kendall', ...tuningOnly] as const;
export type ThemeName = (typeof themeNames)[number];

export const tuningOnlyThemes: readonly ThemeName[] = tuningOnly;

type Render = (resume: JsonResume) => string | Promise<string>;

const require = createRequire(import.meta.url);

/** Loads `jsonresume-theme-<name>` and returns its render function. */
export async function loadTheme(name: ThemeName): Promise<Render> {
  const module: { render?: Render; default?: { render?: Render } } =
    name === 'even' ? await import('jsonresume-theme-even') : require(`jsonresume-theme-${name}`);
  const render = module.render ?? module.default?.render;
  if (!render) throw new Error(`jsonresume-theme-${name} has no render function`);
  // classy reads `profiles[0]` whenever the list is there: an empty list, which prints nothing
  // in any theme, is left out so it prints nothing there too.
  if (name === 'classy') return (resume) => render(withoutEmptyProfiles(resume));
  // slick and elegant read `profiles` without checking the list is there: a person with no profiles
  // gets an empty list, which prints nothing.
  if (name === 'slick' || name === 'elegant') return (resume) => render(withProfilesList(resume));
  // riga, rocketspacer and tachyons-clean were written for the schema before 1.0, where a job's
  // employer was `company` and its site `website`; riga also reads `profiles` without checking it is there.
  if (name === 'riga' || name === 'rocketspacer' || name === 'tachyons-clean') return (resume) => render(withProfilesList(withPreviousWorkFields(resume)));
  // relaxed draws each skill's level as a bar and throws on a level outside its four words (or none).
  if (name === 'relaxed') return (resume) => render(withBarLevels(resume));
  // direct reads a job's employer from `company` and lays its sidebar out with flexboxgrid, which it
  // links from a CDN: the grid's stylesheet, a dependency of the theme, is set inline instead.
  if (name === 'direct') return async (resume) => withFlexboxgridInline(await render(withPreviousWorkFields(resume)));
  // orbit lowercases a skill's level, a degree and a profile's network through helpers that throw on
  // a field that is not there: each missing one is given as empty, which prints nothing.
  if (name === 'orbit') return (resume) => render(withOrbitFields(resume));
  return render;
}

function withOrbitFields(resume: JsonResume): JsonResume {
  return {
    ...resume,
    basics: { ...resume.basics, profiles: resume.basics?.profiles?.map((profile) => ({ ...profile, network: profile.network ?? '' })) },
    education: resume.education?.map((school) => ({ ...school, studyType: school.studyType ?? '' })),
    skills: resume.skills?.map((skill) => ({ ...skill, level: skill.level ?? '' })),
  };
}

function withProfilesList(resume: JsonResume): JsonResume {
  if (resume.basics?.profiles) return resume;
  return { ...resume, basics: { ...resume.basics, profiles: [] } };
}

function withPreviousWorkFields(resume: JsonResume): JsonResume {
  return { ...resume, work: resume.work?.map((job) => ({ ...job, company: job.name, website: job.url })) };
}

const barLevels = new Set(['beginner', 'entry', 'intermediate', 'junior', 'advanced', 'mid', 'master', 'senior']);

function withBarLevels(resume: JsonResume): JsonResume {
  const level = (given: string | undefined) => {
    const word = given?.toLowerCase() ?? '';
    if (barLevels.has(word)) return word;
    return /expert|native|fluent|proficient/.test(word) ? 'master' : 'intermediate';
  };
  return { ...resume, skills: resume.skills?.map((skill) => ({ ...skill, level: level(skill.level) })) };
}

function withFlexboxgridInline(html: string): string {
  const grid = readFileSync(require.resolve('flexboxgrid/dist/flexboxgrid.min.css'), 'utf8');
  return html.replace(/<link\b[^>]*flexboxgrid[^>]*>/i, () => `<style>${grid}</style>`);
}

function withoutEmptyProfiles(resume: JsonResume): JsonResume {
  if (resume.basics?.profiles?.length !== 0) return resume;
  const { profiles: _empty, ...basics } = resume.basics;
  return { ...resume, basics };
}

/**
 * Removes references to stylesheets and fonts on the web: the corpus is built offline, and a
 * stylesheet that cannot load would only slow the converters down.
 */
export function withoutRemoteAssets(html: string): string {
  return html
    .replace(/<link\b[^>]*href=["']?(?:https?:)?\/\/[^>]*>/gi, '')
    .replace(/@import\s+url\([^)]*\)\s*;?/gi, '')
    .replace(/@font-face\s*{[^}]*}/gi, '');
}
