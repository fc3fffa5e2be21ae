import {
  stripControlCharacters,
  stripControlCharactersInLine,
} from '../protocol/control-characters.ts';
import type { NormalisedPosting } from '../protocol/posting.ts';

/**
 * A posting's text without terminal control characters, as it is stored: title, company,
 * location and tags on one line each, the description keeping its line breaks. Boards and
 * imports are written by strangers; an `ESC]0;…` in a title must not reach a terminal.
 *
 * @example
 * withoutControlCharacters(posting).title; // 'Engineer', not '\u001b[2JEngineer'
 */
export function withoutControlCharacters(posting: NormalisedPosting): NormalisedPosting {
  return {
    ...posting,
    title: stripControlCharactersInLine(posting.title),
    company: stripControlCharactersInLine(posting.company),
    location: posting.location === null ? null : stripControlCharactersInLine(posting.location),
    tags: posting.tags.map(stripControlCharactersInLine),
    description: stripControlCharacters(posting.description),
  };
}
