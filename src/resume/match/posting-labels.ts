/**
 * The labels a posting is laid out with, which ask the person for nothing: the header fields
 * boards and applicant-tracking systems print above the text ("Union: …", "Site: …",
 * "Department: …", "Work Schedule: …", "Standort: …", Workday's `<b>Label:</b> value<br>`), and
 * the section titles around it ("Position Summary", "Company Description", "Additional
 * Information", "Essential criteria", SmartRecruiters' `jobAd.sections` titles). Neither is a
 * skill nor a requirement; a title still says what the lines under it are.
 */

// The header fields' labels, lower case: where the job sits, when, on what terms, under whom, and the posting's own identifiers.
const fieldLabels = new Set(
  [
    // Where.
    'site', 'sites', 'location', 'locations', 'work location', 'primary location', 'other locations', 'job location', 'campus', 'facility', 'hospital',
    'city', 'state', 'province', 'region', 'country', 'address', 'workplace', 'workplace type', 'work arrangement', 'remote', 'remote work',
    // In which part of the employer.
    'department', 'dept', 'division', 'unit', 'ward', 'directorate', 'service line', 'business unit', 'program', 'programme', 'cost centre', 'cost center',
    'job family', 'job category', 'category', 'function', 'organisation', 'organization', 'employer', 'company', 'company name', 'hiring organisation', 'hiring organization',
    // On what terms.
    'union', 'bargaining unit', 'union affiliation', 'status', 'employment status', 'employment type', 'job type', 'position type', 'contract', 'contract type',
    'work schedule', 'schedule', 'shift', 'shifts', 'shift pattern', 'hours', 'working hours', 'hours per week', 'weekly hours', 'fte', 'duration', 'travel',
    'grade', 'band', 'pay band', 'pay grade', 'pay scale', 'salary', 'salary range', 'pay', 'pay range', 'pay rate', 'rate', 'wage', 'compensation', 'benefits',
    'start date', 'closing date', 'posting date', 'date posted', 'posted', 'deadline', 'application deadline', 'number of positions', 'openings', 'vacancies',
    // Under whom, and the posting's identifiers.
    'reports to', 'reporting to', 'hiring manager', 'recruiter', 'contact', 'contact person', 'job title', 'position title', 'title', 'position',
    'req id', 'requisition id', 'requisition number', 'job id', 'job number', 'job code', 'job reference', 'reference', 'reference number', 'posting number', 'vacancy number',
    // The same in German, Dutch and French postings.
    'standort', 'arbeitsort', 'einsatzort', 'dienstort', 'abteilung', 'bereich', 'fachbereich', 'station', 'klinik', 'arbeitszeit', 'stellenumfang',
    'vertragsart', 'anstellungsart', 'beschäftigungsart', 'befristung', 'beginn', 'eintrittsdatum', 'startdatum', 'vergütung', 'gehalt', 'entgelt', 'entgeltgruppe',
    'tarif', 'kennziffer', 'referenznummer', 'stellen-id', 'ansprechpartner', 'ansprechpartnerin', 'bewerbungsfrist', 'bewerbungsschluss',
    'locatie', 'standplaats', 'afdeling', 'dienstverband', 'werktijden', 'salaris', 'lieu', 'lieu de travail', 'localisation', 'contrat', 'type de contrat', 'rémunération',
  ],
);

// "Union: Ontario …", "**Site:** …", "• Location: Remote": a known field's label, its colon, and a value.
const fieldLine = /^\s*(?:[-*•·▪●◦–]\s+)?(?:\*\*|__)?([\p{L}][\p{L}\s/&.-]{0,40}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*\S/u;

/**
 * Whether a line is one of a posting's header fields: a known label, a colon and its value.
 *
 * @example
 * isPostingFieldLine('Site: Riverside Community Hospital'); // true
 * isPostingFieldLine('Abteilung: Kardiologie'); // true
 * isPostingFieldLine('Certification: BLS'); // false (a requirement, not where the job sits)
 */
export function isPostingFieldLine(line: string): boolean {
  const label = fieldLine.exec(line)?.[1];
  return label !== undefined && fieldLabels.has(label.replace(/\s+/g, ' ').replace(/\.$/, '').trim().toLowerCase());
}

// A section title is made of these words only, and has one of the nouns.
const titleNouns = new Set(['summary', 'description', 'overview', 'information', 'info', 'details', 'criteria', 'specification', 'purpose', 'statement', 'disclaimer', 'notes', 'introduction', 'scope']);
const titleWords = new Set([
  ...titleNouns,
  'position', 'job', 'role', 'post', 'vacancy', 'posting', 'company', 'organisation', 'organization', 'employer', 'additional', 'other', 'further', 'general', 'important',
  'key', 'main', 'brief', 'short', 'essential', 'desirable', 'preferred', 'minimum', 'selection', 'person', 'equal', 'opportunity', 'employment', 'our', 'your', 'the',
  'this', 'of', 'and', '&', 'about',
]);
// Which part of the posting a title heads, by its words: the employer and the small print, what is preferred, what is asked, else the job itself.
const otherTitle = /\b(?:company|organi[sz]ation|employer|additional|other|further|important|disclaimer|notes|equal)\b/;
const niceTitle = /\b(?:desirable|preferred)\b/;
const requiredTitle = /\b(?:essential|criteria|minimum|selection|specification)\b/;

// The section titles boards (SmartRecruiters, Workday, Personio) print in the posting's language: the employer
// and small print, the job, what is asked. Whole titles only: "Qualifikationen" alone is a heading, never a skill.
const localizedTitles = new Map<string, 'required' | 'role' | 'other'>([
  ...[
    'unternehmensbeschreibung', 'über das unternehmen', 'zusätzliche informationen', 'weitere informationen', 'sonstige informationen', 'wir bieten',
    "description de l'entreprise", 'description de la société', "l'entreprise", 'informations complémentaires', 'informations supplémentaires',
    'bedrijfsomschrijving', 'over het bedrijf', 'aanvullende informatie', 'extra informatie', 'wat wij bieden', 'wij bieden',
    'descripción de la empresa', 'información adicional', 'descrição da empresa', 'informações adicionais', "descrizione dell'azienda", 'informazioni aggiuntive',
    'opis firmy', 'o firmie', 'informacje dodatkowe', 'dodatkowe informacje', 'oferujemy',
    'firmabeskrivelse', 'om selskapet', 'tilleggsinformasjon', 'ytterligere informasjon', 'vi tilbyr', 'företagsbeskrivning', 'om företaget', 'ytterligare information', 'vi erbjuder',
    'virksomhedsbeskrivelse', 'yderligere information', 'vi tilbyder',
  ].map((title) => [title, 'other'] as const),
  ...[
    'stellenbeschreibung', 'description du poste', "description de l'emploi", 'functieomschrijving', 'vacatureomschrijving', 'descripción del empleo', 'descripción del puesto',
    'descrição da função', 'descrição da vaga', 'descrizione del lavoro', 'opis stanowiska', 'stillingsbeskrivelse', 'arbetsbeskrivning', 'jobbeskrivelse',
  ].map((title) => [title, 'role'] as const),
  ...[
    'qualifikationen', 'qualifications', 'kwalificaties', 'cualificaciones', 'requisitos', 'qualificações', 'qualifiche', 'requisiti', 'kwalifikacje', 'wymagania',
    'kvalifikasjoner', 'kvalifikationer', 'kvalifikationer og erfaring', 'profil', 'ihr profil', 'votre profil', 'uw profiel', 'jouw profiel', 'tu perfil', 'il tuo profilo',
  ].map((title) => [title, 'required'] as const),
]);

/**
 * The part of the posting a section title heads, or undefined when the line is not one:
 * "Company Description" and "Additional Information" the employer and small print (`other`),
 * "Essential criteria" what is asked (`required`), "Desirable criteria" what is preferred
 * (`nice`), "Position Summary" the job (`role`).
 *
 * @example
 * sectionTitlePart('Position Summary'); // 'role'
 * sectionTitlePart('Company Description'); // 'other'
 * sectionTitlePart('Telemetry monitoring'); // undefined
 */
export function sectionTitlePart(line: string): 'required' | 'nice' | 'role' | 'other' | undefined {
  // A board's section titles in the posting's own language ("Unternehmensbeschreibung", "Zusätzliche Informationen").
  const localized = localizedTitles.get(line.trim().replace(/[:.]+$/, '').replace(/\s+/g, ' ').toLowerCase());
  if (localized) return localized;
  const words = line
    .trim()
    .replace(/[:.]+$/, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 5 || !words.some((word) => titleNouns.has(word)) || !words.every((word) => titleWords.has(word))) return undefined;
  const text = words.join(' ');
  if (otherTitle.test(text)) return 'other';
  if (niceTitle.test(text)) return 'nice';
  if (requiredTitle.test(text)) return 'required';
  return 'role';
}
