import type { FastifyInstance, FastifyReply } from 'fastify';
import type { WebAsset, WebAssets } from '../web-assets.ts';

/**
 * The page may load only what this server serves and talk only to it: no script, style,
 * font or request reaches anywhere else, and no other site may frame it.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const send = (reply: FastifyReply, asset: WebAsset) =>
  reply
    .header('content-type', asset.type)
    .header('cache-control', 'no-cache')
    .header('content-security-policy', contentSecurityPolicy)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .send(asset.body);

/**
 * The web app at `/`: the page, its script and its style sheet. They hold nothing of a
 * person's (every piece of data comes from `/v1` with the token), so they need no token;
 * the Host check applies as everywhere. Not part of the API document.
 *
 * The files may still be building when the server starts answering (the bundle is made after
 * it listens, so readiness does not wait for it): a request meanwhile waits for them. When
 * they could not be built (`undefined`), `/` and its files are 404.
 *
 * @example
 * app.register(webAppRoutes, { assets: bundleWebApp() });
 */
export async function webAppRoutes(
  app: FastifyInstance,
  { assets }: { assets: WebAssets | Promise<WebAssets | undefined> },
): Promise<void> {
  const asset = async (file: string): Promise<WebAsset | undefined> => (await assets)?.get(file);
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const page = await asset('index.html');
    return page ? send(reply, page) : reply.callNotFound();
  });
  app.get<{ Params: { file: string } }>('/assets/:file', { schema: { hide: true } }, async (request, reply) => {
    const found = request.params.file === 'index.html' ? undefined : await asset(request.params.file);
    if (!found) return reply.callNotFound();
    return send(reply, found);
  });
}
