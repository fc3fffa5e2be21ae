import open from 'open';
import { z } from 'zod';
import { defineAction } from '../action.ts';

const allowedProtocols = new Set(['http:', 'https:']);

/**
 * Turns what a person or model wrote into an http(s) URL, or explains why it can't.
 * A bare domain ("github.com") becomes https; any other scheme is refused.
 *
 * @example
 * normalizeWebUrl('github.com'); // { ok: true, url: 'https://github.com/' }
 */
export function normalizeWebUrl(
  input: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: 'No URL was given.' };
  if (/\s/.test(trimmed))
    return { ok: false, reason: `"${trimmed}" is not a URL (it contains spaces).` };
  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
  // "localhost:3000" and "example.com:8080/x" look like a scheme but are host:port.
  const looksLikeHostPort = schemeMatch !== null && /^[^/:]+:\d+(\/|$)/.test(trimmed);
  const candidate = schemeMatch && !looksLikeHostPort ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: `"${trimmed}" is not a valid URL.` };
  }
  if (!allowedProtocols.has(url.protocol)) {
    return {
      ok: false,
      reason: `Refused to open "${trimmed}": only http and https links can be opened (got ${url.protocol.replace(/:$/, '')}).`,
    };
  }
  if (!url.hostname || (!url.hostname.includes('.') && url.hostname !== 'localhost')) {
    return { ok: false, reason: `"${trimmed}" has no domain to open.` };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'Refused to open a link with embedded credentials.' };
  }
  return { ok: true, url: url.href };
}

export const openWebsite = defineAction({
  name: 'open_website',
  description: 'Open a web page in the default browser. Only http and https links.',
  args: z.object({
    url: z
      .string()
      .min(1)
      .max(2048)
      .describe(
        'The address to open, e.g. "https://github.com" or a bare domain like "github.com".',
      ),
  }),
  approval: () => 'auto',
  async run({ url }, { signal }) {
    const normalized = normalizeWebUrl(url);
    if (!normalized.ok) return { ok: false, summary: normalized.reason };
    signal.throwIfAborted();
    try {
      // `open` spawns the bundled xdg-open with an argument array: no shell is involved.
      await open(normalized.url);
    } catch (error) {
      return {
        ok: false,
        summary: `Could not open ${normalized.url}: ${(error as Error).message}`,
      };
    }
    return {
      ok: true,
      summary: `Opened ${normalized.url} in the browser.`,
      data: { url: normalized.url },
      references: { last_url: normalized.url },
    };
  },
});
