/**
 * Jobs written as labelled blocks, the classic Indian (and many a form's) layout:
 *
 *     1) Tata AutoComp Systems Ltd., Pune
 *     Designation: Senior Design Engineer
 *     Duration: January 2019 to Till Date
 *     Roles & Responsibilities:
 *     • Design of HVAC housings …
 *
 * or "Organisation: …" / "Role: …" / "Period: …" in any order. Each block becomes one header line
 * the work parser reads ("Senior Design Engineer | Tata AutoComp Systems Ltd., Pune | January 2019
 * to Till Date"): no label stays in a value, and a numbered employer line always opens a new job.
 */
import type { ResumeLine } from './resume-lines.ts';

type Field = 'company' | 'position' | 'dates' | 'location';

// The labels, by the field they name. "Role:" names the position; "Roles & Responsibilities:" heads the body.
const fieldLabels: readonly (readonly [Field, RegExp])[] = [
  ['company', /^(?:name\s+of\s+(?:the\s+)?(?:organi[sz]ation|company|employer|firm)|(?:current\s+|previous\s+|present\s+)?(?:organi[sz]ation|company|employer|firm)(?:\s+name)?)$/i],
  ['position', /^(?:(?:current\s+|present\s+|last\s+)?designation|role|position(?:\s+held)?|job\s+title|title|post(?:\s+held)?)$/i],
  ['dates', /^(?:duration|period(?:\s+of\s+(?:work|employment|service))?|tenure|dates?|time\s+period|working\s+period|employment\s+period|from\s*[-–/]\s*to|from\s*(?:&|and)\s*to)$/i],
  ['location', /^(?:location|work\s+location|place(?:\s+of\s+work)?|city|based\s+at)$/i],
];

// "Roles & Responsibilities:", "Key Responsibilities:", "Job Profile:", "Achievements:": the body's own heading.
const bodyLabel =
  /^(?:(?:key\s+|major\s+|main\s+|job\s+)?(?:roles?\s*(?:&|and|\/)\s*)?responsibilit(?:y|ies)(?:\s+handled)?|job\s+(?:profile|description)|work\s+profile|key\s+result\s+areas|kras?|(?:key\s+)?achievements?|accomplishments)$/i;

// "Designation: X", "Designation - X", "Designation ⇥ X" (a table's two cells).
const labelled = /^([\p{L}][\p{L} &/.'’-]{1,40}?)\s*(?::|\s[-–]\s|\t|\s\|\s)\s*(.*)$/u;

// "1) Tata AutoComp Systems Ltd., Pune", "2. Kirloskar Pneumatic", "(3) Bharat Forge".
const numberedLine = /^(?:\(\d{1,2}\)|\d{1,2}[).])\s+(\S.*)$/;

interface LabelledField {
  field: Field;
  value: string;
}

/**
 * The field a line names with its label, if it is a labelled job field.
 *
 * @example
 * labelledJobField('Designation: Senior Design Engineer'); // { field: 'position', value: 'Senior Design Engineer' }
 */
export function labelledJobField(text: string): LabelledField | undefined {
  const match = labelled.exec(text.trim());
  if (!match) return undefined;
  const label = (match[1] ?? '').trim();
  const field = fieldLabels.find(([, pattern]) => pattern.test(label))?.[0];
  return field ? { field, value: (match[2] ?? '').trim() } : undefined;
}

/** Whether a line is a job's body heading ("Roles & Responsibilities:"), and what follows its colon. */
function bodyHeading(text: string): { rest: string } | undefined {
  const match = /^([^:]{3,50}):\s*(.*)$/.exec(text.trim());
  if (match && bodyLabel.test((match[1] ?? '').trim())) return { rest: (match[2] ?? '').trim() };
  return bodyLabel.test(text.trim()) ? { rest: '' } : undefined;
}

interface Block {
  fields: Partial<Record<Field, string>>;
  /** Where the header line goes: the block's first line. */
  at: number;
}

/**
 * The Experience lines with each labelled block made one header line. Lines are returned
 * unchanged when the section holds no such block (two labelled fields, or a numbered employer
 * line over one).
 *
 * @example
 * joinLabelledJobBlocks(toResumeLines('1) Infosys Ltd, Pune\nDesignation: Analyst\nDuration: 2015 to 2018')).map((line) => line.text);
 * // ['Analyst | Infosys Ltd, Pune | 2015 to 2018']
 */
export function joinLabelledJobBlocks(lines: readonly ResumeLine[]): ResumeLine[] {
  const fields = lines.map((line) => (line.text === '' ? undefined : labelledJobField(line.text)));
  const numbered = lines.map((line) => (line.text === '' ? undefined : numberedLine.exec(line.text.trim())?.[1]));
  const strongLabels = fields.filter((field) => field && (field.field === 'position' || field.field === 'dates' || field.field === 'company')).length;
  if (strongLabels < 2 && !numbered.some((text, index) => text && fields.slice(index + 1, index + 4).some(Boolean))) return [...lines];

  const out: ResumeLine[] = [];
  let block: Block | undefined;
  // The block's header lines seen so far, so that a label already filled opens the next block.
  let inHeader = false;
  const flush = () => {
    if (!block) return;
    const { company, position, dates, location } = block.fields;
    const employer = company && location && !company.toLowerCase().includes(location.toLowerCase()) ? `${company}, ${location}` : company ?? location;
    const header = [position, employer, dates].filter((part) => part !== undefined && part !== '').join(' | ');
    if (header !== '') out.splice(block.at, 0, { text: header, bullet: false, markdownHeading: false });
    block = undefined;
  };
  // A new block, its header going where the next line would; "Tata Motors, Pune" right over the
  // first label (a plain line, no sentence) names the employer when no label does.
  const open = (employer?: string, fromAbove = false): Block => {
    if (fromAbove) out.pop();
    flush();
    block = { fields: employer === undefined ? {} : { company: employer }, at: out.length };
    inHeader = true;
    return block;
  };

  for (const [index, line] of lines.entries()) {
    const field = line.bullet ? undefined : fields[index];
    const employerLine = line.bullet ? undefined : numbered[index];
    if (employerLine !== undefined && !field && fields.slice(index + 1, index + 4).some(Boolean)) {
      open(employerLine);
      continue;
    }
    if (field) {
      let current = block;
      if (!current || !inHeader || current.fields[field.field] !== undefined) {
        const above = out.at(-1);
        const namesEmployer =
          field.field !== 'company' &&
          out.length - 1 >= (current?.at ?? 0) &&
          above !== undefined && !above.bullet && above.text !== '' && !/[.:;]$/.test(above.text) && above.text.split(/\s+/).length <= 10;
        current = namesEmployer ? open(above.text.replace(numberedLine, '$1'), true) : open();
      }
      if (field.value !== '') current.fields[field.field] = field.value;
      continue;
    }
    if (line.text === '') {
      out.push(line);
      continue;
    }
    inHeader = false;
    const body = line.bullet ? undefined : bodyHeading(line.text);
    if (body) {
      if (body.rest !== '') out.push({ text: body.rest, bullet: true, markdownHeading: false });
      continue;
    }
    out.push(line);
  }
  flush();
  return out;
}
