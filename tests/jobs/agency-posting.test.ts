// Issue 13, session 39: "no agencies". A posting reads as a recruitment agency's by its company's
// name or by its text saying it hires for someone else, in English and the languages postings
// near it are written in; an employer describing its own customers does not.
import { describe, expect, it } from 'vitest';
import { agencyPosting } from '../../src/jobs/agency-posting.ts';
import { searchFiltersIn, kindsKeptOut } from '../../src/actions/search-jobs/read-search.ts';

describe('agencyPosting', () => {
  it.each([
    ['Northgate Recruitment', 'A great role.'],
    ['Brightwater Staffing Ltd', 'A great role.'],
    ['Kestrel Resourcing', 'A great role.'],
    ['Maasland Uitzendbureau', 'Leuke baan.'],
    ['Acme', 'We are recruiting on behalf of our client, a leading retailer in Leeds.'],
    ['Acme', 'Our client, a fast-growing fintech, needs a Go engineer.'],
    ['Acme', 'We are currently recruiting for a warehouse supervisor in Venlo.'],
    ['Acme', 'Acme is acting as an employment agency in relation to this vacancy.'],
    ['Acme', 'Namens onze opdrachtgever zoeken wij een planner.'],
    ['Acme', 'Im Auftrag unseres Kunden suchen wir einen Disponenten.'],
    ["Acme", "Pour le compte de notre client, nous recherchons un magasinier."],
    ['Acme', 'Para nuestro cliente, empresa líder, buscamos un mozo de almacén.'],
  ])('%s / %s is an agency posting', (company, description) => {
    expect(agencyPosting({ company, description })).not.toBeNull();
  });

  it.each([
    ['Stripe', 'We build payments infrastructure for our customers worldwide.'],
    ['Hooli', 'You will work with our clients, the largest retailers in Europe, on their data.'],
    ['Lumen Logistics', 'Wir betreuen unseren Kunden vor Ort und planen Touren.'],
    ['Ferrovia', 'You will recruit and train 12 drivers a year.'],
  ])('%s / %s is the employer’s own', (company, description) => {
    expect(agencyPosting({ company, description })).toBeNull();
  });
});

describe('"no agencies" in a search request', () => {
  it.each([
    'warehouse jobs in rotterdam, no agencies',
    'planner jobs. direct employers only',
    'nursing jobs in leeds; no recruiters please',
    'data jobs, not through an agency',
    'accountant roles, only direct employers',
  ])('%s leaves agencies out', (message) => {
    expect(searchFiltersIn(message).exclude_agencies).toBe(true);
  });

  it('is not listed among the kinds the search could not leave out', () => {
    expect(kindsKeptOut('find python jobs, no agency roles')).toEqual([]);
  });

  it('a message that does not ask says nothing about agencies', () => {
    expect(searchFiltersIn('warehouse jobs in rotterdam, remote only').exclude_agencies).toBeUndefined();
  });
});
