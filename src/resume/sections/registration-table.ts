/**
 * A professional registration written as a table of label and value, the way a word processor's
 * two-column table comes out ("Regulator ⇥ Health and Care Professions Council (HCPC)", "Registration
 * number | PA123456", "Renewal due: 30/09/2027"): the rows together are one registration, never a
 * certificate per row. Also the same table turned on its side: a header row of those labels over one
 * row of values a registration.
 */
import type { ResumeCertificate } from '../../protocol/json-resume.ts';
import { findDateRange } from './find-date-range.ts';
import type { ResumeLine } from './resume-lines.ts';

type Field = 'regulator' | 'number' | 'title' | 'renewal' | 'since' | 'status';

// The labels of a registration's rows, in the words regulators and people use for them.
const fieldLabels: readonly [Field, RegExp][] = [
  [
    'regulator',
    /^(?:regulator|regulatory\s+body|registering\s+body|registration\s+body|registered\s+with|professional\s+body|licensing\s+(?:body|board|authority)|issuing\s+(?:body|authority)|awarding\s+body|board|council|authority|issuer)$/iu,
  ],
  [
    'number',
    /^(?:(?:\p{Lu}{2,6}\s+)?(?:pin|pin\s+number|registration\s+(?:number|no\.?|#)|reg(?:istration)?\.?\s+no\.?|licen[cs]e\s+(?:number|no\.?|#)|membership\s+(?:number|no\.?)|reference\s+number|number|no\.?|trn|teacher\s+reference\s+number))$/iu,
  ],
  [
    'title',
    /^(?:part\s+of\s+(?:the\s+)?register|sub-?part|register|profession|field|registration\s+type|type\s+of\s+registration|licen[cs]e\s+(?:type|class)|registered\s+as|protected\s+title|specialt(?:y|ies)|speciality|scope\s+of\s+practice|class|category)$/iu,
  ],
  ['renewal', /^(?:(?:next\s+)?(?:revalidation|renewal)(?:\s+(?:due|date|by))?|renew\s+by|expiry(?:\s+date)?|expires|expiration(?:\s+date)?|valid\s+(?:until|to|through|till))$/iu],
  ['since', /^(?:registered\s+(?:since|from|on)|(?:date\s+of\s+)?(?:first\s+)?registration(?:\s+date)?|first\s+registered|date\s+(?:issued|registered)|issued(?:\s+on)?|since)$/iu],
  ['status', /^(?:status|registration\s+status|current\s+status)$/iu],
];

function fieldOf(label: string): Field | undefined {
  const key = label.replace(/[:.]\s*$/u, '').replace(/\s+/g, ' ').trim();
  return fieldLabels.find(([, pattern]) => pattern.test(key))?.[0];
}

// "Label ⇥ value", "Label | value", "Label: value".
function labelAndValue(text: string): [string, string] | undefined {
  const match = /^([^\t|:]{2,40}?)\s*(?:\t+|\s\|\s|:\s+)\s*(\S.*)$/u.exec(text.trim());
  return match ? [match[1] ?? '', (match[2] ?? '').trim()] : undefined;
}

// The cells of a row a table set side by side.
const cells = (text: string): string[] => text.trim().split(/\t+|\s\|\s/u).map((cell) => cell.trim());

export interface RegistrationTables {
  certificates: ResumeCertificate[];
  /** The lines that are no row of such a table, in their order. */
  rest: ResumeLine[];
}

/**
 * Takes the registrations written as tables out of a section's lines: two rows or more whose labels
 * name a registration's parts, one of them its regulator, its number or its part of the register.
 *
 * @example
 * takeRegistrationTables(toResumeLines('Regulator | Health and Care Professions Council (HCPC)\nRegistration number | PA123456\nProfession | Paramedic')).certificates;
 * // [{ name: 'Paramedic (registration number PA123456)', issuer: 'Health and Care Professions Council (HCPC)' }]
 */
export function takeRegistrationTables(lines: readonly ResumeLine[]): RegistrationTables {
  const certificates: ResumeCertificate[] = [];
  const rest: ResumeLine[] = [];
  let index = 0;
  while (index < lines.length) {
    const sideways = sidewaysTable(lines, index);
    if (sideways) {
      certificates.push(...sideways.certificates);
      index = sideways.end;
      continue;
    }
    const rows: [Field, string, string][] = [];
    let end = index;
    while (end < lines.length) {
      const pair = labelAndValue(lines[end]?.text ?? '');
      const field = pair && fieldOf(pair[0]);
      // A second regulator opens the next registration.
      if (!pair || !field || rows.some(([seen]) => seen === field)) break;
      rows.push([field, pair[0].replace(/:\s*$/u, '').trim(), pair[1]]);
      end += 1;
    }
    if (isRegistration(rows.map(([field]) => field))) {
      certificates.push(registration(rows));
      index = end;
      continue;
    }
    rest.push(lines[index] as ResumeLine);
    index += 1;
  }
  return { certificates, rest };
}

// Two rows or more, one naming who keeps the register, the number on it or the part of it.
function isRegistration(fields: readonly Field[]): boolean {
  return fields.length >= 2 && fields.some((field) => field === 'regulator' || field === 'number') && new Set(fields).size === fields.length;
}

/**
 * "Regulator | PIN | Part of register | Revalidation due" over "NMC | 12A3456B | Registered Nurse – Adult | 31/03/2028":
 * the labels as a header row, each row under it one registration.
 */
function sidewaysTable(lines: readonly ResumeLine[], index: number): { certificates: ResumeCertificate[]; end: number } | undefined {
  const header = cells(lines[index]?.text ?? '');
  const fields = header.map(fieldOf);
  if (header.length < 2 || fields.some((field) => field === undefined) || !isRegistration(fields as Field[])) return undefined;
  const certificates: ResumeCertificate[] = [];
  let end = index + 1;
  for (; end < lines.length; end++) {
    const values = cells(lines[end]?.text ?? '');
    if (values.length !== header.length || values.every((value) => value === '')) break;
    certificates.push(registration(values.map((value, at) => [fields[at] as Field, header[at] ?? '', value] as [Field, string, string])));
  }
  return certificates.length > 0 ? { certificates, end } : undefined;
}

function registration(rows: readonly [Field, string, string][]): ResumeCertificate {
  const value = (field: Field) => rows.find(([seen]) => seen === field);
  const regulator = value('regulator')?.[2];
  // The name is what the register calls the person; without it, the regulator's registration.
  const title = value('title')?.[2] || (regulator ? `${regulator} registration` : 'Professional registration');
  // The number, the renewal date and the status as written: each a fact a posting or a recruiter asks for.
  const details = (['number', 'status', 'renewal'] as const)
    .map((field) => value(field))
    .filter((row): row is [Field, string, string] => row !== undefined && row[2] !== '')
    .map(([, label, written]) => `${label.replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase())} ${written}`);
  const certificate: ResumeCertificate = { name: details.length > 0 ? `${title} (${details.join(', ')})` : title };
  if (regulator && value('title')) certificate.issuer = regulator;
  const since = value('since')?.[2];
  const range = since ? findDateRange(since) : undefined;
  const date = range?.startDate ?? range?.endDate;
  if (date) certificate.date = date;
  return certificate;
}
