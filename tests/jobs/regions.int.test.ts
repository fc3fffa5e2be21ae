import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locationMatches, placePatterns } from '../../src/jobs/regions.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: await createTestDatabase() });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

/** Whether the index's own test (`location ~* ANY(patterns)`) finds `location` for `place`. */
async function indexFinds(location: string, place: string): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>('SELECT $1 ~* ANY($2::text[]) AS found', [location, placePatterns(place)]);
  return rows[0]?.found === true;
}

describe('place patterns in Postgres', () => {
  it.each([
    ['Columbus, OH', 'Ohio', true],
    ['Columbus, OH', 'USA', true],
    ['Columbus, OH', 'columbus ohio', true],
    // A place then its country, no comma (trial s50 #10): the place, never the whole country.
    ['Red Deer, Alberta, Canada', 'alberta canada', true],
    ['Winnipeg, Manitoba', 'alberta canada', false],
    ['South Portland, ME', 'Maine', true],
    ['Toronto, ON', 'Canada', true],
    ['Remote, in the US', 'Indiana', false],
    ['Remote or on-site', 'Oregon', false],
    ['Seattle, WA', 'Australia', false],
    ['Berlin, Germany', 'Europe', true],
    ['Réunion', 'EU', false],
    ['South Portland, ME', 'U.S.', true],
    ['Austin, TX', 'America', true],
    ['Remote, Latin America', 'America', false],
    ['Columbus, OH', 'Columbus OH', true],
    ['Columbus, OH', 'OH', true],
    ['Hamilton, Ontario', 'ON', true],
    ['Leeds, England', 'Great Britain', true],
    // A city by its English name finds the posting that writes its own name, and the other way round.
    ['Lisboa, Portugal', 'Lisbon', true],
    ['Lisbon, Portugal', 'lisboa', true],
    ['München, Bayern', 'Munich', true],
    ['Praha 4, Czechia', 'Prague', true],
    ['Den Haag', 'The Hague', true],
    ['Warszawa', 'Poland', true],
    ['Porto, Portugal', 'Lisbon', false],
    // A place typed on a keyboard without its accents, or with them where the posting has none;
    // in the index and in the boards' own filters alike.
    ['München, BY', 'munchen', true],
    ['Zürich, Switzerland', 'zurich', true],
    ['Köln', 'koln', true],
    ['Malmö, Sweden', 'malmo', true],
    ['São Paulo, Brazil', 'sao paulo', true],
    ['Reykjavík, Iceland', 'reykjavik', true],
    ['Łódź, Poland', 'lodz', true],
    ['Kraków', 'krakow', true],
    ['Gießen, Hessen', 'giessen', true],
    ['Giessen', 'Gießen', true],
    ['Zurich', 'zürich', true],
    ['Munster, Ireland', 'Münster', true],
    ['Munchkin Lane', 'munchen', false],
    ['Malmesbury', 'malmo', false],
    // A suburb with its state's code, with or without the comma (trial s48 #14); WA is Western Australia's only
    // with Australia or an Australian postcode beside it, Washington's otherwise.
    ['Joondalup, WA, Australia', 'Western Australia', true],
    ['Joondalup, WA, Australia', 'Australia', true],
    ['Joondalup WA 6027', 'western australia', true],
    ['Joondalup, WA, Australia', 'Washington', false],
    ['Joondalup WA 6027', 'USA', false],
    ['Spokane, WA', 'Washington', true],
    ['Spokane, WA 99201', 'Western Australia', false],
    ['Penrith NSW', 'New South Wales', true],
    ['Penrith NSW 2750', 'Australia', true],
    ['Geelong VIC', 'victoria', true],
    ['Oakville ON', 'Ontario', true],
    ['Richmond BC V6X 1A1', 'British Columbia', true],
    ['Boise ID 83702', 'Idaho', true],
    ['Red Deer AB', 'canada', true],
    ['Remote OR On-site', 'Oregon', false],
    ['Sales IN Field', 'Indiana', false],
  ])('%s in %s: %s', async (location, place, expected) => {
    expect(await indexFinds(location, place)).toBe(expected);
    expect(locationMatches({ location, remote: false }, place)).toBe(expected);
  });
});
