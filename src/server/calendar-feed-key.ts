import { createHmac, timingSafeEqual } from 'node:crypto';
import { DEFAULT_OWNER, tokenNameSchema } from '../protocol/owners.ts';

const purpose = 'jobpilot calendar feed v1\n';
const macOf = (adminKey: string, owner: string): Buffer => createHmac('sha256', adminKey).update(`${purpose}${owner}`).digest();

/**
 * The read-only key that opens one owner's calendar feed (`/v1/calendar.ics?key=…`): the
 * owner's name and an HMAC of it under the server's admin key. A calendar app cannot send
 * an `authorization` header, so the feed's URL carries this instead of a token: it opens
 * the feed and nothing else, and stops working when the owner's named token is revoked or
 * the admin key (`<data dir>/admin.secret`) is replaced.
 *
 * @example
 * calendarFeedKey(adminKey, 'alice'); // 'alice.kX3…' (43 characters after the dot)
 */
export const calendarFeedKey = (adminKey: string, owner: string): string => `${owner}.${macOf(adminKey, owner).toString('base64url')}`;

/**
 * The owner a feed key was made for, when it is one this server made; undefined otherwise.
 * Compared in constant time.
 *
 * @example
 * ownerOfFeedKey(adminKey, calendarFeedKey(adminKey, 'alice')); // 'alice'
 */
export function ownerOfFeedKey(adminKey: string, key: string): string | undefined {
  const dot = key.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const owner = key.slice(0, dot);
  if (owner !== DEFAULT_OWNER && !tokenNameSchema.safeParse(owner).success) return undefined;
  const given = Buffer.from(key.slice(dot + 1), 'base64url');
  const expected = macOf(adminKey, owner);
  return given.length === expected.length && timingSafeEqual(given, expected) ? owner : undefined;
}
