/**
 * Splits resume lines into sections by their headings: "Experience", "WORK HISTORY",
 * "--- EMPLOYMENT HISTORY ---", "## Berufserfahrung / Experience", "1. Education",
 * "Skills & Tools", "Skills: Python, Go" (a heading with its content on the same line).
 */
import { institutionPattern, matchDegree } from './degree-pattern.ts';
import { labelCell } from './find-skill-category.ts';
import type { ResumeLine } from './resume-lines.ts';

export const sectionKinds = [
  'summary',
  'work',
  'education',
  'skills',
  'projects',
  'certificates',
  'languages',
  'contact',
  'other',
] as const;
export type SectionKind = (typeof sectionKinds)[number];

export interface ResumeSection {
  kind: SectionKind;
  /** The heading as written, or "" for the header block above the first heading. */
  heading: string;
  lines: ResumeLine[];
}

const headingAliases: Record<SectionKind, readonly string[]> = {
  summary: [
    'summary', 'professional summary', 'career summary', 'executive summary', 'profile',
    'professional profile', 'personal profile', 'career profile', 'about', 'about me', 'objective',
    'career objective', 'professional objective', 'overview', 'professional overview',
    'personal statement', 'personal summary', 'introduction', 'about myself', 'summary of qualifications', 'qualifications summary',
  ],
  work: [
    'experience', 'work experience', 'professional experience', 'relevant experience', 'employment',
    'employment history', 'work history', 'career history', 'career', 'professional background',
    'professional history', 'positions held', 'industry experience', 'internships', 'internship',
    'internship experience', 'engineering experience', 'technical experience', 'research experience',
    'teaching experience', 'military experience', 'relevant work experience', 'work',
  ],
  education: [
    'education', 'academic background', 'academic history', 'academics', 'education and training',
    'educational background', 'academic qualifications', 'degrees', 'qualifications', 'schooling',
    // The Indian and South Asian CV's names for it.
    'educational qualifications', 'educational qualification', 'academic qualification', 'academic details', 'academic record',
    'academic records', 'academic profile', 'academic credentials', 'educational details', 'education details', 'scholastic record',
    'scholastic records', 'scholastic profile', 'educational credentials', 'qualification', 'education qualification',
    'education qualifications', 'academia',
  ],
  skills: [
    'skills', 'technical skills', 'core skills', 'key skills', 'hard skills', 'skill set', 'skillset',
    'skills summary', 'core competencies', 'competencies', 'key competencies', 'technical competencies',
    'areas of expertise', 'expertise', 'technologies', 'tech stack', 'technology stack', 'stack', 'my stack', 'toolbox', 'toolkit', 'tools',
    'tools and technologies', 'technical proficiencies', 'proficiencies', 'it skills', 'computer skills',
    'software', 'programming languages', 'programming skills', 'technical expertise', 'technical summary',
    'skills and proficiency', 'skills and proficiencies',
    // The Europass CV's boxes for skills ("DIGITAL SKILLS", "JOB-RELATED SKILLS", the 2013 form's "PERSONAL SKILLS").
    'digital skills', 'job related skills', 'personal skills', 'communication and interpersonal skills', 'organisational skills',
    'organizational skills', 'management and leadership skills', 'communication skills',
  ],
  projects: [
    'projects', 'personal projects', 'side projects', 'selected projects', 'key projects',
    'academic projects', 'notable projects', 'open source', 'open source contributions',
    'open source projects', 'portfolio',
  ],
  certificates: [
    'certifications', 'certificates', 'certification', 'licenses', 'licences', 'licenses and certifications',
    'professional certifications', 'accreditations', 'credentials', 'courses', 'training',
    'professional development', 'courses and certifications', 'professional qualifications',
    // A section of its own for the one licence, read as one certificate (see form-cv-lines.ts).
    'driving licence', 'driving license', 'driving licences', 'driving licenses', 'driver s license', 'driver s licence', 'drivers license',
    'drivers licence',
    // A regulated profession's own heading: "LICENSURE", "Professional Registration" (nurses, teachers, engineers).
    'licensure', 'professional licensure', 'professional licenses', 'professional licences', 'registration', 'registrations',
    'professional registration', 'professional registrations',
    // The courses a UK employer makes staff renew (BLS, safeguarding, manual handling), each with its date.
    'mandatory training', 'statutory and mandatory training', 'mandatory and statutory training', 'statutory mandatory training',
    'statutory training', 'compliance training', 'core mandatory training', 'mandatory courses', 'essential training',
  ],
  languages: ['languages', 'language skills', 'spoken languages', 'language proficiency'],
  contact: [
    'contact', 'contact information', 'contact info', 'contact details', 'personal details',
    'personal information', 'personal data', 'profiles', 'online profiles', 'social profiles', 'links',
    'social links', 'social media', 'online presence', 'websites',
  ],
  other: [
    'awards', 'honors', 'honours', 'awards and honors', 'honors and awards', 'achievements',
    'accomplishments', 'publications', 'patents', 'presentations', 'talks', 'conferences', 'interests',
    'hobbies', 'hobbies and interests', 'references', 'volunteer', 'volunteering', 'volunteer experience',
    'volunteer work', 'activities', 'extracurricular activities', 'leadership', 'memberships',
    'affiliations', 'professional affiliations', 'additional information', 'miscellaneous', 'community',
    'referees', 'declaration', 'self declaration',
    // Results gathered from every job, under a heading of their own: none of them belongs to the job above it.
    'key achievements', 'selected achievements', 'career achievements', 'notable achievements', 'major achievements',
    'key accomplishments', 'selected accomplishments', 'highlights', 'career highlights', 'key highlights', 'selected highlights',
    'awards and recognition', 'recognition', 'key results', 'impact',
  ],
};

// The same headings in the languages people most often write a CV in besides English.
const otherLanguageAliases: Partial<Record<SectionKind, readonly string[]>> = {
  work: [
    'experiencia', 'experiencia profesional', 'experiencia laboral', 'berufserfahrung', 'berufliche erfahrung', 'werdegang',
    'expérience', 'expérience professionnelle', 'expériences professionnelles', 'experiência', 'experiência profissional',
    'doświadczenie', 'doświadczenie zawodowe', 'esperienza', 'esperienze professionali', 'werkervaring', 'arbetslivserfarenhet',
    'erhvervserfaring', 'arbeidserfaring', 'experiências profissionais', 'experiência profissional relevante', 'experiencias profesionales',
    'experiencia profesional relevante', 'trayectoria profesional', 'parcours professionnel', 'expérience', 'berufliche laufbahn',
    'beruflicher werdegang', 'berufspraxis', 'esperienza professionale', 'esperienza lavorativa', 'esperienze lavorative',
    'werkervaringen', 'ervaring', 'relevante werkervaring', 'arbeitserfahrung', 'historial profesional', 'percurso profissional',
  ],
  education: [
    'formación', 'formación académica', 'educación', 'estudios', 'ausbildung', 'bildung', 'bildungsweg', 'studium', 'formation',
    'éducation', 'formação', 'formação académica', 'formação acadêmica', 'educação', 'wykształcenie', 'istruzione', 'opleiding',
    'opleidingen', 'utbildning', 'uddannelse', 'utdanning', 'formação académica e profissional', 'habilitações', 'habilitações literárias',
    'habilitações académicas', 'formación académica y complementaria', 'formation académique', 'études', 'diplômes', 'schulbildung',
    'akademische ausbildung', 'ausbildung und studium', 'istruzione e formazione', 'formazione', 'titoli di studio', 'edukacja',
    'opleiding en cursussen', 'studie',
  ],
  skills: [
    'habilidades', 'competencias', 'conocimientos', 'kenntnisse', 'fähigkeiten', 'kompetenzen', 'compétences', 'competências',
    'umiejętności', 'competenze', 'vaardigheden', 'kompetencer', 'färdigheter', 'ferdigheter', 'competências-chave', 'conhecimentos', 'conhecimentos técnicos', 'aptidões', 'compétences clés', 'savoir-faire', 'fachkenntnisse', 'edv-kenntnisse', 'it-kenntnisse', 'fachkompetenzen',
    'competenze informatiche', 'capacità', 'vaardigheden en competenties', 'competenties', 'kennis', 'kompetencje',
  ],
  languages: [
    'idiomas', 'sprachen', 'sprachkenntnisse', 'langues', 'línguas', 'języki', 'języki obce', 'lingue', 'talen', 'sprog', 'språk',
    'lenguas', 'conhecimentos linguísticos', 'competências linguísticas', 'competencias lingüísticas', 'compétences linguistiques',
    'langues étrangères', 'fremdsprachen', 'competenze linguistiche', 'lingue straniere', 'conoscenze linguistiche', 'talenkennis',
    'taalvaardigheid', 'taalvaardigheden', 'znajomość języków', 'idiomi',
  ],
  certificates: [
    'certificaciones', 'certificados', 'zertifikate', 'zertifizierungen', 'certifications professionnelles', 'certyfikaty',
    'certificações', 'certificação', 'certificações profissionais', 'certificados e cursos', 'cursos', 'cursos e certificações',
    'formação complementar', 'certificación', 'certificaciones profesionales', 'cursos y certificaciones', 'formación complementaria',
    'licencias', 'certificats', 'formations', 'formation continue', 'zertifikat', 'weiterbildung', 'weiterbildungen', 'fortbildungen',
    'lizenzen', 'certificazioni', 'certificati', 'corsi', 'corsi e certificazioni', 'certificaten', 'certificeringen', 'cursussen',
    'licenties', 'kursy', 'kursy i certyfikaty', 'szkolenia', 'führerschein', 'rijbewijs', 'prawo jazdy', 'permis de conduire',
    'carnet de conducir', 'permiso de conducir', 'carta de condução', 'patente di guida', 'körkort', 'kørekort', 'førerkort',
  ],
  summary: [
    'perfil', 'perfil profesional', 'resumen', 'profil', 'kurzprofil', 'profil professionnel', 'podsumowanie', 'profilo',
    'perfil profissional', 'resumo', 'resumo profissional', 'sobre mim', 'sobre mí', 'acerca de mí', 'resumen profesional',
    'à propos', 'à propos de moi', 'über mich', 'profilo professionale', 'chi sono', 'sommario', 'profiel', 'over mij',
    'persoonlijk profiel', 'o mnie', 'profil zawodowy',
  ],
  contact: [
    'contacto', 'contactos', 'contato', 'contatos', 'dados pessoais', 'informação pessoal', 'datos personales', 'datos de contacto',
    'información de contacto', 'coordonnées', 'informations personnelles', 'kontakt', 'kontaktdaten', 'persönliche daten',
    'persönliche angaben', 'contatti', 'dati personali', 'informazioni personali', 'contactgegevens', 'persoonlijke gegevens',
    'dane kontaktowe', 'dane osobowe',
  ],
  other: [
    'interesses', 'intereses', 'aficiones', "centres d'intérêt", 'loisirs', 'hobbys', 'interessen', 'interessi', "hobby's",
    'zainteresowania', 'voluntariado', 'bénévolat', 'ehrenamt', 'ehrenamtliches engagement', 'volontariato', 'vrijwilligerswerk',
    'wolontariat', 'prémios', 'premios', 'prix', 'auszeichnungen', 'premi', 'prijzen', 'nagrody', 'publicações', 'publicaciones',
    'publikationen', 'pubblicazioni', 'publicaties', 'publikacje', 'referências', 'referencias', 'références', 'referenzen',
    'referenze', 'referenties', 'referencje',
    'erfolge', 'berufliche erfolge', 'wichtigste erfolge', 'réalisations', 'réalisations clés', 'principales réalisations',
    'logros', 'logros destacados', 'principales logros', 'conquistas', 'principais conquistas', 'realizações', 'risultati',
    'risultati principali', 'resultaten', 'prestaties',
  ],
  projects: ['projekte', 'ausgewählte projekte', 'projets', 'proyectos', 'projetos', 'progetti', 'projecten', 'projekty'],
};

const aliasKinds = new Map<string, SectionKind>(
  sectionKinds.flatMap((kind) => [...headingAliases[kind], ...(otherLanguageAliases[kind] ?? [])].map((alias) => [alias, kind] as const)),
);
// The same aliases without their spaces, for headings set letter by letter ("W O R K E X P E R I E N C E").
const spacedAliasKinds = new Map<string, SectionKind>(
  [...aliasKinds].map(([alias, kind]) => [alias.replace(/ /g, ''), kind] as const),
);

// Section names that also name a group of skills ("Leadership" / "• Hiring" under Skills).
const skillGroupNames: ReadonlySet<string> = new Set(['leadership', 'community', 'volunteering', 'training']);

// Sections whose lines may themselves look like "Label: content" without being headings.
const structuredKinds: ReadonlySet<SectionKind> = new Set(['work', 'education', 'projects', 'skills']);
// Headings that may carry their content on the same line ("Skills: Python, Go").
const inlineKinds: ReadonlySet<SectionKind> = new Set(['summary', 'skills', 'languages', 'certificates']);

/**
 * The section a heading line opens, if it is one.
 *
 * @example
 * headingKind('--- EMPLOYMENT HISTORY ---'); // 'work'
 */
export function headingKind(line: string): SectionKind | undefined {
  if (line.length > 60 || /[.!?]$/.test(line)) return undefined;
  const key = headingKey(line);
  if (key === '' || (key.split(' ').length > 6 && !letterSpaced(key))) return undefined;
  const direct = aliasKinds.get(key) ?? letterSpacedKind(key);
  if (direct) return direct;
  // "Berufserfahrung / Experience", "Skills & Tools", "Education and Certifications"; but
  // "Electrical | Safety & Leadership" are labels of columns.
  if (line.includes(' | ')) return undefined;
  for (const part of key.split(/ \/ | and /)) {
    const kind = aliasKinds.get(part.trim());
    if (kind) return kind;
  }
  // "Professional Skills", "Transferable Skills Summary": skills with a word of praise or kind;
  // "Finance | Soft skills" are labels of columns.
  if (key.split(' ').length <= 4 && !line.includes(' | ') && /(?:^| )(?:skills|competencies)(?: |$)/.test(key)) return 'skills';
  return undefined;
}

/**
 * Whether a heading of this kind may also name a group of skills: "Certifications" / "• BLS",
 * "Leadership" / "• Hiring" among categories of skills.
 *
 * @example
 * mayNameSkillGroup('other', 'Leadership'); // true
 */
export function mayNameSkillGroup(kind: SectionKind, heading: string): boolean {
  // "Safety & Leadership", "Leadership and Coaching": a group named with one of those words too.
  const parts = headingKey(heading).split(/ \/ | and /);
  return kind === 'certificates' || (kind === 'other' && parts.some((part) => skillGroupNames.has(part.trim())));
}

/**
 * Groups lines into sections; the first section (kind `other`, heading "") holds whatever
 * precedes the first heading: normally the name and contact lines.
 *
 * @example
 * findSections(toResumeLines('Jane\nSkills\nGo')).map((section) => section.kind); // ['other', 'skills']
 */
export function findSections(lines: readonly ResumeLine[]): ResumeSection[] {
  const sections: ResumeSection[] = [{ kind: 'other', heading: '', lines: [] }];
  for (const [index, line] of lines.entries()) {
    const current = sections[sections.length - 1] as ResumeSection;
    // "Client communication, Team" / "leadership": a word in small letters under a line that goes on is its rest.
    const above = lines[index - 1]?.text ?? '';
    if (endsWrappedList(line, current, lines[index + 1])) {
      const last = current.lines.length - 1;
      current.lines[last] = { ...(current.lines[last] as ResumeLine), text: `${current.lines[last]?.text ?? ''} ${line.text.trim()}` };
      continue;
    }
    // "BAKING ⇥ Sourdough, Piping" / "LANGUAGES ⇥ Welsh, English": in Skills, a label beside its list
    // like the rows above it is one more group, not a section in a gutter.
    if (current.kind === 'skills' && isGroupRow(line.text) && current.lines.some((entry) => isGroupRow(entry.text))) {
      current.lines.push(line);
      continue;
    }
    const continues = /^\p{Ll}/u.test(line.text) && !line.markdownHeading && above !== '' && !/[.!?:]$/.test(above);
    const gutter = line.bullet || continues ? undefined : gutterHeading(line.text);
    if (gutter) {
      sections.push({ kind: gutter.kind, heading: gutter.heading, lines: [{ ...line, text: gutter.rest }] });
      continue;
    }
    const headed = line.bullet || continues ? undefined : headingKind(line.text);
    // "Google Workspace for" / "Education", the Education section already read: a heading's word
    // under a line that needs another word is that line's rest.
    const rest = /\s(?:for|of|and|&|with|in|to)$/i.test(above) && sections.some((section) => section.kind === headed);
    const kind = rest ? undefined : headed;
    // "Skills" with nothing under it yet, then "Languages" / "• Java" / "• Go": the first
    // category of the skills, not a section of spoken languages.
    const subHeading =
      // So is "Skills" / "Licences & cards" / "Cat C+E, Driver CPC": a group named like a section of certificates.
      ((kind === 'languages' || kind === 'certificates') && current.kind === 'skills' && current.heading !== '' && current.lines.every((entry) => entry.text === '')) ||
      (kind !== undefined && mayNameSkillGroup(kind, line.text) && isSkillCategory(line, current, lines.slice(index + 1))) ||
      // "SKILLS" / "Tools" / "Git⇥Jira" / "Languages" / "Polish⇥English": a category in the labels' capitals, not the headings'.
      (kind === 'languages' && !sameCapitals(current.heading, line.text) && isSkillCategory(line, current, lines.slice(index + 1))) ||
      (kind === 'certificates' && isCoursesOfSchool(line, current, lines.slice(index + 1))) ||
      // "Skills" / … / "Tools" / "Jira, Git": a skills heading inside the skills heads one of their categories.
      (kind === 'skills' && current.kind === 'skills' && current.heading !== '' && current.lines.some((entry) => entry.text !== ''));
    if (kind && !subHeading && !isEntryLabel(line.text, current)) {
      sections.push({ kind, heading: line.text, lines: [] });
      continue;
    }
    const inline = line.bullet || structuredKinds.has(current.kind) ? undefined : inlineHeading(line.text);
    if (inline) {
      sections.push({ kind: inline.kind, heading: inline.heading, lines: [{ ...line, text: inline.rest }] });
      continue;
    }
    current.lines.push(line);
  }
  return sections.filter((section, index) => index === 0 || section.lines.some((line) => line.text !== '') || section.heading !== '');
}

// The words a job's own list of results may be labelled with, under its title and dates.
const entryLabels: ReadonlySet<string> = new Set([
  'highlights', 'key highlights', 'achievements', 'key achievements', 'selected achievements', 'accomplishments', 'key accomplishments',
  'selected accomplishments', 'key results', 'impact', 'erfolge', 'réalisations', 'logros', 'conquistas', 'resultaten',
]);

/**
 * "TITLE, COMPANY" / "March 2016 - May 2019" / "HIGHLIGHTS" / "• …": a label right under a job's dates (nothing
 * listed between them, or only the job's summary) heads that job's own results, and so does one with a colon ("Key achievements:", which
 * the job's body reads as a label). Under the last job's bullets the same words head a section of their own.
 */
function isEntryLabel(text: string, current: ResumeSection): boolean {
  if (current.kind !== 'work' || !entryLabels.has(headingKey(text))) return false;
  if (/:\s*$/.test(text)) return true;
  // Back to the job's dates over its own lines: a summary written under the dates ("Led the plant's move to …")
  // may stand between them and the label, but a bullet means the job's list has been and gone.
  const above = current.lines.filter((line) => line.text.trim() !== '').slice(-6).reverse();
  for (const line of above) {
    if (line.bullet) return false;
    if (/\b(?:19|20)\d{2}\b|\b(?:present|current|now|today|heute)\b/iu.test(line.text)) return true;
  }
  return false;
}

// "LEADERSHIP ⇥ Hiring, Coaching": a label beside its list, named like no section but a group's.
function isGroupRow(text: string): boolean {
  const row = labelCell(text);
  const kind = row && headingKind(row.name);
  return row !== undefined && (kind === undefined || kind === 'languages' || kind === 'certificates' || mayNameSkillGroup(kind, row.name));
}

/**
 * "PLC Wiring, Motor Controls, Crew" / "Leadership" / "": a word that names a group of skills, wrapped
 * onto a line of its own at the end of a list of skills and with nothing under it, is the last
 * item's rest ("Crew Leadership"), not a heading over nothing (a blank line or the next heading under it).
 */
function endsWrappedList(line: ResumeLine, current: ResumeSection, next: ResumeLine | undefined): boolean {
  const above = current.lines.at(-1);
  if (current.kind !== 'skills' || !above || above.text === '' || line.bullet || line.markdownHeading) return false;
  const nothingUnder = next === undefined || next.text === '' || (!next.bullet && headingKind(next.text) !== undefined);
  if (!skillGroupNames.has(headingKey(line.text)) || !nothingUnder) return false;
  const items = above.text.split(/\s*[,;|•·]\s*/);
  const last = items.at(-1) ?? '';
  return items.length >= 2 && !/[.!?:,;]$/.test(above.text) && last.split(/\s+/).length <= 2;
}

/**
 * "Skills" / "Clinical" / "• Wound care" / "Certifications" / "• BLS": a heading word right under
 * skill items, in a Skills section already laid out as labels over items, heads one more category
 * when the lines under it are short keywords shaped like the items above (no year, no issuer).
 */
function isSkillCategory(line: ResumeLine, current: ResumeSection, after: readonly ResumeLine[]): boolean {
  if (current.kind !== 'skills' || current.heading === '') return false;
  // "Licences" / "" / "BLS | ACLS": a theme may set a label's tags a line apart from it.
  const under = after[0]?.text === '' && after[1] !== undefined && after[1].text !== '' ? after.slice(1) : after;
  const end = under.findIndex((next) => next.text === '' || (!next.bullet && headingKind(next.text) !== undefined));
  const items = end === -1 ? under : under.slice(0, end);
  const first = items[0];
  if (!first || !items.every((item) => isKeywordLine(item.text))) return false;
  // After a blank line only a label over bullets, shaped like the labels over bullets above, is one:
  // themes that part their groups with space print "Clinical — Advanced" / "• Triage" / "" / "Licences" / "• BLS".
  if ((current.lines.at(-1)?.text ?? '') === '' && !first.bullet) return false;
  return current.lines.some((label, at) => {
    const under = current.lines[at + 1];
    // "Clinical — Advanced": a category may carry its level.
    const name = label.text.replace(/\s[-–—]\s\p{L}+$/u, '');
    if (label.bullet || !under || under.text === '' || under.bullet !== first.bullet || !isKeywordLine(name) || /,/.test(name)) return false;
    // "SKILLS" over "Clinical": headings set apart by capitals, so "CERTIFICATIONS" would be one.
    return sameCapitals(current.heading, name) || sameCapitals(line.text, name);
  });
}

function sameCapitals(a: string, b: string): boolean {
  return (a === a.toUpperCase()) === (b === b.toUpperCase());
}

/**
 * "Education" / "BSc Physics" / "Courses" / "Optics" / "Harwick College": the courses of one
 * school, listed under a label inside the Education section, when another school or degree
 * follows them before the next heading.
 */
function isCoursesOfSchool(line: ResumeLine, current: ResumeSection, after: readonly ResumeLine[]): boolean {
  if (current.kind !== 'education' || !/^(?:relevant\s+)?(?:courses|coursework)\b/i.test(line.text)) return false;
  const end = after.findIndex((next) => !next.bullet && headingKind(next.text) !== undefined);
  const rest = (end === -1 ? after : after.slice(0, end)).filter((next) => next.text !== '');
  const school = rest.findIndex((next) => institutionPattern.test(next.text) || matchDegree(next.text) !== null);
  return school > 0 && rest.slice(0, school).every((next) => isKeywordLine(next.text));
}

/**
 * Whether a line lists keywords: "BLS", "Epic, Pyxis", "Wound care", not "PMP, PMI, 2021" or
 * "CPR – Red Cross" (a certificate with its issuer or year).
 *
 * @example
 * isKeywordLine('Epic, Pyxis'); // true
 */
export function isKeywordLine(text: string): boolean {
  // Tags set side by side ("Git | Jira | Docker", "Git · Jira ·") are one keyword each, like a list with commas.
  const items = text.split(/,\s*|\s+\|\s+|\t+|\s+[·•](?:\s+|$)/).filter((item) => item !== '');
  const short = text.length <= 60 || (items.length >= 3 && items.every((item) => item.length <= 30));
  return short && !/\b(?:19|20)\d{2}\b|\s[-–—]\s|:/.test(text) && items.every((item) => item.split(/\s+/).length <= 4);
}

/**
 * Themes that track their headings wide print one letter at a time, and the PDF keeps the
 * gaps: "S U M M A RY", "E D U C AT I O N" (a kerned pair stays joined).
 */
function letterSpaced(key: string): boolean {
  const tokens = key.split(' ');
  return tokens.length >= 4 && tokens.every((token) => token.length <= 2) && tokens.filter((token) => token.length === 1).length * 4 >= tokens.length * 3;
}

// A spaced heading whose gaps were all one space is already joined: "WORKEXPERIENCE".
function letterSpacedKind(key: string): SectionKind | undefined {
  return letterSpaced(key) || !key.includes(' ') ? spacedAliasKinds.get(key.replace(/ /g, '')) : undefined;
}

/**
 * "EXPERIENCE | Acme Corp | Engineer | 2019 - 2021": a heading in capitals in a left gutter, printed
 * on the line of its section's first entry and set apart from it by the gutter's gap. Labels side
 * by side over columns ("SKILLS | LANGUAGES") are no such heading.
 */
function gutterHeading(text: string): { kind: SectionKind; heading: string; rest: string } | undefined {
  const gap = text.indexOf(' | ');
  if (gap === -1) return undefined;
  const heading = text.slice(0, gap).trim();
  const rest = text.slice(gap + 3).trim();
  const kind = heading === heading.toUpperCase() && /\p{Lu}{3}/u.test(heading) ? headingKind(heading) : undefined;
  if (!kind || rest === '' || headingKind(rest.split(' | ')[0] ?? '') !== undefined) return undefined;
  return { kind, heading, rest };
}

function inlineHeading(text: string): { kind: SectionKind; heading: string; rest: string } | undefined {
  const colon = /^([^:]{3,40}):\s+(\S.*)$/.exec(text);
  if (!colon) return undefined;
  const kind = headingKind(colon[1] ?? '');
  if (!kind || !inlineKinds.has(kind)) return undefined;
  return { kind, heading: colon[1] ?? '', rest: colon[2] ?? '' };
}

/**
 * The section a line names exactly, one of the known headings as a whole ("WORK EXPERIENCE", "Education and
 * training"), never one found inside a longer heading.
 *
 * @example
 * sectionNamed('EDUCATION AND TRAINING'); // 'education'
 */
export function sectionNamed(line: string): SectionKind | undefined {
  return aliasKinds.get(headingKey(line));
}

function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/^[\s\d.)(•·#*=_~:|–—-]+|[\s#*=_~:|–—-]+$/g, '')
    .replace(/[^\p{L}\s/]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
