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

// Trial s50 #28: an agency's name written as one word, its title saying "(via agency)", and "for our client" in the
// languages of the countries a tradesperson works in abroad. Postings written for this test.
describe('agencyPosting: names, titles and texts of agencies abroad', () => {
  it.each([
    ['Pipeweldstaffing', 'Pipe Welder', 'Good pay.'],
    ['Rijnmond Techpersoneel B.V.', 'Monteur', 'Leuke baan in de haven.'],
    ['Zeelandpersoneel', 'Lasser', 'Direct starten.'],
    ['Bouwuitzendbureau Noord', 'Timmerman', 'Direct starten.'],
    ['Nordbemanning AS', 'Sveiser', 'God lønn.'],
    ['Weser Zeitarbeit GmbH', 'Schlosser', 'Gute Bezahlung.'],
    ['Elbe Personaldienstleistungen GmbH', 'Elektriker (m/w/d)', 'Wir bieten Übertarif.'],
    ['Metallprofi', 'Schweißer (m/w/d) – über Zeitarbeit', 'Gute Bezahlung.'],
    ['Harbour Works', 'Pipefitter (via agency)', 'Long-term project.'],
    ['Delta Crew', 'Lasser via uitzendbureau', 'Direct starten.'],
    ['Harbour Works', 'Pipefitter', 'For our client, a shipyard in Gdynia, we are looking for pipefitters.'],
    ['Delta Crew', 'Lasser', 'Voor onze opdrachtgever, een scheepswerf in Den Helder, zoeken wij lassers.'],
    ['Delta Crew', 'Lasser', 'In opdracht van onze klant zoeken wij een lasser.'],
    ['Metallprofi', 'Schlosser', 'Die Stelle wird im Rahmen der Arbeitnehmerüberlassung besetzt.'],
    ['Fjord Crew', 'Sveiser', 'For vår kunde, et verft i Ulsteinvik, søker vi sveisere.'],
    ['Baltic Crew', 'Spawacz', 'Dla naszego klienta, stoczni w Gdańsku, szukamy spawaczy.'],
  ])('%s / %s / %s is an agency posting', (company, title, description) => {
    expect(agencyPosting({ company, title, description })).not.toBeNull();
  });

  it('says why, in the posting’s own words', () => {
    expect(agencyPosting({ company: 'Harbour Works', title: 'Pipefitter (via agency)', description: 'Long-term project.' })).toBe('its title says “via agency”');
    expect(agencyPosting({ company: 'Pipeweldstaffing', title: 'Welder', description: '' })).toBe('the company is named as a recruitment agency');
  });

  it.each([
    ['Staffordshire Steel Ltd', 'Welder', 'We fabricate bridges.'],
    ['Harbour Works', 'Welder', 'You will weld for our clients, the largest shipyards in Europe.'],
    ['Harbour Works', 'Agency Nurse Coordinator', 'Coordinate the agency nurses on our wards.'],
    ['Delta Werf', 'Lasser', 'Wij bouwen schepen voor onze klanten in de hele wereld.'],
    ['Personalabteilung Stadtwerke', 'Elektriker', 'Wir versorgen die Stadt mit Strom.'],
  ])('%s / %s / %s is the employer’s own', (company, title, description) => {
    expect(agencyPosting({ company, title, description })).toBeNull();
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
