/*
 * Text from outside (a board's posting, an imported file, a model's answer) may carry
 * terminal control sequences: ESC]0;…BEL retitles the window, ESC[2J clears the screen,
 * OSC 52 writes the clipboard, a bare CR overwrites the line shown. Such text is stripped
 * when it is stored, and again when the CLI prints it.
 */

/* eslint-disable no-control-regex -- matching control characters is the point of this file */
/** Whole escape sequences, so nothing of them ("[2J", "]0;title") is left behind. */
const escapeSequence = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]', // CSI (colours, cursor moves, clearing)
    '\\u001b[\\]PX^_][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?', // OSC, DCS, SOS, PM, APC strings
    '\\u009b[0-?]*[ -/]*[@-~]', // 8-bit CSI
    '[\\u009d\\u0090\\u0098\\u009e\\u009f][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?', // 8-bit strings
    '\\u001b[ -/]*[0-~]?', // any other escape
  ].join('|'),
  'g',
);
/** C0 controls but tab and newline, DEL, and C1 controls. */
const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

/**
 * `text` without control characters: escape sequences removed whole, C0 controls (but tab
 * and newline), DEL and C1 controls removed; line endings (`\r\n`, a lone `\r`) become `\n`.
 *
 * @example
 * stripControlCharacters('\u001b]0;pwned\u0007Engineer\u001b[2J'); // 'Engineer'
 */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(escapeSequence, '').replace(controlCharacter, '');
}

/**
 * One-line text (a title, a company, a label) without control characters, its line breaks
 * and tabs as single spaces.
 *
 * @example
 * stripControlCharactersInLine('Senior\n\u001b[31mEngineer'); // 'Senior Engineer'
 */
export const stripControlCharactersInLine = (text: string): string =>
  stripControlCharacters(text).replace(/[ \t]*[\t\n][ \t\n]*/g, ' ');

/**
 * A JSON value with every string (and object key) in it stripped of control characters;
 * other values as they are.
 *
 * @example
 * stripControlCharactersDeep({ basics: { name: 'Jane\u001b[2J' } }); // { basics: { name: 'Jane' } }
 */
export function stripControlCharactersDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map(stripControlCharactersDeep) as T;
  if (value === null || typeof value !== 'object') return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  // Plain objects only (a parser's null-prototype records too); a Date or a Buffer stays as it is.
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [stripControlCharacters(key), stripControlCharactersDeep(item)]),
  ) as T;
}
