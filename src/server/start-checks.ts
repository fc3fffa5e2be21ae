import { type Config, ConfigError } from '../config.ts';
import { portInUse } from './port-in-use.ts';

/** This machine only: no token is needed to listen there. */
const loopbackHosts = new Set(['127.0.0.1', '::1', 'localhost']);

/** The ConfigError a taken port is reported with, before start-up or at the listen. */
export const portTaken = (config: Pick<Config, 'host' | 'port'>) =>
  new ConfigError(`Port ${config.port} on ${config.host} is already in use: is jobpilot already running? Set PORT to use another port.`);

/**
 * Throws the ConfigError that would stop the server before anything starts: a non-loopback
 * HOST without a token, or a port already taken. Asked first, so nothing (no embedded
 * Postgres, no new cluster) is created for a server that cannot listen.
 *
 * @example
 * await checkStartable(config); // then start Postgres, then the server
 */
export async function checkStartable(config: Pick<Config, 'host' | 'port' | 'token'>): Promise<void> {
  if (!loopbackHosts.has(config.host) && !config.token) {
    throw new ConfigError(
      `Invalid configuration. JOBPILOT_TOKEN: required when HOST is not a loopback address (HOST=${config.host}); clients then send "authorization: Bearer <token>".`,
    );
  }
  if (config.port !== 0 && (await portInUse(config.host, config.port))) throw portTaken(config);
}
