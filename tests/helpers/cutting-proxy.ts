import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CuttingProxy {
  /** The proxy's address: another port for the same server. */
  url: string;
  /** Whether it has cut a connection since it was (re)armed. */
  readonly cut: boolean;
  /** Cuts again: the next connection opened from now on that carries `cutAfter`. */
  rearm(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of `target` that cuts one connection in the middle, the way a dropped
 * network does: the first connection opened while armed whose answer carries `cutAfter` is
 * destroyed (both ends) right after that text passed, and `onCut` is called; every other
 * connection passes untouched.
 *
 * @example
 * const proxy = await startCuttingProxy(server.url, { cutAfter: 'word2 ', onCut: () => planner.open() });
 */
export async function startCuttingProxy(target: string, { cutAfter, onCut = () => {} }: { cutAfter: string; onCut?: () => void }): Promise<CuttingProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let cut = false;
  const proxy = createServer((client) => {
    const upstream = connect({ host: hostname, port: Number(port) });
    sockets.add(client).add(upstream);
    const cutThis = !cut;
    let passed = '';
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (client.destroyed) return;
      client.write(chunk);
      passed += String(chunk);
      if (cutThis && !cut && passed.includes(cutAfter)) {
        cut = true;
        client.destroy();
        upstream.destroy();
        onCut();
      }
    });
    for (const socket of [client, upstream]) {
      socket.on('error', () => {});
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(socket);
      });
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    get cut() {
      return cut;
    },
    rearm() {
      cut = false;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
