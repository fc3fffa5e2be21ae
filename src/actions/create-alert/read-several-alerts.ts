import type { z } from 'zod';
import { isKnownPlace } from '../../jobs/regions.ts';
import type { createAlertArgs } from './args.ts';
import { readAlertRequest, scheduleSaid } from './read-alert-request.ts';

type Args = z.input<typeof createAlertArgs>;

/**
 * Several alerts asked for by name, the list after it: "set up two alerts: …", "alerts for: 1) … 2) …",
 * "make separate alerts for …". ("set up an alert for …" asks for one, and is read as ever.)
 */
const severalAsked =
  /^(?:(?:hi|hey|ok|okay|so|pls|please)[\s,!]+)*(?:(?:can|could|will|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:(?:set\s*up|setup|create|make|add|start|give\s+me|i\s+(?:want|need)|i'?d\s+like)\s+(?:me\s+)?)?(?:(?:two|three|four|five|2|3|4|5|a\s+couple\s+of|a\s+few|several|some|separate|multiple)\s+)?(?:separate\s+|new\s+)?(?:job\s+)?alerts\s*(?:for|about|on)?\s*[:\-–—]?\s+(?<rest>.+)$/i;

/** Told of new postings of two kinds at once, each with its own place: "alert me about new chef jobs in Leeds and new porter jobs in York". */
const toldOfSeveral =
  /^(?:(?:can|could|will|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:alert|tell|notify|ping|e-?mail|text|update)\s+me\s+(?:about|of|on|when(?:ever)?\s+there\s+are)\s+(?<rest>.+)$/i;

/** Where the items part: a number said before each ("1)", "(2)", "3."), a full stop, ";", or "and"/"," before the next item. */
const itemBreak = /\s*(?:^|\s)\(?\d\)\s*|\.\s+|\s*(?:^|\s)\d\.\s+|\s*;\s*|,?\s+and\s+(?:(?:also|another(?:\s+one)?|one)\s+)?(?:for\s+)?|,\s*/i;

/** What all of them share, said last: "both mornings", "all weekly on monday", "each at 7", "every morning for both". */
const sharedWhen = /^(?:(?:both|all(?:\s+of\s+them)?|each|for\s+(?:both|all|each))\s+)?(?<when>.+?)(?:\s+(?:for\s+)?(?:both|all\s+of\s+them|each))?$/i;

/** One item, read as an alert of its own; a known place said last without "in" is where ("pharmacist Bradford"). */
function readItem(item: string): Args | null {
  const args = readAlertRequest(item);
  if (!args?.query) return null;
  if (!args.location) {
    const place = /^(?<query>.+?)\s+(?<place>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)$/u.exec(args.query.trim())?.groups;
    if (place?.query && place.place && isKnownPlace(place.place)) return { ...args, query: place.query, location: place.place };
  }
  return args;
}

/**
 * Several alerts in one message, one for each search with its own place or schedule; what is said
 * for all of them at the end ("both mornings") is each one's schedule unless it says its own.
 * Undefined when the message asks for one alert (items that share a place and say nothing of their
 * own are one search's words: "remote typescript and react jobs").
 *
 * @example
 * readSeveralAlerts('set up two alerts: welder in Hull and rigger in Grimsby, both mornings');
 * // [{ query: 'welder', location: 'Hull', schedule: 'mornings' }, { query: 'rigger', location: 'Grimsby', schedule: 'mornings' }]
 */
export function readSeveralAlerts(message: string): Args[] | undefined {
  const said = message.replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, '');
  const asked = severalAsked.exec(said)?.groups?.rest;
  const rest = asked ?? toldOfSeveral.exec(said)?.groups?.rest;
  if (!rest) return undefined;
  const pieces = rest.split(itemBreak).map((piece) => piece.trim()).filter(Boolean);
  // What all of them share comes last, in a piece of its own that reads as when and as no search.
  const last = pieces.at(-1) ?? '';
  const lastWhen = sharedWhen.exec(last)?.groups?.when ?? last;
  const shared = pieces.length > 2 && !readItem(last)?.location && readAlertRequest(lastWhen) === null ? scheduleSaid(` ${lastWhen.toLowerCase()} `) : undefined;
  const items = (shared ? pieces.slice(0, -1) : pieces).map(readItem);
  if (items.length < 2 || items.some((item) => item === null)) return undefined;
  const alerts = items as Args[];
  // (Each said with a place of its own, or listed after "alerts"; "chef and porter jobs in Leeds" is one search.)
  if (!alerts.every((item) => item.location || item.remote) && !(asked && /\d\)|;/.test(rest))) return undefined;
  return alerts.map((item) => ({ ...item, ...(item.schedule === undefined && shared ? { schedule: shared } : {}) }));
}
