import type { RequestedStep } from './intents.ts';
import { isKnownApp } from './known-apps.ts';
import { findKnownSite } from './known-sites.ts';

/**
 * How the verb leans: "visit" means a website, "launch" an application, "open" either.
 * Weak verbs ("show me", "I need") only count when the thing named is one we know.
 */
export type VerbLeaning = 'site' | 'app' | 'neutral' | 'weak-site' | 'weak';

const explicitUrl = /\b(?:https?|ftp|file):\/\/\S+/i;
/** A scheme ("javascript:…", "file:…"), a dotted domain, or localhost; paths and ports allowed. */
const addressLike =
  /^(?:[a-z][a-z0-9+.-]*:\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?|localhost(?::\d+)?(?:[/?#]\S*)?)$/i;
const leadingFiller = /^(?:(?:the|a|an|my|our|your|up)\s+)+/i;
const trailingFiller =
  /\s+(?:(?:in|on|with|using)\s+(?:(?:the|a|my)\s+)?(?:new\s+)?(?:browser|web browser|tab|window|firefox|chrome)|for me|please|now|right now|real quick|quickly|again)$/i;
const appSuffix = /\s+(?:desktop app|app|application|program)$/i;
const siteSuffix = /\s+(?:website|web site|site|web page|webpage|page|homepage|home page)$/i;
const careersPage =
  /^(?:(?<company>.+?)(?<possessive>'s|’s|s')?\s+(?<kind>careers?|jobs?|job openings|openings|job board)(?:\s+(?:page|site|board|portal))?|(?:careers?|jobs?)(?:\s+(?:page|site|board|portal))?\s+(?:for|of|at|on)\s+(?<other>.+))$/i;
/** Words that show a phrase is a sentence, not the name of a program or site. */
const functionWords =
  /\b(?:for|to|with|about|on|of|in|at|from|me|it|this|that|new|some|all|and|or|is|are|be|if|how|what|why|job|jobs|resume|letter)\b/i;
const siteName = /^[a-z0-9][a-z0-9 -]{0,40}$/;
const maxAppNameLength = 64;
const maxUrlLength = 2048;

/**
 * Turns what follows a verb ("github", "the terminal app", "stripe's careers page") into an
 * `open_website` or `open_app` step, or null when it names nothing we can open.
 *
 * @example
 * resolveTarget('the calculator', 'app'); // { action: 'open_app', args: { app_name: 'calculator' } }
 */
export function resolveTarget(rawTarget: string, leaning: VerbLeaning): RequestedStep | null {
  const url = explicitUrl.exec(rawTarget)?.[0];
  if (url) return website(url);
  let target = clean(rawTarget);
  if (!target) return null;
  if (addressLike.test(target)) return website(target);

  let hint: 'site' | 'app' | undefined;
  if (appSuffix.test(target)) {
    hint = 'app';
    target = clean(target.replace(appSuffix, ''));
  } else if (siteSuffix.test(target)) {
    hint = 'site';
    target = clean(target.replace(siteSuffix, ''));
  }
  if (!target) return null;

  if (hint !== 'app' && leaning !== 'app') {
    const careers = careersPage.exec(target)?.groups;
    if (careers) return careersStep(careers);
  }

  const name = target.toLowerCase();
  const site = findKnownSite(name);
  const app = isKnownApp(name);
  const wordCount = name.split(/\s+/).length;
  switch (hint ?? leaning) {
    case 'site':
      if (site) return website(site.url);
      // Guessing "<word>.com" is only safe for a single brand-like word.
      return siteName.test(name) && wordCount === 1 && !functionWords.test(name)
        ? website(`${name}.com`)
        : null;
    case 'app':
      if (app) return application(name);
      if (site) return website(site.url);
      return wordCount <= 4 && !functionWords.test(name) ? application(name) : null;
    case 'neutral':
      if (app) return application(name);
      if (site) return website(site.url);
      return wordCount <= 2 && !functionWords.test(name) ? application(name) : null;
    case 'weak-site':
      return site ? website(site.url) : null;
    case 'weak':
      if (app) return application(name);
      return site ? website(site.url) : null;
  }
}

/** "stripe's careers page" → stripe.com/jobs; unknown companies only with an explicit "careers". */
function careersStep(groups: Record<string, string | undefined>): RequestedStep | null {
  const company = clean(groups.company ?? groups.other ?? '').toLowerCase();
  if (!company) return null;
  const site = findKnownSite(company);
  if (site) return website(site.jobsUrl ?? site.url);
  if (addressLike.test(company)) return website(`${company.replace(/\/+$/, '')}/careers`);
  const explicitlyCareers = groups.other !== undefined || /^careers?$/i.test(groups.kind ?? '');
  const slug = company.replace(/[\s-]+/g, '');
  if (!explicitlyCareers && !groups.possessive) return null;
  if (!siteName.test(company) || functionWords.test(company) || company.split(/\s+/).length > 3)
    return null;
  return website(`https://${slug}.com/careers`);
}

function clean(text: string): string {
  let cleaned = text.trim().replace(/[.!?,;:]+$/, '');
  let previous: string;
  do {
    previous = cleaned;
    cleaned = cleaned.replace(leadingFiller, '').replace(trailingFiller, '').trim();
  } while (cleaned !== previous);
  return cleaned;
}

function website(url: string): RequestedStep | null {
  return url.length <= maxUrlLength ? { action: 'open_website', args: { url } } : null;
}

function application(name: string): RequestedStep | null {
  return name.length <= maxAppNameLength ? { action: 'open_app', args: { app_name: name } } : null;
}

/**
 * Whether a whole phrase is just an address ("https://x.org/jobs", "github.com").
 *
 * @example
 * isAddress('news.ycombinator.com'); // true
 */
export function isAddress(text: string): boolean {
  const trimmed = text.trim();
  return addressLike.test(trimmed) || (explicitUrl.exec(trimmed)?.[0] ?? '') === trimmed;
}
