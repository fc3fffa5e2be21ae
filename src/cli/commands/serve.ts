/**
 * `jobpilot serve` / `npm start`: runs the server until SIGINT/SIGTERM/SIGHUP and returns the
 * exit code (0 after an orderly stop). The server is loaded only here, so client commands
 * never pay for its imports.
 *
 * @example
 * process.exitCode = await serveCommand();
 */
export async function serveCommand(): Promise<number> {
  const { serve } = await import('../../main.ts');
  return serve();
}
