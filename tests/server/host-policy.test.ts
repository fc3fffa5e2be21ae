import { describe, expect, it } from 'vitest';
import { allowedHostList, hostAllowed, type HostPolicy, parseHost } from '../../src/server/host-policy.ts';

const loopback: HostPolicy = { boundHost: '127.0.0.1', allowedHosts: [] };
const local = { address: '127.0.0.1', port: 8000 };
const allowed = (host: string, policy = loopback, end = local) => {
  const parsed = parseHost(host);
  return parsed !== undefined && hostAllowed(parsed, policy, end);
};

describe('parseHost', () => {
  it('reads Host headers the way browsers write them', () => {
    expect(parseHost('LocalHost:8000')).toEqual({ hostname: 'localhost', port: 8000 });
    expect(parseHost('[::1]:8000')).toEqual({ hostname: '[::1]', port: 8000 });
    expect(parseHost('example.com')).toEqual({ hostname: 'example.com', port: 80 });
  });

  it('refuses what is not a host', () => {
    for (const value of [undefined, '', 'a b', 'evil.example/x', 'evil@127.0.0.1', 'a\\b', 'host:99999']) {
      expect(parseHost(value)).toBeUndefined();
    }
  });
});

describe('hostAllowed', () => {
  it('takes the loopback names and the bound address on the server port only', () => {
    expect(['localhost:8000', '127.0.0.1:8000', '[::1]:8000'].map((host) => allowed(host))).toEqual([true, true, true]);
    expect(['localhost:8001', 'localhost', 'evil.example:8000', 'localhost.evil.example:8000'].map((host) => allowed(host))).toEqual([false, false, false, false]);
  });

  it('behind a wildcard bind, takes the address the connection arrived on, never 0.0.0.0', () => {
    const wildcard: HostPolicy = { boundHost: '0.0.0.0', allowedHosts: [] };
    const lan = { address: '::ffff:192.168.1.5', port: 8000 };
    expect(allowed('192.168.1.5:8000', wildcard, lan)).toBe(true);
    expect(allowed('192.168.1.6:8000', wildcard, lan)).toBe(false);
    expect(allowed('0.0.0.0:8000', wildcard, lan)).toBe(false);
    expect(allowed('jobpilot.lan:8000', wildcard, lan)).toBe(false);
  });

  it('takes JOBPILOT_ALLOWED_HOSTS: a bare name on any port, name:port on that port', () => {
    const policy: HostPolicy = { boundHost: '127.0.0.1', allowedHosts: ['jobpilot.lan', 'proxy.example:8443'] };
    expect(allowed('jobpilot.lan', policy)).toBe(true);
    expect(allowed('jobpilot.lan:9000', policy)).toBe(true);
    expect(allowed('proxy.example:8443', policy)).toBe(true);
    expect(allowed('proxy.example:8000', policy)).toBe(false);
  });

  it('lists the names a person can use', () => {
    expect(allowedHostList({ boundHost: '10.0.0.2', allowedHosts: ['jobpilot.lan'] }, 8000)).toEqual([
      'localhost:8000',
      '127.0.0.1:8000',
      '[::1]:8000',
      '10.0.0.2:8000',
      'jobpilot.lan',
    ]);
  });
});
