import { basename } from 'node:path';
import type { ActionResult } from '../action.ts';
import { defineAction } from '../action.ts';
import { browserOpener, launchDetached } from '../desktop/launch-detached.ts';
import { launchFailure } from '../desktop/launch-failure.ts';
import { openWebsiteArgs } from './args.ts';
import { normalizeWebUrl } from './normalize-web-url.ts';
import { openWebsitePhrasing } from './phrasing.ts';

export { normalizeWebUrl } from './normalize-web-url.ts';

/** Finds the posting URL of a job reference ("the second one", "Stripe", "it"), or says why not. */
export type FindJobUrl = (
  job: string,
  references: Readonly<Record<string, string>>,
) => Promise<{ ok: true; id: string; url: string; title: string } | { ok: false; error: string }>;

export interface OpenWebsiteDependencies {
  /** How `job` becomes a URL; without it, only addresses can be opened. */
  findJobUrl?: FindJobUrl | undefined;
}

/**
 * `open_website`: opens an http(s) address, or a job's posting, in the default browser.
 *
 * @example
 * registry line: makeOpenWebsiteAction({ findJobUrl })
 */
export const makeOpenWebsiteAction = ({ findJobUrl }: OpenWebsiteDependencies = {}) =>
  defineAction({
    name: 'open_website',
    description: 'Open a web page, or a job posting from the results, in the default browser. Only http and https links.',
    args: openWebsiteArgs,
    phrasing: openWebsitePhrasing,
    approval: () => 'auto',
    // After reading a posting, only its own page or a job board opens without asking.
    // Once outside text is in the thread, every site asks: a board's own links are outside text too.
    desktop: true,
    // The job is found before asking, in the lists the person saw, and pinned by its id.
    async preview({ url, job }, { references = {} }) {
      if (job === undefined) {
        const normalized = normalizeWebUrl(url ?? '');
        return normalized.ok ? { ok: true, text: `open ${normalized.url} in your browser` } : { ok: false, error: normalized.reason };
      }
      if (!findJobUrl) return { ok: false, error: 'Opening a job posting needs the job index, which is not available here.' };
      const found = await findJobUrl(job, references);
      if (!found.ok) return found;
      return { ok: true, text: `open ${found.url} (${found.title}) in your browser`, args: { job: found.id } };
    },
    async run({ url, job }, { signal, references = {} }) {
      let address = url ?? '';
      let what = '';
      if (job !== undefined) {
        if (!findJobUrl) return { ok: false, summary: 'Opening a job posting needs the job index, which is not available here.' };
        const found = await findJobUrl(job, references);
        if (!found.ok) return { ok: false, summary: found.error };
        address = found.url;
        what = ` (${found.title})`;
      }
      return openInBrowser(address, what, signal);
    },
  });

/** The action without the job index: addresses only. */
export const openWebsite = makeOpenWebsiteAction();

async function openInBrowser(address: string, what: string, signal: AbortSignal): Promise<ActionResult> {
  const normalized = normalizeWebUrl(address);
  if (!normalized.ok) return { ok: false, summary: normalized.reason };
  // The bundled xdg-open, the URL as one argument (no shell), the desktop environment only,
  // watched until it has clearly started or failed: "Opened …" only when a browser took it.
  const opener = browserOpener();
  const outcome = await launchDetached(opener, [normalized.url], { signal });
  if (!outcome.ok) {
    const why = outcome.reason === 'not-installed' ? `${basename(opener)} is not installed, so no browser can be started from here` : launchFailure(outcome, opener);
    return {
      ok: false,
      summary: `I couldn't open a browser: ${why}. Meanwhile, open the link yourself: ${normalized.url}${what}`,
      data: { url: normalized.url },
    };
  }
  return {
    ok: true,
    summary: `Opened ${normalized.url}${what} in the browser.`,
    data: { url: normalized.url },
    references: { last_url: normalized.url },
  };
}
