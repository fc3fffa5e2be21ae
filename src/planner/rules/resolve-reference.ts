import { findUrls, sameAddress } from './find-urls.ts';
import type { ConversationContext, ReferenceTarget, RequestedStep } from './intents.ts';

/**
 * What "that site", "it" or "that app" points at: the newest message that mentions a page
 * or the last app wins, then the references earlier steps left (`last_url`, `last_app`).
 *
 * @example
 * resolveReference('site', { references: { last_url: 'https://github.com/' }, history: [] });
 * // { action: 'open_website', args: { url: 'https://github.com/' } }
 */
export function resolveReference(
  target: ReferenceTarget,
  context: ConversationContext,
): RequestedStep | null {
  const lastUrl = context.references.last_url;
  const lastApp = context.references.last_app;
  for (let index = context.history.length - 1; index >= 0; index--) {
    const content = context.history[index]?.content ?? '';
    if (target !== 'site' && lastApp && content.toLowerCase().includes(lastApp.toLowerCase())) {
      return openApp(lastApp);
    }
    if (target === 'app') continue;
    const urls = findUrls(content);
    const first = urls[0];
    if (first)
      return openWebsite(
        lastUrl && urls.some((url) => sameAddress(url, lastUrl)) ? lastUrl : first,
      );
  }
  if (target !== 'app' && lastUrl) return openWebsite(lastUrl);
  if (target !== 'site' && lastApp) return openApp(lastApp);
  return null;
}

/**
 * "the second one": the nth address in the newest message that lists that many.
 *
 * @example
 * resolveOrdinal(2, { references: {}, history: [{ role: 'assistant', content: 'a.com or b.com' }] });
 * // { action: 'open_website', args: { url: 'b.com' } }
 */
export function resolveOrdinal(
  position: number,
  context: ConversationContext,
): RequestedStep | null {
  for (let index = context.history.length - 1; index >= 0; index--) {
    const url = findUrls(context.history[index]?.content ?? '')[position - 1];
    if (url) return openWebsite(url);
  }
  return null;
}

const openWebsite = (url: string): RequestedStep => ({ action: 'open_website', args: { url } });
const openApp = (appName: string): RequestedStep => ({
  action: 'open_app',
  args: { app_name: appName },
});
