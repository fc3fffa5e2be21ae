import { describe, expect, it } from 'vitest';
import { portTaken } from '../../src/server/start-checks.ts';
import { onFreePort, PortTaken, saysPortTaken } from './server-process.ts';

// Test servers (`startServerProcess`, the stream-load server, the scale bench's children) are
// started on a port picked free and closed again: a parallel test can bind it before the child
// does. The child then says so and exits, and the start is tried on another port.

describe('a start on a port picked free', () => {
  it('recognises the server’s own words for a taken port, at its start-up check and at the listen', () => {
    expect(saysPortTaken(`jobpilot: ${portTaken({ host: '127.0.0.1', port: 40983 }).message}\n`)).toBe(true);
    expect(saysPortTaken('jobpilot: Invalid configuration. PORT: expected a number')).toBe(false);
  });

  it('is tried again on another port when the port was taken, up to three times', async () => {
    const tried: number[] = [];
    const started = await onFreePort(async (port) => {
      tried.push(port);
      if (tried.length < 3) throw new PortTaken(`Port ${port} on 127.0.0.1 is already in use`);
      return `on ${port}`;
    });
    expect(tried).toHaveLength(3);
    expect(started).toBe(`on ${tried[2]}`);
    await expect(onFreePort(async (port) => Promise.reject(new PortTaken(`Port ${port} taken`)))).rejects.toThrow(PortTaken);
  });

  it('is not tried again when it failed for another reason', async () => {
    let calls = 0;
    await expect(
      onFreePort(async () => {
        calls++;
        throw new Error('the server exited: Invalid configuration');
      }),
    ).rejects.toThrow(/Invalid configuration/);
    expect(calls).toBe(1);
  });
});
