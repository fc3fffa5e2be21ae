import type { InlineRun } from './markdown-inline.ts';
import { clean } from './work-history.ts';
import type { WriterResume } from './writer-input.ts';

/** A link under the person's name: its label and where it goes. */
export interface ContactLink {
  label: string;
  url: string;
}

/** Who the document is from, shown under its title. */
export interface ContactHeader {
  name?: string;
  email?: string;
  phone?: string;
  location?: string;
  links: ContactLink[];
}

/** What an exporter needs besides the Markdown. */
export interface DocumentExportOptions {
  /** The document's title; defaults to its first `#` heading. Also the file's Title metadata. */
  title?: string;
  /** The file's Author metadata; defaults to the contact's name. */
  author?: string;
  /** The contact header under the title; none when omitted. */
  contact?: ContactHeader;
  /** false: the title is the file's metadata only, not printed (a letter carries no heading). */
  titleOnPage?: boolean;
}

function linkLabel(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '');
}

/**
 * The contact header a resume gives: name, email, phone, "City, Region, CC", its website and
 * its profiles (only those with a web address; http(s) only, so no `javascript:` links).
 *
 * @example
 * contactHeaderFromResume(resume);
 * // { name: 'Jane Müller', email: 'jane@…', location: 'Berlin, DE', links: [{ label: 'github.com/janem', url: 'https://github.com/janem' }] }
 */
export function contactHeaderFromResume(resume: WriterResume): ContactHeader {
  const basics = resume.basics ?? {};
  const { city, region, countryCode } = basics.location ?? {};
  const place = [clean(city), clean(region) === clean(city) ? undefined : clean(region), clean(countryCode)].filter(Boolean);
  const urls = [basics.url, ...(basics.profiles ?? []).map((profile) => profile.url)]
    .map(clean)
    .filter((url): url is string => url !== undefined && /^https?:\/\/\S+$/i.test(url));
  return {
    name: clean(basics.name),
    email: clean(basics.email),
    phone: clean(basics.phone),
    location: place.length > 0 ? place.join(', ') : undefined,
    links: [...new Set(urls)].map((url) => ({ label: linkLabel(url), url })),
  };
}

/**
 * The header's details as the exporters print them under the name: email, phone and place on
 * one line, web links on the next, each item a run (links carry their target) with " · " between.
 */
export function contactLines(contact: ContactHeader): InlineRun[][] {
  const reach: InlineRun[] = [
    ...(contact.email ? [{ text: contact.email, link: `mailto:${contact.email}` }] : []),
    ...(contact.phone ? [{ text: contact.phone }] : []),
    ...(contact.location ? [{ text: contact.location }] : []),
  ];
  const web: InlineRun[] = contact.links.map((link) => ({ text: link.label, link: link.url }));
  const separated = (items: InlineRun[]) => items.flatMap((item, index) => (index > 0 ? [{ text: '  ·  ' }, item] : [item]));
  return [reach, web].filter((line) => line.length > 0).map(separated);
}
