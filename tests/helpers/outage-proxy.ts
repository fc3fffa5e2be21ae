import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface OutageProxy {
  /** `target` with the proxy's port: the same server, through the proxy. */
  url: string;
  /** Whether the server is unreachable through the proxy now. */
  readonly down: boolean;
  /**
   * Makes the server unreachable, the way a paused Postgres or a dropped network is: every open
   * connection is cut, and a new one is accepted but never answered (its connect times out).
   */
  goDown(): void;
  /** Reachable again: held connections are cut (their clients try anew), new ones pass. */
  comeBack(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a Postgres (or any server) that the test takes down and brings back.
 *
 * @example
 * const proxy = await startOutageProxy(databaseUrl);
 * const pool = createPool(proxy.url);
 * proxy.goDown(); // queries now time out
 * proxy.comeBack();
 */
export async function startOutageProxy(target: string): Promise<OutageProxy> {
  const targetUrl = new URL(target);
  const passing = new Set<Socket>();
  const held = new Set<Socket>();
  let down = false;
  const proxy = createServer((client) => {
    client.on('error', () => {});
    if (down) {
      held.add(client);
      client.on('close', () => held.delete(client));
      return;
    }
    const upstream = connect({ host: targetUrl.hostname, port: Number(targetUrl.port) });
    upstream.on('error', () => {});
    passing.add(client).add(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    for (const socket of [client, upstream]) {
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
        passing.delete(socket);
      });
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((proxy.address() as AddressInfo).port);
  return {
    url: url.href,
    get down() {
      return down;
    },
    goDown() {
      down = true;
      for (const socket of passing) socket.destroy();
    },
    comeBack() {
      down = false;
      for (const socket of held) socket.destroy();
    },
    async close() {
      for (const socket of [...passing, ...held]) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
