/**
 * Field-level accuracy of the section parser against a hand-written expectation
 * (tests/fixtures/resume/{tuning,holdout}/*.expected.json). One point per expected field:
 * basics (name, email, phone digits, city, region, country), every work entry's employer,
 * title, start and end (null = present), every education entry's fields, each expected skill,
 * certificate, language and project name, plus one point per section for the entry count.
 */
import type { JsonResume } from '../../src/protocol/json-resume.ts';

export interface ExpectedResume {
  basics: { name?: string; email?: string; phone?: string; location?: { city?: string; region?: string; countryCode?: string } };
  work: { name: string; position: string; startDate: string; endDate: string | null }[];
  education: { institution?: string; studyType?: string; area?: string; startDate?: string; endDate?: string }[];
  skills: string[];
  certificates?: string[];
  languages?: string[];
  projects?: string[];
}

export interface ParseScore {
  correct: number;
  total: number;
  misses: string[];
}

const normalise = (value: unknown) =>
  String(value ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.,]+$/, '')
    .trim();

/** Scores a parsed resume against its expectation. */
export function scoreParse(expected: ExpectedResume, actual: JsonResume): ParseScore {
  const score: ParseScore = { correct: 0, total: 0, misses: [] };
  const check = (label: string, want: unknown, got: unknown, same = (a: unknown, b: unknown) => normalise(a) === normalise(b)) => {
    score.total++;
    if (same(want, got)) score.correct++;
    else score.misses.push(`${label}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  const basics = actual.basics ?? {};
  if (expected.basics.name) check('basics.name', expected.basics.name, basics.name);
  if (expected.basics.email) check('basics.email', expected.basics.email, basics.email);
  if (expected.basics.phone) {
    check('basics.phone', expected.basics.phone, basics.phone, (a, b) => String(a).replace(/\D/g, '') === String(b ?? '').replace(/\D/g, ''));
  }
  for (const key of ['city', 'region', 'countryCode'] as const) {
    const want = expected.basics.location?.[key];
    if (want) check(`basics.location.${key}`, want, basics.location?.[key]);
  }
  const work = [...(actual.work ?? [])];
  check('work.length', expected.work.length, work.length, (a, b) => a === b);
  for (const [index, want] of expected.work.entries()) {
    const got = takeBest(work, (entry) =>
      [normalise(entry.name) === normalise(want.name), normalise(entry.position) === normalise(want.position), entry.startDate === want.startDate].filter(Boolean).length,
    );
    check(`work[${index}].name`, want.name, got?.name);
    check(`work[${index}].position`, want.position, got?.position);
    check(`work[${index}].startDate`, want.startDate, got?.startDate);
    check(`work[${index}].endDate`, want.endDate, got ? (got.endDate ?? null) : 'missing', (a, b) => a === b);
  }
  const education = [...(actual.education ?? [])];
  check('education.length', expected.education.length, education.length, (a, b) => a === b);
  for (const [index, want] of expected.education.entries()) {
    const got = takeBest(education, (entry) =>
      (['institution', 'studyType', 'area', 'endDate'] as const).filter((key) => want[key] !== undefined && normalise(entry[key]) === normalise(want[key])).length,
    );
    for (const key of ['institution', 'studyType', 'area', 'startDate', 'endDate'] as const) {
      if (want[key] !== undefined) check(`education[${index}].${key}`, want[key], got?.[key]);
    }
  }
  const skillNames = new Set((actual.skills ?? []).flatMap((skill) => [skill.name, ...(skill.keywords ?? [])]).map(normalise));
  for (const skill of expected.skills) check(`skills: ${skill}`, true, skillNames.has(normalise(skill)), (a, b) => a === b);
  const named = (label: string, wanted: string[] | undefined, names: (string | undefined)[]) => {
    const have = new Set(names.map(normalise));
    for (const name of wanted ?? []) check(`${label}: ${name}`, true, have.has(normalise(name)), (a, b) => a === b);
  };
  named('certificates', expected.certificates, (actual.certificates ?? []).map((item) => item.name));
  named('languages', expected.languages, (actual.languages ?? []).map((item) => item.language));
  named('projects', expected.projects, (actual.projects ?? []).map((item) => item.name));
  return score;
}

function takeBest<T>(pool: T[], rate: (item: T) => number): T | undefined {
  let best = -1;
  let bestIndex = -1;
  for (const [index, item] of pool.entries()) {
    const rating = rate(item);
    if (rating > best) {
      best = rating;
      bestIndex = index;
    }
  }
  return bestIndex >= 0 ? pool.splice(bestIndex, 1)[0] : undefined;
}
