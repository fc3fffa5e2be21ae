import { createServer } from 'node:net';

/**
 * Whether something already listens on `host:port`: a trial bind, closed at once. Asked before
 * anything starts (the embedded Postgres, a new cluster), so a port that is taken is said
 * first, and nothing is created for a server that cannot listen. Any other failure to bind
 * (a host not on this machine, a port it may not use) is left for the real listen to report.
 *
 * @example
 * if (await portInUse('127.0.0.1', 8000)) throw new ConfigError('Port 8000 is already in use.');
 */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}
