/**
 * `jobpilot serve` / `npm start`: runs the server until SIGINT/SIGTERM. The server is
 * loaded only here, so client commands never pay for its imports.
 *
 * @example
 * await serveCommand();
 */
export async function serveCommand(): Promise<void> {
  const { serve } = await import('../../main.ts');
  await serve();
}
