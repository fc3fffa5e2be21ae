/**
 * What a fragment of an entry's header line is: a job title ("Senior Engineer"), an
 * organisation ("Acme Corp", "Siemens AG"), a location ("Berlin, Germany", "Remote"), or
 * nothing we recognise. Used for work, project and certificate headers.
 */
import { countryCodes, cityCountries } from './place-names.ts';
import { parseLocation } from './parse-location.ts';

export type EntryPartKind = 'title' | 'organisation' | 'location' | 'unknown';

/** The words a job title names its role with ("engineer", "nurse", "carpenter"), in the languages CVs are written in. */
export const roleWords = [
  'engineer', 'developer', 'programmer', 'architect', 'manager', 'director', 'lead', 'leader', 'head', 'vp',
  'vice president', 'president', 'chief', 'cto', 'ceo', 'cfo', 'coo', 'cio', 'ciso', 'founder',
  'co-founder', 'cofounder', 'owner', 'consultant', 'analyst', 'scientist', 'researcher', 'designer',
  'specialist', 'administrator', 'officer', 'coordinator', 'associate', 'assistant', 'intern',
  'trainee', 'apprentice', 'auszubildender', 'auszubildende', 'azubi', 'ausbildung zum', 'ausbildung zur', 'lehrling',
  'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'technician', 'tester', 'qa', 'sre', 'devops', 'representative',
  'accountant', 'auditor', 'controller', 'bookkeeper', 'nurse', 'physician', 'doctor', 'teacher',
  'lecturer', 'professor', 'tutor', 'instructor', 'editor', 'writer', 'copywriter', 'marketer',
  'marketeer', 'recruiter', 'strategist', 'executive', 'supervisor', 'clerk', 'cashier', 'agent', 'advisor',
  'adviser', 'banker', 'economist', 'lawyer', 'attorney', 'paralegal', 'pharmacist', 'therapist',
  'producer', 'photographer', 'translator', 'postdoc', 'fellow', 'contractor', 'freelancer',
  'freelance', 'maintainer', 'evangelist', 'advocate', 'scrum master', 'product owner',
  'partner', 'principal', 'staff', 'member of technical staff', 'mts', 'sde', 'swe', 'mechanic',
  'electrician', 'operator', 'driver', 'chef', 'cook', 'secretary', 'receptionist', 'buyer',
  'planner', 'inspector', 'investigator', 'surveyor', 'pilot', 'paramedic', 'dentist', 'pm', 'tpm',
  'mentor', 'coach', 'volunteer', 'trainer', 'facilitator', 'barista', 'porter', 'waiter', 'waitress', 'bartender',
  'caregiver', 'carer', 'midwife', 'surgeon', 'radiographer', 'hygienist', 'physiotherapist',
  'psychologist', 'counsellor', 'counselor', 'librarian', 'archivist', 'curator', 'journalist',
  'reporter', 'illustrator', 'animator', 'artist', 'statistician', 'actuary', 'underwriter',
  'dispatcher', 'salesperson', 'sdet', 'welder', 'plumber', 'machinist', 'veterinarian',
  'optometrist', 'dietitian', 'nutritionist', 'firefighter', 'social worker', 'care worker',
  // "Community Health Worker", "Support Worker", "Youth Worker": care and outreach work named by the worker.
  'worker', 'caseworker',
  'resident', 'registrar', 'attendant', 'lifeguard', 'student', 'candidate',
  // The people a system rollout trains first and the ones who link two teams: "Clinical Systems Super-User", "SAP Key User".
  'super-user', 'superuser', 'super user', 'key user', 'power user', 'liaison',
  // The building trades and kitchens.
  'carpenter', 'joiner', 'pipefitter', 'steamfitter', 'ironworker', 'roofer', 'bricklayer', 'glazier', 'millwright',
  'lineman', 'lineworker', 'foreman', 'forewoman', 'superintendent', 'estimator', 'installer', 'laborer', 'labourer',
  'journeyman', 'landscaper', 'groundskeeper', 'custodian', 'housekeeper',
  // The same in the languages people most often write a CV in besides English.
  'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora', 'programador', 'programadora', 'analista', 'jefe', 'jefa',
  'gerente', 'consultor', 'consultora', 'técnico', 'técnica', 'enfermero', 'enfermera', 'profesor', 'profesora',
  'ingenieur', 'ingenieurin', 'entwickler', 'entwicklerin', 'leiter', 'leiterin', 'berater', 'beraterin', 'referent',
  'referentin', 'sachbearbeiter', 'sachbearbeiterin', 'geschäftsführer', 'geschäftsführerin', 'werkstudent',
  'werkstudentin', 'praktikant', 'praktikantin', 'lehrer', 'lehrerin', 'ingénieur', 'ingénieure', 'développeur',
  'développeuse', 'directeur', 'directrice', 'chef de projet', 'chargé', 'chargée', 'stagiaire', 'infirmier',
  'infirmière', 'engenheiro', 'engenheira', 'desenvolvedor', 'desenvolvedora', 'coordenador', 'coordenadora',
  'enfermeiro', 'inżynier', 'projektant', 'projektantka', 'programista', 'programistka', 'kierownik', 'kierowniczka',
  'specjalista', 'specjalistka', 'analityk', 'konsultant', 'konsultantka', 'asystent', 'asystentka', 'dyrektor',
  'stażysta', 'stażystka', 'księgowa', 'księgowy', 'ontwikkelaar', 'medewerker', 'adviseur', 'verpleegkundige',
  'udvikler', 'konsulent', 'sygeplejerske', 'ingeniør', 'planlægger', 'utvecklare', 'sjuksköterska', 'projektledare',
  'projektleder',
  // French, Spanish, Portuguese, Italian, Nordic and Vietnamese titles of trades, schools, labs and shops.
  'technicien', 'technicienne', 'enseignant', 'enseignante', 'professeur', 'professeure', 'pharmacien', 'pharmacienne',
  'comptable', 'conseiller', 'conseillère', 'gestionnaire', 'coordinateur', 'coordinatrice', 'cuisinier', 'cuisinière',
  'électricien', 'électricienne', 'mécanicien', 'mécanicienne', 'opérateur', 'opératrice', 'assistante', 'analyste',
  'responsable', 'especialista', 'farmacéutico', 'farmacéutica', 'maestro', 'maestra', 'médico', 'médica', 'abogado',
  'abogada', 'contador', 'contadora', 'asistente', 'auxiliar', 'coordinador', 'coordinadora', 'directora', 'diseñador',
  'diseñadora', 'arquitecto', 'arquitecta', 'vendedor', 'vendedora', 'cocinero', 'cocinera', 'docente', 'investigador',
  'investigadora', 'farmacêutico', 'farmacêutica', 'assistente', 'ingegnere', 'sviluppatore', 'sviluppatrice',
  'responsabile', 'tecnico', 'insegnante', 'infermiere', 'infermiera', 'progettista', 'impiegato', 'impiegata',
  'tekniker', 'lærer', 'lärare', 'medarbejder', 'sælger', 'leraar', 'docent', 'kỹ sư', 'chuyên viên', 'nhân viên',
  'giáo viên', 'kế toán', 'trưởng phòng',
  // Kitchens and bakeries, where French titles are kept in every language: "Commis pâtissière", "Sous-chef".
  'commis', 'sous-chef', 'pâtissier', 'pâtissière', 'boulanger', 'boulangère', 'chocolatier', 'chocolatière', 'traiteur',
  // Kitchens, dining rooms, shops and quality in Portuguese, Spanish, Italian, German, Dutch and Polish:
  // "Cozinheiro de 1.ª", "Jefe de partida", "Cuoco capo partita", "Beikoch", "Kok", "Kucharz".
  'cozinheiro', 'cozinheira', 'chefe', 'subchefe', 'ajudante', 'pasteleiro', 'pasteleira', 'padeiro', 'padeira',
  'empregado de mesa', 'empregada de mesa', 'rececionista', 'recepcionista', 'diretor', 'diretora', 'encarregado',
  'encarregada', 'operador', 'operadora', 'auditora', 'gestor', 'gestora', 'supervisora', 'ayudante', 'camarero',
  'camarera', 'pastelero', 'pastelera', 'panadero', 'panadera', 'segundo de cocina', 'jefe de partida', 'cuoco', 'cuoca',
  'capocuoco', 'capo partita', 'cameriere', 'cameriera', 'pasticcere', 'direttore', 'direttrice', 'sommelier', 'maître',
  'serveur', 'serveuse', 'auditeur', 'auditrice', 'koch', 'köchin', 'küchenchef', 'küchenchefin', 'kellner', 'kellnerin',
  'bäcker', 'bäckerin', 'konditor', 'konditorin', 'kok', 'chef-kok', 'souschef', 'bakker', 'kelner', 'kelnerka', 'kucharz',
  'kucharka', 'szef kuchni', 'cukiernik', 'piekarz', 'audytor', 'kontroler', 'inspektor',
];
// German and Nordic job titles are compounds that end in the role: "Tragwerksplaner", "Softwareentwicklerin".
const compoundRole = /\p{L}{3,}(?:koch|köchin|meister|meisterin|planer|planerin|ingenieur|ingenieurin|entwickler|entwicklerin|leiter|leiterin|berater|beraterin|techniker|technikerin|informatiker|informatikerin|kaufmann|kauffrau|referent|referentin|assistent|assistentin|udvikler|ingeniør|konsulent|planlægger|utvecklare|ingenjör)$/iu;
// "President's Club" names a prize, not a president: a possessive is no role.
const rolePattern = new RegExp(`(?:^|[^\\p{L}])(?:${roleWords.map(escape).join('|')})s?(?:$|[^\\p{L}'’])`, 'iu');
const roleAtEndPattern = new RegExp(`(?:^|[^\\p{L}])(?:${roleWords.map(escape).join('|')})s?$`, 'iu');
// "Chartered Accountants", "Consulting Engineers", "Reyes & Associates": a role word in the plural
// ends a firm's name or trade; a job title names one person ("Head of Engineers" aside).
const tradeAtEndPattern = new RegExp(`(?<!\\bof)(?:^|[^\\p{L}])(?:${roleWords.map(escape).join('|')})s$`, 'iu');

const organisationWords = [
  'inc', 'inc.', 'incorporated', 'corp', 'corp.', 'corporation', 'co.', 'company', 'companies', 'llc',
  'llp', 'ltd', 'ltd.', 'limited', 'plc', 'gmbh', 'ag', 'se', 'sa', 's.a.', 'sas', 'sarl', 'bv',
  'b.v.', 'nv', 'n.v.', 'a/s', 'pty', 'pvt', 'srl', 's.r.l.', 'spa', 's.p.a.', 's.l.', 's.l.u.', 'e.v.',
  'sp. z o.o.', 'z o.o.', 's.r.o.', 'a.s.', 'kft.', 'aps', 'k.k.', 'ltda', 'ltda.', 'lda', 'lda.', 's.a.s.',
  'ab', 'oy', 'oyj', 'asa', 'kg', 'kgaa', 'ohg', 'pvt.', 'pte', 'pte.', 'sdn bhd', 'bhd',
  'group', 'holdings', 'labs', 'lab', 'technologies', 'technology', 'systems', 'solutions', 'software',
  'services', 'consulting', 'partners', 'ventures', 'capital', 'bank', 'studios', 'studio', 'agency',
  'interactive', 'digital', 'networks', 'media', 'health', 'healthcare', 'hospital', 'clinic',
  'medical center', 'university', 'college', 'institute', 'school', 'academy', 'foundation', 'electronics', 'industries',
  'motors', 'pharma', 'pharmaceuticals', 'insurance', 'energy', 'logistics', 'games', 'entertainment',
  // The same in other languages: a school, a lab, a hospital, a firm.
  'école', 'lycée', 'collège', 'université', 'hôpital', 'clinique', 'laboratoire', 'laboratoires', 'société',
  'escuela', 'colegio', 'universidad', 'laboratorio', 'laboratorios', 'clínica', 'empresa', 'escola',
  'scuola', 'università', 'ospedale', 'skole', 'skola', 'sygehus', 'hospitalet', 'công ty', 'bệnh viện', 'trường',
  // Shops, kitchens and hotels named by their trade: "Pâtisserie Meert", "Hôtel Le Saint-Sulpice".
  'pâtisserie', 'boulangerie', 'brasserie', 'hôtel', 'hotel', 'restaurant', 'bakery',
];
const organisationPattern = new RegExp(
  `(?:^|[\\s(])(?:${organisationWords.map(escape).join('|')})(?:$|[\\s),])`,
  'iu',
);

/**
 * Whether text reads as a job title: it contains a role word ("engineer", "manager",
 * "intern", "scrum master", …).
 *
 * @example
 * isTitleLike('Senior Data Scientist'); // true
 */
export function isTitleLike(text: string): boolean {
  const value = withoutTrade(text);
  return rolePattern.test(value) || value.split(/[\s,/()–—-]+/).some((word) => compoundRole.test(word));
}

/**
 * Whether text ends with a role word, as a job title does ("Senior Backend Engineer").
 *
 * @example
 * endsWithRoleWord('Staff Engineer'); // true
 */
export function endsWithRoleWord(text: string): boolean {
  // "Maintenance Technician III", "Software Engineer 2": a grade after the role word ends the title.
  const value = text.trim().replace(gradeAtEnd, '');
  return !endsWithTrade(value) && (roleAtEndPattern.test(value) || compoundRole.test(value.split(/\s+/).at(-1) ?? ''));
}

// A grade of a role, in Roman or Arabic figures, after its name.
const gradeAtEnd = /(?<=\p{L})\s+(?:I{1,3}|IV|VI{0,3}|[1-5])$/u;

/**
 * Whether text ends with a role word in the plural, as a firm's name or trade does
 * ("Mori & Sato, Patent Attorneys"), where a job title is singular.
 *
 * @example
 * endsWithTrade('Chartered Accountants'); // true
 */
export function endsWithTrade(text: string): boolean {
  return isCapitalised(text) && tradeAtEndPattern.test(text.trim());
}

// A name is capitalised ("Head of Data & Analytics"); "Taught biology to 30 students" is a sentence.
function isCapitalised(text: string): boolean {
  return text.split(/\s+/).every((word) => !/^\p{Ll}/u.test(word) || /^(?:and|of|the|for|de|der|und|et|y|e)$/.test(word));
}

/**
 * Whether text is only a trade, with no name of its own ("Chartered Accountants", not
 * "Reyes & Associates"): the tail of a firm's name cut off at its comma, as a legal form is.
 *
 * @example
 * isTradeOnly('Consulting Engineers'); // true
 */
export function isTradeOnly(text: string): boolean {
  return endsWithTrade(text) && !organisationPattern.test(text) && !legalSuffix.test(text.trim()) && !/[&+]/.test(text);
}

function withoutTrade(text: string): string {
  return endsWithTrade(text) ? text.trim().replace(/\S+$/, '') : text;
}

/**
 * Whether text reads as an organisation: it carries a legal or business suffix or word
 * ("Inc", "GmbH", "Labs", "Group", "University", …).
 *
 * @example
 * isOrganisationLike('Siemens AG'); // true
 */
export function isOrganisationLike(text: string): boolean {
  return organisationPattern.test(text) || endsWithTrade(text);
}

/**
 * Whether text is a place (or "Remote"/"Hybrid").
 *
 * @example
 * isLocationLike('Remote'); // true
 */
export function isLocationLike(text: string): boolean {
  // "UK (remote)", "Berlin, Germany – hybrid": a place with its way of working.
  const place = text.replace(/\s*(?:[(,–—-]\s*)?(?:fully\s+)?(?:remote|hybrid|on-?site)\)?$/i, '').trim();
  if (place !== '' && place !== text.trim() && isLocationLike(place)) return true;
  const value = text.replace(/[()]/g, '').trim();
  if (/^(?:remote|hybrid|on-?site|worldwide)(?:\b.*)?$/i.test(value) && value.split(/\s+/).length <= 3) return true;
  const lower = value.toLowerCase();
  if (countryCodes.has(lower) || cityCountries.has(lower)) return true;
  // "Nordstack Hydrogen AB, Göteborg, Sweden", "Kaveri Packaging Solutions, Coimbatore, India": an employer with its town and country, not a place.
  const [first = '', ...rest] = value.split(',').map((part) => part.trim());
  if (legalSuffix.test(first)) return false;
  if (rest.length >= 2 && first.split(/\s+/).length >= 2 && organisationPattern.test(first) && parseLocation(rest.join(', ')) !== undefined) return false;
  return parseLocation(value) !== undefined && value.split(',').length >= 2;
}

const seniorityStart = /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|head|chief|associate|assistant|deputy|trainee|graduate|interim|acting)\b/i;
const legalForms =
  '(?:inc|corp|corporation|ltd|limited|llc|llp|plc|gmbh|ag|se|sa|s\\.a|sas|sarl|bv|b\\.v|nv|n\\.v|s\\.l|s\\.l\\.u|e\\.v|z o\\.o|s\\.r\\.o|a\\.s|pty|pvt|srl|s\\.r\\.l|spa|s\\.p\\.a|co|kg|oy|ab|as|a\\/s|kft|zrt|nyrt|c\\.v|ltda|lda|bvba|sprl|oyj|aps|k\\.k|asa|kgaa|ohg|pte|bhd)\\.?';
const legalSuffix = new RegExp(`(?:^|[\\s,])${legalForms}\\)?$`, 'i');
const legalFormOnly = new RegExp(`^(?:sp\\.\\s*)?${legalForms}$`, 'i');

/**
 * How strongly text reads as a job title rather than an employer: role words count for it
 * (most when the text ends with one, as "Senior Product Designer" does), a seniority word at
 * the start counts for it, and a legal suffix ("Ltd", "GmbH") or business word ("Labs",
 * "Studio") counts against it. Positive: a title; negative: an employer.
 *
 * @example
 * titleEvidence('Lead Product Designer') > titleEvidence('Ferrowind Inc.'); // true
 */
export function titleEvidence(text: string): number {
  const value = text.trim();
  let score = 0;
  if (endsWithRoleWord(value)) score += 2;
  // "Projektant konstrukcji", "Ingeniero de software": where the role comes first, as in many languages.
  else if (isTitleLike(value.split(/\s+/)[0] ?? '') && value.split(/\s+/).length <= 4) score += 1;
  if (isTitleLike(value)) score += 1;
  if (seniorityStart.test(value)) score += 1;
  if (legalSuffix.test(value)) score -= 3;
  else if (isOrganisationLike(value)) score -= 1;
  return score;
}

/**
 * Whether text ends with a company's legal form ("Ltd", "GmbH", "Sp. z o.o.", "S.L.", "e.V."),
 * so a full stop there closes an abbreviation, not a sentence.
 *
 * @example
 * endsWithLegalForm('Kraftwerk Sp. z o.o.'); // true
 */
export function endsWithLegalForm(text: string): boolean {
  return legalSuffix.test(text.trim());
}

/**
 * Whether text is a legal form and nothing else ("Inc.", "S.L.", "Sp. z o.o."): the tail of
 * an employer's name cut off at its comma.
 *
 * @example
 * isLegalForm('Inc.'); // true
 */
export function isLegalForm(text: string): boolean {
  return legalFormOnly.test(text.trim());
}

/**
 * Classifies one fragment of an entry header.
 *
 * @example
 * classifyEntryPart('Acme Corp'); // 'organisation'
 */
export function classifyEntryPart(text: string): EntryPartKind {
  // Working for oneself: "Freelance", "Self-employed" stand where the employer stands.
  if (selfEmployed.test(text.trim())) return 'organisation';
  if (isLocationLike(text)) return 'location';
  const organisation = isOrganisationLike(text);
  const title = isTitleLike(text);
  if (organisation && !title) return 'organisation';
  if (title && !organisation) return 'title';
  // "Engineering Solutions Ltd" has both: a legal suffix at the end decides.
  if (title && organisation) return /(?:inc|corp|ltd|llc|gmbh|ag|plc|limited|group|labs)\.?\)?$/i.test(text) ? 'organisation' : 'title';
  return 'unknown';
}

const selfEmployed = /^(?:freelance|freelancer|freelancing|self[- ]employed|independent|independent contractor|sole trader|sole proprietor)$/i;

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
