import type { JsonResume } from '../../../src/protocol/json-resume.ts';

const countries: Record<string, string> = {
  PL: 'Poland', ES: 'Spain', US: 'USA', CA: 'Canada', IE: 'Ireland', GB: 'United Kingdom',
  DK: 'Denmark', DE: 'Germany', NG: 'Nigeria', SG: 'Singapore',
};

/** "Chicago, IL" or "Kraków, Poland": the place line as people write it. */
export function placeLine(resume: JsonResume): string {
  const location = resume.basics?.location ?? {};
  const country = location.countryCode ? countries[location.countryCode] ?? location.countryCode : undefined;
  const second = location.region ?? (country !== location.city ? country : undefined);
  return [location.city, second].filter(Boolean).join(', ');
}

/** A profile URL without the scheme and "www.", the way many people print it. */
export function bareUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

/** Every skill keyword (or the skill's name when it has none), in order. */
export function allSkills(resume: JsonResume): string[] {
  return (resume.skills ?? []).flatMap((skill) => (skill.keywords?.length ? skill.keywords : skill.name ? [skill.name] : []));
}
