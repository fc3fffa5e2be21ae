/**
 * Degrees and institutions as resumes and letters write them: "B.Sc.", "Bachelor of Science",
 * "MBA", "Ph.D.", "Dipl.-Inf."; "University of X", "X College", "MIT".
 */
import { namesFieldOfStudy } from './field-of-study.ts';

export type DegreeFamily = 'doctorate' | 'mba' | 'master' | 'bachelor' | 'associate' | 'diploma' | 'other';

const degreeWords =
  // The French "Master 1" / "Master 2" (the first and second year of a master's).
  "master\\s+[12](?![\\p{L}\\d])|" +
  // A degree named by its kind: "Honours Degree", "Specialist Degree", "Engineering Degree".
  "(?:honou?rs|undergraduate|postgraduate|professional|specialist|engineering|double|joint|dual|integrated)\\s+degree|" +
  "(?:bachelor|m[aáà]ster|doctor)(?:'?s)?(?:\\s+of\\s+(?:science|arts|engineering|commerce|business administration|laws|fine arts|technology|education|applied science|music|nursing|medicine|philosophy|architecture|computer science|information technology|computer applications|public health|social work|design|mathematics|economics|letters|pharmacy|journalism|theology|divinity|accountancy|accounting|management|public administration|public policy|library science|dental surgery|veterinary medicine|veterinary science|social science|health science|nursing science|computing|information systems|software engineering|business|international business|communication|communications|media|psychology|behavioural science|behavioral science|biomedical science|environmental science|agricultural science|agriculture|physiotherapy|teaching|visual arts|performing arts|creative arts|urban planning|planning|social sciences|health sciences|liberal arts|statistics|finance|information and communication technology|hospitality management|tourism management|human resource management))?(?:\\s+degree)?" +
  "|associate(?:'?s)?\\s+(?:degree|of\\s+(?:arts|science|applied science))|doctorate|(?:advanced\\s+)?diploma(?:\\s+(?:di|de|do|da)\\s+\\p{L}+|\\s+of\\s+(?:nursing|midwifery|community services|early childhood education and care|hospitality management|leadership and management|accounting|building and construction|information technology|engineering technology|laboratory technology|beauty therapy|remedial massage|graphic design|screen and media|youth work|counselling|business|marketing|project management|work health and safety|dental technology|paramedical science))?|level\\s+[1-8]\\s+(?:extended\\s+|subsidiary\\s+)?(?:certificate|diploma|award|nvq)|nvq(?:\\s+level\\s+[1-5])?|dipl[ôo]me(?:\\s+d[e'’]\\s?(?:ingénieur|ingenieur|état|etat|[ée]tudes\\s+(?:professionnelles|coll[ée]giales|secondaires|sup[ée]rieures(?:\\s+sp[ée]cialis[ée]es)?|universitaires(?:\\s+de\\s+technologie)?)))?|dipl[ôo]me\\s+universitaire\\s+de\\s+technologie|attestation\\s+d['’]\\s?[ée]tudes\\s+coll[ée]giales|certificat\\s+d['’]\\s?aptitude\\s+professionnelle|brevet\\s+de\\s+technicien(?:\\s+sup[ée]rieur)?|bac(?:calaur[ée]at)?\\s+pro(?:fessionnel)?|diplom[ăa]\\s+de\\s+(?:bacalaureat|licen[țţt][ăa]|master|absolvire)|licence(?:\\s+professionnelle)?|licenciatura|high school diploma|a-levels|abitur|certificate(?:\\s+(?:III?|IV|[1-4])(?![\\p{L}\\d])|\\s+program(?:me)?|\\s+of\\s+(?:completion|achievement|attendance))?" +
  // School-leaving qualifications: "Highers", "GCSEs", "A Levels", "Leaving Certificate", "Baccalauréat", "Bachillerato".
  "|(?:advanced\\s+)?highers|i?gcses?|a[- ]levels?|as[- ]levels?|o[- ]levels?|leaving certificate|baccalaur[ée]at|bachillerato|international baccalaureate|ib diploma|studentereksamen|studentexamen|ylioppilastutkinto" +
  // "Class XII (CBSE)", "Higher Secondary Certificate", "Bằng tốt nghiệp THPT".
  "|class\\s+(?:x|xii|10|12)(?:th)?|(?:higher\\s+)?secondary school certificate|higher secondary certificate|senior school certificate|bằng tốt nghiệp(?:\\s+thpt)?" +
  // Degrees named in their own language: "Staatsexamen", "Diplom", "Magister", "Laurea magistrale".
  '|staatsexamen|diplomi-insinööri|diplom(?:-\\p{L}+)?|magister(?:\\s+inżynier)?|inżynier|licencjat|laurea(?:\\s+(?:magistrale|triennale|specialistica))?' +
  '|maestr[ií]a|mestrado|bacharelado|doutorado|engenheir[oa]|licenciad[oa]|mag[ií]ster|dottorato(?:\\s+di\\s+ricerca)?|akademiøkonom|datamatiker|maîtrise|grado|grau|doctorat|ingeniero(?:\\s+(?:civil|industrial|comercial|mec[áa]nico|el[ée]ctrico|qu[íi]mico))?|ingénieur|cand\\.\\s?\\p{L}+\\.?' +
  '|civilingenj[öø]r|civilingeni[øo]r|sivilingeni[øö]r|h[öø]gskoleingenj[öø]r|kandidatexamen|kandidat|masterexamen|professionsbachelor|professional bachelor(?:\'?s)?(?:\\s+degree)?' +
  // More degrees in their own language: "Magistr", "Bacharel", "Tecnólogo", "Técnico" (not "Instituto Técnico"), "Matura".
  '|magistr|bacharel|(?<!\\p{L}\\s)(?:tecn[óo]logo|t[ée]cnico)|matura|maturit[àa]|ausbildung' +
  // Postgraduate and other degrees of Portugal, Spain, France, Poland and the Netherlands: "Pós-Graduação em X",
  // "Licenciatura em X", "Posgrado en X", "Doctorado", "Licence professionnelle", "Curso de X" at a school.
  '|p[óo]s[- ]gradua[çc][ãa]o|posgrado|postgrado|especializa[çc][ãa]o|especializaci[óo]n|licenciatura|doctorado|doktorat|doctoraat' +
  '|(?<!\\p{L}\\s)licence(?:\\s+pro(?:fessionnelle)?)?|curso(?:\\s+t[ée]cnico(?:\\s+superior)?(?:\\s+profissional)?)?(?=\\s+(?:de|em|en|del)\\s)' +
  '|kỹ sư|cử nhân|thạc sĩ|tiến sĩ' +
  // Japanese, Chinese and Korean degrees: bachelor, master and doctor ("学士", "修士", "硕士", "학사").
  '|学士|修士|硕士|碩士|博士|학사|석사|박사' +
  // Indonesian degrees and school certificates: "Sarjana Komputer", "Ijazah SMK".
  '|sarjana(?:\\s+(?:komputer|teknik|ekonomi|hukum|sains|pendidikan|kedokteran|farmasi|psikologi|sosial|pertanian|terapan|sastra|manajemen))?' +
  '|ijazah(?:\\s+(?:sm[akp]|smu|stm|d[1-4]|s[1-3]))?' +
  // A stay abroad listed as an entry of its own with what was studied: "Exchange semester in Viticulture",
  // "Erasmus exchange, Architecture", at the start of the line or of a part of it. Alone, before a colon
  // or "at", it is a note on the degree above it.
  "|(?<=^\\s*|[,|–—]\\s*)(?:exchange\\s+(?:semester|year|programme|program|studies)|erasmus\\+?(?:\\s+(?:exchange|semester|year|programme|program))?|study abroad|semester abroad)(?!\\s+(?:semester|year|programme|program|studies|exchange|at)(?!\\p{L}))(?=\\s*,\\s*\\p{L}|\\s+(?:in|en)\\s+\\p{L}|\\s+\\p{L}{3,})" +
  // Professional qualifications listed as degrees: "Chartered Accountant", "Certified Public Accountant".
  '|chartered (?:accountant|financial analyst|engineer|surveyor)|certified public accountant|cost and management accountant|company secretary' +
  // Diplomas and certificates named by their level: "Higher National Diploma", "Postgraduate Certificate".
  // "Professional Certificate in Data Analytics": what online course providers award.
  // "Post-Basic Diploma Midwifery", "Post Basic Certificate in Critical Care Nursing": nursing awards taken after registration.
  '|(?:(?:higher|ordinary)\\s+)?national diploma|(?:(?:post)?graduate|professional|post[- ]?basic|post[- ]?registration) (?:diploma|certificate)|foundation degree' +
  // The trades: "Electrical Apprenticeship Program", "Certificate Program" at a trade school, "Journeyman Wireman".
  '|apprenticeship(?:\\s+program(?:me)?)?|journeyman\\s+(?:wireman|electrician|plumber|card|licen[cs]e)' +
  // Study that led to no degree: "Coursework in X", not a "Relevant coursework:" label.
  '|(?<!(?:relevant|selected|key|related)\\s)coursework(?!\\s*:)';
const degreeAbbreviations =
  'B\\.?\\s?Sc?\\.?|M\\.?\\s?Sc?\\.?|B\\.?\\s?A\\.?|M\\.?\\s?A\\.?|B\\.?\\s?Eng\\.?|M\\.?\\s?Eng\\.?|B\\.?\\s?Tech\\.?|M\\.?\\s?Tech\\.?' +
  '|B\\.?E\\.?|BBA|B\\.?\\s?Com\\.?|M\\.?\\s?Com\\.?|LL\\.?\\s?[BM]\\.?|J\\.?D\\.?|M\\.?D\\.?|E?MBA|M\\.?\\s?Phil\\.?|Ph\\.?\\s?D\\.?|D\\.?\\s?Phil\\.?' +
  '|BFA|MFA|AAS|A\\.A\\.S\\.|A\\.A\\.|A\\.S\\.|DUT|BTS|CAP|BEP|DEP|DEC|AEC|BSN|MSN|MPH|BCA|MCA|HND|BTEC|GED|Dipl\\.?-?\\s?\\p{L}+\\.?' +
  // Central European titles: "mgr inż.", "inż.", "lic.", "dr hab.", "Mgr.", "Ing.", "Bc.", "Dr. rer. nat.".
  '|[Mm]gr\\.?(?:\\s+inż\\.?)?|inż\\.|[Ll]ic\\.|dr(?:\\s+hab\\.)?(?:\\s+inż\\.)?|Ing\\.|Bc\\.|Dr\\.\\s?(?:rer\\.\\s?nat|phil|med|jur|-Ing|Ing)\\.' +
  // A vocational title with its trade: "Technik budownictwa" (not "Technik und Wirtschaft").
  '|(?<!für\\s)Technik\\s+(?!und\\b|i\\b|w\\b)\\p{Ll}+' +
  // Danish business degrees and the Nordic lower-case doctorate: "HA", "HD 2. del", "ph.d.".
  '|HA|HD(?:\\s+[12]\\.\\s?del)?|ph\\.\\s?d\\.?' +
  // Letters typed in mixed case: "Bsc", "Msc", "B.sc", "Phd", "Mba", "Btech", "B.Ed"; British
  // diplomas: "DipHE", "CertHE", "Grad Dip", "Dip.", "BAppSc"; "Assoc. Degree".
  '|[BM]\\.?\\s?sc\\.?|Phd\\.?|E?Mba|[BM]\\.?\\s?tech\\.?|[BM]\\.?\\s?Ed\\.?|DipHE|CertHE|Grad\\.?\\s?Dip\\.?|Dip\\.|BAppSc|Assoc\\.\\s+[Dd]egree' +
  // Titles written as dotted initials: "S.Kom.", "M.T.I.", "S.E.".
  '|[BSMD]\\.(?:\\p{Lu}\\p{Ll}{0,3}\\.){1,3}' +
  // Health and teaching degrees by their letters: "ADN", "DNP", "PharmD", "DDS", "PGCE"; "Dr." alone before a comma.
  '|ADN|DNP|DPT|DDS|DMD|Pharm\\.?\\s?D\\.?|PGCE|PGCert|PGDip|PGD|Ph\\.\\s?d\\.|Ed\\.?\\s?D\\.?' +
  // Postgraduate awards as British universities print them ("PgCert", "PG Cert", "PgDip", "Pg.Dip") and
  // nursing and midwifery degrees by their letters ("BNSc", "BNurs", "BMid", "BMidwif").
  '|P[Gg]\\.?\\s?(?:Cert|Dip)\\.?|BNSc|BNurs|BMidwif|BMid' +
  // British and Commonwealth degrees by their letters: "MRes", "MSt", "MArch", "MBChB", "BVSc".
  '|MRes|MSt|MArch|BArch|MDes|BDes|MMus|BMus|MSW|BSW|MPA|MPP|MFin|MAcc|MBBS|MBChB|BDS|BPharm|MPharm|BVSc|BASc|MASc|BScN|Dr\\.(?=\\s*(?:,|\\||$|in\\s))' +
  // School-leaving and diploma titles by their letters: Indian, West African, Danish.
  '|PGDM|PGDBA|SSC|HSC|SSCE|WASSCE|WAEC|NECO|OND|NCE|STX|HHX|HTX' +
  // A Finnish university of applied sciences' degrees, a Swiss or German further-study master.
  '|AMK|YAMK|MAS';
// "(Hons)", and the degree's abbreviation after its name: "Sarjana Komputer (S.Kom.)", "Chartered Accountant (CA)".
// "with Honours", "with First Class Honours": the honours a degree was awarded with are part of its name.
const honours =
  '(?:\\s*\\((?:[A-Z]{3}\\d{5}|[Hh]ons?\\.?|[Hh]onou?rs|Eng|Tech|Econ|Ed|\\p{Lu}(?:[\\p{Lu}.]|\\p{Ll}{1,3}\\.)+)\\)|\\s+[Hh]ons\\.?|\\s+[Hh]onou?rs(?=\\s|,|$)' +
  '|\\s+[Ww]ith\\s+(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Uu]pper\\s+[Ss]econd|[Ll]ower\\s+[Ss]econd)[- ][Cc]lass\\s+)?[Hh]onou?rs(?=\\s|,|$))?';
const degreeWordPattern = new RegExp(`(?<![\\p{L}])(?:${degreeWords})${honours}(?![\\p{L}])`, 'iu');
const degreeAbbreviationPattern = new RegExp(`(?<![\\p{L}])(?:${degreeAbbreviations})${honours}(?![\\p{L}])`, 'u');
const capitalDegreePattern =
  /(?<![\p{L}])(?:[BM]\.?\s?SC|PH\.?\s?D|[BM]\.?\s?ENG|[BM]\.?\s?TECH|M\.?\s?PHIL|[BM]\.?\s?COM|[BM]\.?\s?ED|[BM]\.?\s?ARCH|MRES)\.?(?:\s*\(HONS?\)|\s+HONS)?(?![\p{L}])/u;
export const institutionPattern =
  /(?:universi|univ\.|uniwersytet|szkoł|szkół|liceum|liceo|lyceum|gymnasi|gimnazjum|technikum|sekolah|akademi|escola|escuela|colegio|hogeschool|højskole|skole\b|facult|fakult|faculdade|wydział|üniversite|yliopisto|egyetem|högskola|college|institut|school|academy|polytechnic|politecnic|politechnika|polytechnique|hochschule|instytut|école|ecole|conservatory|seminary|lycée|đại học|trường|thpt|univerz|učení|vysoká škola|sveučilište|istitut|scuola|polit[ée]cnic|tecnol[óo]gico\s+(?:de|nacional)|korkeakoulu|coláiste|ollscoil|gaelscoil|scoil\b|ysgol|prifysgol|coleg\b|schule\b|c[ée]gep|университет|університет|институт|інститут|академия|大学|대학교)|\b(?:SMA|SMK|SMAN|SMKN|IIT|NIT|MIT|ETH|EPFL|KAIST|UCLA|UCL|LSE|NYU|CMU|USC|TUM|KTH|DTU|Caltech|UCSD|UCSB|UIUC|UPenn|CUNY|SUNY|INSEAD|ESSEC|ESCP|IESE|ESADE|HEC|INSA|EPITA|EPITECH|IIM|HKUST|NTNU|UNSW|UBC|NUS|NTU|SNU|HKU|CUHK|ANU|IISc|UNAM|ITAM|UNICAMP|RWTH|LMU|TAFE|KU\s+Leuven|UC\s+\p{Lu}\p{L}+|TU\s+\p{Lu}\p{L}+|IUT|JATC|JAC|IBEW|IHK|HWK|Handwerkskammer|(?:training|career|technology|technical|vocational|skills)\s+(?:center|centre)|training\s+(?:trust|fund)|trade\s+school|job\s+corps)\b/iu;

/**
 * The first degree named in text. Degree words match in any case ("Bachelor", "MASTER");
 * abbreviations only as written ("BA", "MS"), so "be" and "me" in a sentence are not degrees.
 *
 * @example
 * matchDegree('B.Sc. Computer Science')?.[0]; // 'B.Sc.'
 */
export function matchDegree(text: string): RegExpExecArray | null {
  const word = degreeWordPattern.exec(text);
  const abbreviation = degreeAbbreviationPattern.exec(text);
  // A line set in capitals ("MSC CONSTRUCTION MANAGEMENT") spells the letters in capitals too.
  const capitals = /\p{Lu}{3}/u.test(text) && !/\p{Ll}/u.test(text) ? capitalDegreePattern.exec(text) : null;
  const letters = abbreviation && capitals ? (abbreviation.index <= capitals.index ? abbreviation : capitals) : (abbreviation ?? capitals);
  const found = word && letters ? (word.index <= letters.index ? word : letters) : (word ?? letters);
  // "MS/PhD", "BA/MA": two degrees of one programme are one.
  const joint = found && /^\s*\/\s*/.exec(text.slice(found.index + found[0].length));
  const second = joint ? matchDegree(text.slice(found.index + found[0].length + joint[0].length)) : null;
  if (found && joint && second?.index === 0) found[0] = `${found[0]}${joint[0]}${second[0]}`;
  // "Arkkitehti (M.Sc.)", "Insinööri (AMK)": a title in the country's own words with the degree it
  // equals in brackets is one degree, the local title first.
  const local = found && /(?:^|[|,–—]\s*)(\p{Lu}[\p{L}-]+)\s\($/u.exec(text.slice(0, found.index));
  if (found && local?.[1] && text.startsWith(')', found.index + found[0].length) && !namesFieldOfStudy(local[1])) {
    found[0] = `${local[1]} (${found[0]})`;
    found.index -= local[1].length + 2;
  }
  // "Baccalauréat en administration des affaires (B.A.A.)": the words after a degree word, up to an
  // abbreviation in brackets that spells them with it, are the degree's own name, not its field.
  const spelled = found && spelledOutName(found[0], text.slice(found.index + found[0].length));
  if (found && spelled) found[0] += spelled;
  // "Bachelor of Engineering (Software)": a word in brackets after a degree word is its field, not
  // its abbreviation; the case-blind match of the degree's words also lets "(Software)" pass as one.
  const bracketed = found && /\s*\(([^()]*)\)$/u.exec(found[0]);
  if (found && bracketed && !/^hon/i.test(bracketed[1] ?? '') && /\p{Ll}{4,}(?![\p{L}.])/u.test(bracketed[1] ?? '')) found[0] = found[0].slice(0, bracketed.index);
  // "S.P. Jain Institute of Management": initials that begin a school's name are no degree
  // ("S.P." is also a Sarjana's title). Look past them, keeping the text's positions.
  if (found && /^(?:\p{Lu}\.){2,3}$/u.test(found[0].trim()) && /^\s+\p{Lu}/u.test(text.slice(found.index + found[0].length))) {
    const name = text.slice(found.index + found[0].length).split(/[,|–—]/)[0] ?? '';
    if (institutionPattern.test(name)) return matchDegree(text.slice(0, found.index) + ' '.repeat(found[0].length) + text.slice(found.index + found[0].length));
  }
  return found;
}

// The small words a degree's abbreviation skips: "Baccalauréat en administration des affaires" is "B.A.A.".
const unspelledWords: ReadonlySet<string> = new Set(['en', 'in', 'of', 'em', 'de', 'des', 'du', 'd', 'la', 'le', 'les', 'et', 'and', 'the', 'e', 'y', 'da', 'do', 'das', 'dos', 'di', 'del', 'der', 'und']);

/**
 * What follows a degree word when it goes on with "en/in/of …" up to an abbreviation in brackets
 * whose capitals are the initials of the degree word and those words: " en administration des
 * affaires (B.A.A.)" after "Baccalauréat", " in Nursing (BSN)" after "Bachelor of Science".
 */
function spelledOutName(degree: string, rest: string): string | undefined {
  const after = /^\s+(?:en|in|of|em|de|di)\s+[^()|,;–—\d]{1,60}?\s*\((\p{Lu}[\p{L}.]*)\)/u.exec(rest);
  if (!after?.[1]) return undefined;
  const capitals = after[1].replace(/[^\p{Lu}]/gu, '');
  const initials = `${degree} ${after[0].slice(0, after[0].lastIndexOf('('))}`
    .split(/[\s'’-]+/u)
    .filter((word) => word !== '' && !unspelledWords.has(word.toLowerCase()))
    .map((word) => word.normalize('NFD').charAt(0).toUpperCase())
    .join('');
  return capitals.length >= 2 && initials === capitals ? after[0] : undefined;
}

const families: readonly [DegreeFamily, RegExp][] = [
  ['doctorate', /^(?:ph\.?\s?d|dottorato|ed\.?\s?d\b|dr\b|dnp|dpt|dds|dmd|pharm\.?\s?d|d\.?\s?phil|doctor|doctorate|doctorat|doutorado|tiến sĩ|ed\.?d|博士|박사)/i],
  ['mba', /^e?mba$/i],
  ['master', /^(?:m[aáà]ster|msc|mres|mst|march|mdes|mmus|msw|mpa|mpp|mfin|macc|masc|mag[ií]ster|mgr\b|magistr|kandidat\b|civilingeni|ing\.|m\.t\.i|mestrado|maîtrise|magister|masterexamen|thạc sĩ|cand\.|civilingenj|sivilingeni|diplomi-insinööri|laurea magistrale|m\.?\s?sc?|m\.?\s?a|m\.?\s?eng|m\.?\s?tech|m\.?\s?com|m\.?\s?phil|ll\.?\s?m|mfa|msn|mph|mca)\b|^(?:修士|硕士|碩士|석사)/i],
  ['bachelor', /^(?:bachelor|bsc|btech|bappsc|barch|bdes|bmus|bsw|bpharm|bvsc|basc|bscn|mbbs|mbchb|licenciad[oa]|engenheir[oa]|bacharel|professional bachelor|sarjana|inż|lic\.|bc\.|ha$|bacharelado|licencjat|kandidatexamen|professionsbachelor|cử nhân|b\.?\s?sc?|b\.?\s?a|b\.?\s?eng|b\.?\s?tech|b\.?\s?e|bba|b\.?\s?com|ll\.?\s?b|bfa|bsn|bca|licence|licenciatura)\b|^(?:学士|학사)/i],
  ['associate', /^(?:associate|assoc\.|adn|aas|a\.a\.|a\.s\.)/i],
  ['diploma', /^(?:apprenticeship|journeyman|dut\b|bts\b|level\s+\d|nvq|cap\b|bep\b|dep\b|dec\b|aec\b|attestation|certificat|brevet|bac\b|diploma|diphe|certhe|grad\.?\s?dip|dip\.|pgd|pgcert|akademiøkonom|datamatiker|pgdm|pgdba|ssc|hsc|ssce|wassce|waec|neco|ond|nce|stx|hhx|htx|class\s|secondary|higher secondary|senior school|bằng|pgce|matura|dipl|hnd|btec|certificate|high school|a-levels|abitur|ged|(?:advanced\s+)?highers|i?gcse|[ao][- ]levels?|leaving certificate|baccalaur|bachillerato|international baccalaureate|ib diploma|studentereksamen|studentexamen|ylioppilastutkinto)/i],
];

/**
 * The family of a degree name, so "Bachelor of Science" and "B.S." compare equal.
 *
 * @example
 * degreeFamily('BSc (Hons)'); // 'bachelor'
 */
export function degreeFamily(degree: string): DegreeFamily {
  const value = degree.trim();
  return families.find(([, pattern]) => pattern.test(value))?.[0] ?? 'other';
}
