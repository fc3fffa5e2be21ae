import { basename } from 'node:path';
import type { LaunchOutcome } from './launch-detached.ts';

type Failed = Extract<LaunchOutcome, { reason: 'failed' }>;

/** Causes a launcher's own words give away, each with what a person can do about it. */
const knownCauses: ReadonlyArray<{ said: RegExp; cause: string }> = [
  {
    said: /as root without --no-sandbox|running as root|as the root user/i,
    cause: 'it refuses to run as root; start jobpilot as your own user, not as root',
  },
  {
    said: /(?:can'?t|cannot|unable to|could not|failed to) (?:open|connect to) (?:the )?(?:x )?(?:display|wayland)|no display|missing x server|\$DISPLAY|gtk initialization failed|could not connect to any x display/i,
    cause:
      'there is no display for the programs the server starts (DISPLAY or WAYLAND_DISPLAY was not set where `jobpilot serve` started: over SSH, in a container or as a service); start the server from your desktop session',
  },
];

/** xdg-open's exit codes (its manual) when the browser it ran said nothing of why. */
const xdgOpenCodes: Readonly<Record<number, string>> = {
  3: 'no program to open links with was found; install a browser, or set BROWSER to one before starting the server',
  4: 'the browser it picked did not start',
};

/**
 * Why a launch failed and what to do, in a person's words: how it ended ("xdg-open exited with
 * code 4"), the program's own error line when it gave one (for xdg-open, the browser's words
 * before its own), and the cause when those words or the code give it away.
 *
 * @example
 * launchFailure({ ok: false, reason: 'failed', code: 4, signal: null, said: ['Running as root without --no-sandbox is not supported.'] }, '/opt/xdg-open');
 * // 'xdg-open exited with code 4 ("Running as root without --no-sandbox is not supported."): it refuses to run as root; start jobpilot as your own user, not as root'
 */
export function launchFailure(outcome: Failed, program: string): string {
  const name = basename(program);
  if (outcome.error !== undefined) return `${name} could not be started (${outcome.error})`;
  const ended = outcome.signal ? `${name} was stopped by ${outcome.signal}` : `${name} exited with code ${outcome.code}`;
  const opener = name === 'xdg-open';
  // xdg-open's own words ("no method available for opening …", its shell's "…/xdg-open: 1045: w3m:
  // not found" for each browser it looked for) say less than a browser's that ran.
  const others = opener ? outcome.said.filter((line) => !/^(?:\S*\/)?xdg-open:/.test(line)) : outcome.said;
  const known = knownCauses.find(({ said }) => outcome.said.some((line) => said.test(line)));
  const quoted = known ? outcome.said.find((line) => known.said.test(line)) : (others.at(-1) ?? outcome.said.at(-1));
  const words = quoted ? ` ("${quoted}")` : '';
  let cause = known?.cause;
  if (!cause && opener) cause = others.length > 0 ? 'the browser it ran did not start' : outcome.code !== null ? xdgOpenCodes[outcome.code] : undefined;
  return `${ended}${words}${cause ? `: ${cause}` : ''}`;
}
