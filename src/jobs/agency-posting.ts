/**
 * Whether a posting is a recruitment agency's rather than the employer's own: its company is
 * named as an agency ("Hays Recruitment", "Brightwater Staffing", "Randstad Uitzendbureau"), or
 * its text says it hires for someone else ("on behalf of our client", "our client, a leading …",
 * "we are recruiting for", "recruitment agency", and the same in Dutch, German, French and
 * Spanish). Boards state no such field in the answers the adapters read, so the posting's own
 * words decide; a posting that says nothing is the employer's.
 */

// A company named as an agency: its name says it recruits or staffs for others.
const agencyCompany =
  /(?<![\p{L}])(?:recruitment|recruiting|recruiters?|staffing|resourcing|personnel|talent (?:solutions|partners|acquisition partners)|search (?:partners|group)|executive search|headhunt\p{L}*|employment agency|uitzend\p{L}*|detacher\p{L}*|werving|personalvermittlung|personaldienst\p{L}*|personalberatung|zeitarbeit|intérim|interim|cabinet de recrutement|selección de personal|empresa de trabajo temporal)(?![\p{L}])/iu;

// The text says the posting is for someone else's job.
const agencyText =
  /(?<![\p{L}])(?:on behalf of (?:our|a|an|one of our) (?:client|customer)s?|our client,? (?:a|an|the|is|who|based|are|has|in)\b|for our client,? (?:a|an|based|who)\b|(?:a|an|the|our) (?:client|customer) of ours|(?:recruitment|staffing|employment|recruiting|temp(?:ing)?) agency|acting as an? (?:employment|recruitment) (?:agency|business)|we are (?:currently )?recruiting (?:for|on behalf)|we(?:'re| are) (?:currently )?(?:partnering|working) with (?:a|an|our client)|is (?:partnering|working) exclusively with|exclusively (?:retained|partnered) (?:by|with)|namens (?:onze|een) (?:opdrachtgever|klant)|onze opdrachtgever|für (?:unseren|einen) (?:Kunden|Mandanten),? (?:ein|eine|einen|einem|suchen)\b|im Auftrag (?:unseres|eines) (?:Kunden|Mandanten)|pour le compte (?:de notre|d'un) client|notre client,? (?:un|une|est|leader)|para (?:nuestro|un importante) cliente|nuestro cliente,? (?:una?|es|líder))/iu;

/**
 * Why a posting reads as an agency's ("the company is named as an agency", "its text says
 * “on behalf of our client”"), or null when it reads as the employer's own.
 *
 * @example
 * agencyPosting({ company: 'Northgate Recruitment', description: '…' }); // 'the company is named as a recruitment agency'
 * agencyPosting({ company: 'Acme', description: 'Our client, a leading retailer, …' }); // 'its text says “Our client, a”'
 * agencyPosting({ company: 'Acme', description: 'Build our payments API.' }); // null
 */
export function agencyPosting(posting: { company: string; description: string }): string | null {
  if (agencyCompany.test(posting.company)) return 'the company is named as a recruitment agency';
  const said = agencyText.exec(posting.description);
  return said ? `its text says “${said[0].trim()}”` : null;
}
