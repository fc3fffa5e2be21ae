const remoteWording = /\b(?:remote|anywhere|worldwide|work from home|wfh|home[- ]?office)\b/i;

/**
 * true when any of the texts (a location, a title) says the work is remote, else null:
 * silence is not a statement that the work is on-site.
 *
 * @example
 * inferRemote('Remote - US'); // true
 * inferRemote('San Francisco, CA'); // null
 */
export function inferRemote(...texts: Array<string | null | undefined>): true | null {
  return texts.some((text) => text && remoteWording.test(text)) ? true : null;
}
