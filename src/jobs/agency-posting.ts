/**
 * Whether a posting is a recruitment agency's rather than the employer's own: its company is
 * named as an agency ("Hays Recruitment", "Brightwater Staffing", "Randstad Uitzendbureau", or one
 * word ending in an agency's word: "Flexweldstaffing", "Techpersoneel", "Bouwuitzendbureau"), its
 * title says so ("Welder (via agency)", "Lasser via uitzendbureau", "Schweißer (Zeitarbeit)"), or
 * its text says it hires for someone else ("on behalf of our client", "for our client, a shipyard
 * …", "we are recruiting for", "recruitment agency", and the same in Dutch, German, French and
 * Spanish). Boards state no such field in the answers the adapters read, so the posting's own
 * words decide; a posting that says nothing is the employer's. The words are the table below
 * (docs/match-quality.md, "No agencies").
 */

// A company named as an agency: its name says it recruits or staffs for others.
const agencyCompany =
  /(?<![\p{L}])(?:recruitment|recruiting|recruiters?|staffing|resourcing|personnel|personeel|talent (?:solutions|partners|acquisition partners)|search (?:partners|group)|executive search|headhunt\p{L}*|employment agency|uitzend\p{L}*|detacher\p{L}*|werving|personalvermittlung|personaldienst\p{L}*|personalberatung|personalservice|zeitarbeit|arbeitnehmerüberlassung|bemanning\p{L}*|bemanningsbyrå|vikarbyrå|agencja pracy|intérim|interim|cabinet de recrutement|selección de personal|empresa de trabajo temporal)(?![\p{L}])/iu;

/**
 * An agency's word closing a name written as one word ("Flexweldstaffing", "Techpersoneel", "Bouwuitzendbureau",
 * "Nordbemanning", "Metallzeitarbeit"): the words no employer's own name ends in. "…personnel" and "…recruiting"
 * are left to the words above, written apart.
 */
const agencyCompanyEnding = /\p{L}{3,}(?:staffing|personeel|uitzendbureau|uitzenders?|zeitarbeit|personaldienstleist\p{L}*|bemanning)(?![\p{L}])/iu;

// The title says the job is through an agency: "(via agency)", "via uitzendbureau", "über Zeitarbeit", "(Arbeitnehmerüberlassung)".
const agencyTitle =
  /(?<![\p{L}])(?:via|through|by|über|ueber|przez|gjennom)\s+(?:an?\s+)?(?:agency|recruitment agency|staffing agency|uitzendbureau|uitzendorganisatie|zeitarbeit|personaldienstleister|agencj[eęaiy]\p{L}*|bemanningsbyrå)(?![\p{L}])|\(\s*(?:agency|zeitarbeit|arbeitnehmerüberlassung|uitzend\p{L}*|detachering|interim)\s*\)/iu;

// Agencies people know by name alone ("Hays", "Randstad", "Michael Page"): their own name says nothing of recruiting.
const knownAgencies =
  /^(?:hays|randstad|adecco|manpower(?:group)?|michael page|page personnel|robert half|robert walters|harvey nash|hudson|reed|kelly services|allegis|aerotek|teksystems|gi group|brunel|modis|akkodis|computer futures|progressive recruitment|nigel frank|jefferson frank|frank recruitment group|orizon|tempton|amadeus fire|hays talent solutions|austin fraser|venquis|darwin recruitment|spectrum it|hireright)(?:\s+(?:ag|gmbh|plc|ltd|limited|inc\.?|b\.v\.|se|uk|deutschland|germany|nederland|professional solutions|it|technology))*$/iu;

// The text says the posting is for someone else's job.
const agencyText =
  /(?<![\p{L}])(?:on behalf of (?:our|a|an|one of our) (?:client|customer)s?|our client,? (?:a|an|the|is|who|based|are|has|in)\b|for our client,? (?:a|an|based|who)\b|for (?:our|a) client,? (?:a|an|based|who|in)\b|for one of our clients,? (?:a|an|based|who|in)\b|(?:a|an|the|our) (?:client|customer) of ours|(?:recruitment|staffing|employment|recruiting|temp(?:ing)?) agency|acting as an? (?:employment|recruitment) (?:agency|business)|we are (?:currently )?recruiting (?:for|on behalf)|we(?:'re| are) (?:currently )?(?:partnering|working) with (?:a|an|our client)|is (?:partnering|working) exclusively with|exclusively (?:retained|partnered) (?:by|with)|namens (?:onze|een) (?:opdrachtgever|klant)|onze opdrachtgever|voor (?:onze|een) (?:opdrachtgever|klant),? (?:een|in|te|gevestigd)\b|in opdracht van (?:onze|een) (?:opdrachtgever|klant)|für (?:unseren|einen) (?:Kunden|Mandanten),? (?:ein|eine|einen|einem|suchen)\b|im Auftrag (?:unseres|eines) (?:Kunden|Mandanten)|(?:im Rahmen der|in) (?:Arbeitnehmerüberlassung|Zeitarbeit)|dla (?:naszego|jednego z naszych) klient(?:a|ów)|for (?:vår|en av våre) kunde|på vegne av (?:vår|en) kunde|pour le compte (?:de notre|d'un) client|notre client,? (?:un|une|est|leader)|para (?:nuestro|un importante) cliente|nuestro cliente,? (?:una?|es|líder))/iu;

/**
 * Why a posting reads as an agency's ("the company is named as an agency", "its text says
 * “on behalf of our client”"), or null when it reads as the employer's own.
 *
 * @example
 * agencyPosting({ company: 'Northgate Recruitment', description: '…' }); // 'the company is named as a recruitment agency'
 * agencyPosting({ company: 'Acme', description: 'Our client, a leading retailer, …' }); // 'its text says “Our client, a”'
 * agencyPosting({ company: 'Acme', description: 'Build our payments API.' }); // null
 */
export function agencyPosting(posting: { company: string; description: string; title?: string }): string | null {
  const company = posting.company.trim();
  if (agencyCompany.test(company) || agencyCompanyEnding.test(company) || knownAgencies.test(company)) return 'the company is named as a recruitment agency';
  const titled = posting.title === undefined ? null : agencyTitle.exec(posting.title);
  if (titled) return `its title says “${titled[0].trim()}”`;
  const said = agencyText.exec(posting.description);
  return said ? `its text says “${said[0].trim()}”` : null;
}

// How an agency's text describes its client: "Our client, a leading automotive supplier based in
// Stuttgart, …", "on behalf of our client, an award-winning fintech", "Für unseren Kunden, ein
// mittelständisches Softwarehaus, …".
const clientDescription =
  /(?:(?:our|the) client|unseren kunden|unseres kunden|notre client|onze opdrachtgever),?\s+((?:a|an|one of the|ein|eine|einen|einem|un|une|een)\s+[^,.;:\n()]{3,80}?)(?=\s*(?:[,.;:\n(]|$)|\s+(?:is|are|who|which|that|has|have|based|located|ist|sucht|mit sitz|recherche|zoekt)\b)/iu;

/** For an agency's posting: who advertises it, and who the job is with. */
export interface AgencyClient {
  /** The agency, as the posting names its company: "Hays". */
  recruiter: string;
  /** The client as the text describes it ("a leading automotive supplier"), or null when it does not. */
  client: string | null;
}

/**
 * For a recruitment agency's posting, the agency and how the text describes the employer the
 * person would join (the agency's client); null for an employer's own posting.
 *
 * @example
 * agencyClient({ company: 'Hays', description: 'Our client, a leading automotive supplier based in Stuttgart, is …' });
 * // { recruiter: 'Hays', client: 'a leading automotive supplier' }
 */
export function agencyClient(posting: { company: string; description: string; title?: string }): AgencyClient | null {
  if (agencyPosting(posting) === null) return null;
  const described = clientDescription.exec(posting.description)?.[1]?.trim();
  return { recruiter: posting.company.trim(), client: described ?? null };
}
