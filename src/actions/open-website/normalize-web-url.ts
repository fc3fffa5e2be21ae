const allowedProtocols = new Set(['http:', 'https:']);

/**
 * Turns what a person or model wrote into an http(s) URL, or explains why it can't.
 * A bare domain ("github.com") becomes https; any other scheme is refused.
 *
 * @example
 * normalizeWebUrl('github.com'); // { ok: true, url: 'https://github.com/' }
 */
export function normalizeWebUrl(input: string): { ok: true; url: string } | { ok: false; reason: string } {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: 'No URL was given.' };
  if (/\s/.test(trimmed)) return { ok: false, reason: `"${trimmed}" is not a URL (it contains spaces).` };
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
