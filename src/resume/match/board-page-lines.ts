/**
 * The lines a job board's page puts around a posting, which people paste with it: the employer
 * and its place ("Robert Bosch GmbH, Leinfelden-Echterdingen (Stuttgart)", "Stripe · Dublin,
 * Ireland"), the terms as chips ("Full-time · Hybrid · Mid-Senior level", "Vollzeit | Remote"),
 * the page's own words ("Posted 3 days ago", "Job ID 12345", "Apply now", "About the job",
 * "140 applicants"). None of them asks the person for anything.
 */

// The page's own words, a whole line each.
const pageWords = new RegExp(
  String.raw`^(?:` +
    [
      // When and how many: "Posted 3 days ago", "Reposted 2 weeks ago", "Vor 5 Tagen veröffentlicht", "140 applicants".
      String.raw`(?:re-?)?posted\b.*|(?:active|published|updated)\s+\d+\s+\w+\s+ago|\d+\+?\s+(?:days?|weeks?|months?|hours?)\s+ago.*|vor\s+\d+\s+(?:tag|tagen|woche|wochen|monat|monaten|stunden?)\b.*|(?:veröffentlicht|erschienen|online\s+seit)\b.*`,
      String.raw`(?:over\s+)?\d+\+?\s+(?:applicants?|applications?|clicks?|bewerbungen|bewerber(?:innen)?)\b.*|be\s+an\s+early\s+applicant|actively\s+(?:recruiting|hiring)|promoted(?:\s+by\s+hirer)?|responses\s+managed\s+off\s+\w+`,
      // Identifiers: "Job ID 12345", "Req ID: R-0042", "Reference: ABC/12", "Stellen-ID 4711", "Kennziffer 12".
      String.raw`(?:job|req(?:uisition)?|posting|vacancy|position|stellen|referenz)[\s-]*(?:id|no\.?|number|nummer|code)\b.*|(?:ref(?:erence)?(?:\s+(?:no\.?|number))?|kennziffer|referenznummer)\s*[:#]?\s*[\w/-]*\d[\w/-]*`,
      // Buttons and links: "Apply now", "Easy Apply", "Save", "Jetzt bewerben", "Merken".
      String.raw`(?:(?:easy|quick)\s+)?apply(?:\s+(?:now|here|for\s+this\s+(?:job|role|position)|on\s+(?:company\s+)?(?:website|site)))?|save(?:\s+job)?|share(?:\s+(?:this\s+)?job)?|report(?:\s+this)?\s+job|back\s+to\s+(?:all\s+)?(?:jobs|search(?:\s+results)?|results)|view\s+all\s+(?:jobs|openings)|see\s+(?:more|less|all\s+jobs)|show\s+(?:more|less)|(?:jetzt\s+)?bewerben|jetzt\s+online\s+bewerben|merken|teilen|zurück\s+zu(?:r)?\s+\w+`,
      // What the page calls the text: "About the job", "Job description", "Stellenbeschreibung".
      String.raw`about\s+(?:the|this)\s+(?:job|role|position)|job\s+(?:description|details|summary|overview)|(?:full\s+)?description|overview|stellen(?:beschreibung|anzeige|angebot)|jobbeschreibung`,
    ].join('|') +
    String.raw`)$`,
  'iu',
);

// One chip of terms: the hours, the contract, where the work is done, the level, the company's size.
const chip = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`full[- ]?time|part[- ]?time|contract(?:or)?|permanent|temporary|fixed[- ]term|freelance|internship|apprenticeship|volunteer|seasonal|temp`,
      String.raw`vollzeit|teilzeit|festanstellung|unbefristet|befristet|werkstudent(?:\p{L}*)|praktikum|ausbildung|minijob|freiberuflich|voltijd|deeltijd|vast|temps\s+plein|temps\s+partiel|cdi|cdd`,
      String.raw`remote|hybrid|on[- ]?site|in[- ]office|homeoffice|home\s+office|mobiles\s+arbeiten|vor\s+ort|remote\s+möglich|teilweise\s+remote`,
      String.raw`(?:entry|mid|mid-senior|senior|associate|director|executive|internship)\s+level|berufseinstieg|berufserfahren|professional|mit\s+berufserfahrung`,
      String.raw`\d[\d,.]*\s*(?:-|–|to)?\s*[\d,.]*\+?\s+(?:employees|mitarbeiter(?:innen)?|mitarbeitende)|(?:be\s+)?(?:a\s+)?(?:new|urgently\s+hiring|actively\s+hiring|easy\s+apply|featured|top\s+applicant)`,
    ].join('|') +
    String.raw`)$`,
  'iu',
);

// Legal forms a company's name ends in: "Robert Bosch GmbH", "Acme Ltd", "Globex Inc.", "Initech B.V.".
const legalForm = /(?<![\p{L}])(?:GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|SE|KG|KGaA|e\.\s?V\.|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|PLC|plc|B\.\s?V\.|N\.\s?V\.|S\.\s?A\.|SAS|S\.\s?p\.\s?A\.|Sp\.\s?z\s?o\.\s?o\.|Oy|AB|ApS|A\/S)(?![\p{L}])/u;
// A name or a place: capitalised words, with the joins names use ("&", "-", "of", "am", "an der").
const nameWords = /^(?:(?:\p{Lu}[\p{L}\p{N}'’.&-]*|&|of|de|la|le|am|an|der|im|bei|und|and|the|[A-Z]{2,}|\d+)(?:\s+|$))+$/u;

/**
 * Whether a line is one of the page's own lines around the posting, not the posting's words.
 * `atTop`: the line comes before the posting's first sentence or heading, where the employer
 * and its place are written ("Stripe · Dublin, Ireland").
 *
 * @example
 * isBoardPageLine('Posted 3 days ago', false); // true
 * isBoardPageLine('Full-time · Hybrid', false); // true
 * isBoardPageLine('Robert Bosch GmbH, Leinfelden-Echterdingen (Stuttgart)', true); // true
 * isBoardPageLine('Experience with Creo and Windchill', true); // false
 */
export function isBoardPageLine(line: string, atTop: boolean): boolean {
  const text = line
    .trim()
    .replace(/^(?:[-*•·▪●◦–]\s+|#{1,6}\s*)/, '')
    .replace(/\*\*|__/g, '')
    .replace(/[.:!]+$/, '')
    .trim();
  if (text === '') return false;
  if (pageWords.test(text)) return true;
  const items = text.split(/\s*(?:[·•|]|\s[-–—]\s)\s*/).filter((item) => item.length > 0);
  if (items.length > 0 && items.every((item) => chip.test(item) || pageWords.test(item))) return true;
  // The employer and where: "Robert Bosch GmbH, Leinfelden-Echterdingen", "Stripe · Dublin, Ireland (Hybrid)".
  const places = text.replace(/\([^)]{1,40}\)/g, ' ').split(/\s*(?:[·•|,]|\s[-–—]\s)\s*/).filter((item) => item.trim().length > 0);
  if (legalForm.test(text) && text.split(/\s+/).length <= 12 && places.every((item) => nameWords.test(item.trim()) || chip.test(item.trim()))) return true;
  return atTop && places.length >= 2 && text.split(/\s+/).length <= 10 && places.every((item) => nameWords.test(item.trim()) || chip.test(item.trim()));
}
