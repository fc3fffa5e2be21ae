/** A request's target as the client named it: a host name or IP literal (IPv6 in brackets) and a port. */
export interface HostAndPort {
  hostname: string;
  port: number;
}

/** Who may address this server: the names it answers to beyond loopback and its own address. */
export interface HostPolicy {
  /** The address the server was told to bind (`HOST`), e.g. `127.0.0.1`, `0.0.0.0`, `::1`. */
  boundHost: string;
  /** `JOBPILOT_ALLOWED_HOSTS`: `name` (any port) or `name:port`. */
  allowedHosts: readonly string[];
}

/** The connection a request arrived on: the server's own address and port for it. */
export interface LocalEnd {
  address: string | undefined;
  port: number | undefined;
}

const loopbackNames: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
const wildcardNames: ReadonlySet<string> = new Set(['0.0.0.0', '[::]']);

/** An address as a URL host names it: `::1` → `[::1]`, `::ffff:10.0.0.2` → `10.0.0.2`. */
function addressName(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  return address.includes(':') && !address.startsWith('[') ? `[${address.toLowerCase()}]` : address.toLowerCase();
}

/**
 * `Host`-header syntax (`name`, `name:port`, `[v6]:port`) read the way a browser writes it:
 * lower-cased, IP literals normalised, the default port 80 filled in. Anything else
 * (paths, credentials, spaces, an empty value) is `undefined`.
 *
 * @example
 * parseHost('LocalHost:8000'); // { hostname: 'localhost', port: 8000 }
 */
export function parseHost(value: string | undefined, defaultPort = 80): HostAndPort | undefined {
  if (!value || /[\s/?#@\\]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(`http://${value}`);
  } catch {
    return undefined;
  }
  if (!url.hostname) return undefined;
  return { hostname: url.hostname, port: url.port ? Number(url.port) : defaultPort };
}

/**
 * Whether a request (or the page that sent it) addressed this server by a name it answers
 * to: a loopback name, the bound address or the address the connection arrived on, each
 * with the port the server listens on; or an entry of `JOBPILOT_ALLOWED_HOSTS` (a bare name
 * allows any port). A DNS-rebinding page always addresses the server by its own domain
 * name, which is none of these.
 *
 * @example
 * hostAllowed({ hostname: 'localhost', port: 8000 }, policy, { address: '127.0.0.1', port: 8000 }); // true
 */
export function hostAllowed(host: HostAndPort, policy: HostPolicy, local: LocalEnd): boolean {
  for (const entry of policy.allowedHosts) {
    const allowed = parseHost(entry, 0);
    if (allowed && allowed.hostname === host.hostname && (allowed.port === 0 || allowed.port === host.port)) return true;
  }
  if (local.port !== undefined && host.port !== local.port) return false;
  if (loopbackNames.has(host.hostname)) return true;
  const bound = addressName(policy.boundHost);
  if (host.hostname === bound && !wildcardNames.has(bound)) return true;
  return local.address !== undefined && host.hostname === addressName(local.address);
}

/**
 * The names a person can use, for an error message: `localhost:8000, 127.0.0.1:8000, …`.
 *
 * @example
 * allowedHostList(policy, 8000);
 */
export function allowedHostList(policy: HostPolicy, port: number | undefined): string[] {
  const suffix = port === undefined ? '' : `:${port}`;
  const bound = addressName(policy.boundHost);
  const own = [...loopbackNames, ...(wildcardNames.has(bound) || loopbackNames.has(bound) ? [] : [bound])];
  return [...own.map((name) => `${name}${suffix}`), ...policy.allowedHosts];
}
