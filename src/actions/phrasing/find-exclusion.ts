import { seniorityIn } from '../../jobs/seniority-words.ts';
import type { JobSeniority } from '../../protocol/api.ts';
import type { EmploymentType } from '../../protocol/posting.ts';

/** The words a kind kept out is scorned with: "no entry level garbage", "no commission-only nonsense". */
export const scorn = String.raw`garbage|nonsense|crap|rubbish|junk|bs|bullshit|trash|bollocks`;

/** "nothing graduate-y pls", "no agency roles", "not senior ones", "nothin contract tho": kinds of job to keep out of a search. */
const exclusion = new RegExp(
  String.raw`^(?:(?:but|and|also|oh|ok|okay|pls|please)[,\s]+)*(?:(?:nothing|nothin'?|no|not|none|avoid|exclude|excluding|except|without|skip|leave\s+out|leaving\s+out|sem|sin|sans|senza|ohne|keine?)\s+|non[-\s])(?:any\s+|the\s+)?(?<kind>[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,2}?(?:(?:\s*,\s*|\s+or\s+|\s+nor\s+|\s*\/\s*)(?:no\s+)?[\p{L}\p{N}][\p{L}\p{N}'’-]*)*?)(?:[-\s]?(?:y|ish|type|like|related))?(?:\s+(?:ones?|jobs?|roles?|positions?|stuff|things?|schemes?|gigs?|work|${scorn}|please|pls|plz|thanks|thx|tho|though|really|ideally|obviously|for\s+me))*$`,
  'iu',
);

/**
 * The kind of job an unread piece asks a search to keep out ("nothing graduate-y pls" →
 * "graduate"), or undefined. A level or an employment type is left out by the search
 * (`exclusionOf`); any other kind the answer says it could not leave out, rather than listing
 * them as if asked for.
 *
 * @example
 * excludedKind('nothing graduate-y pls'); // 'graduate'
 */
export function excludedKind(piece: string): string | undefined {
  const kind = exclusion.exec(piece.replace(/\s+/g, ' ').trim().replace(/(?<![.!,;:\s])[.!,;:\s]+$/, ''))?.groups?.kind?.replace(/[-’']+$/, '');
  if (!kind || /^(?:thanks|worries|problem|rush|need|way|more|idea|one|it|that|this|i|me)$/i.test(kind) || /^(?:the|that|this|those|these|my|your|it|them)\b/i.test(kind)) return undefined;
  return kind.replace(/-(?:y|ish)$/i, '');
}

/** A kind kept out that a search can leave out: its levels or its employment types. */
export type ExclusionFilter =
  | { field: 'exclude_seniority'; values: JobSeniority[] }
  | { field: 'exclude_employment_type'; values: EmploymentType[] };

/**
 * The levels a kept-out level reaches: "not senior" is nothing above mid, "nothing graduate"
 * is no junior role nor internship.
 */
const levelsKeptOut: Readonly<Record<JobSeniority, JobSeniority[]>> = {
  intern: ['intern'],
  junior: ['junior', 'intern'],
  mid: ['mid'],
  senior: ['senior', 'lead', 'principal'],
  lead: ['lead', 'principal'],
  principal: ['principal'],
};

/** Employment types as people name them when they keep them out: "no contract roles", "nothing temp". */
const typeWords: ReadonlyArray<readonly [EmploymentType, RegExp]> = [
  // ("B2B" is how a contractor's work is sold in Poland and Portugal: "no B2B" is no contract.)
  ['contract', /^(?:contract(?:s|or|ors|ing)?|freelance(?:rs?)?|day[- ]rate|outside[- ]ir35|inside[- ]ir35|b2b|contratos?|contratados?)$/i],
  ['part_time', /^part[- ]?time(?:rs?)?$/i],
  ['full_time', /^full[- ]?time(?:rs?)?$/i],
  ['temporary', /^(?:temp(?:orary)?|temps|fixed[- ]term|seasonal|maternity[- ]cover)$/i],
  // German kinds of training job: "no Werkstudent jobs", "keine Praktika", "nothing Ausbildung".
  // ("sem estágios", "sin prácticas": the Portuguese and Spanish names.)
  // ("no student jobs", "nothing for working students": a working student's job is typed as an internship.)
  ['internship', /^(?:(?:working[- ])?students?|est[aá]gios?|estagi[aá]rios?|pr[aá]cticas|becari[oa]s?|werkstudent\p{L}*|werkstudierende\p{L}*|praktik\p{L}*|pflichtpraktik\p{L}*|ausbildung\p{L}*|azubis?|apprenticeships?|apprentices?|traineeships?)$/iu],
];

/** Internships as Portuguese and Spanish say them: "estágios", "estagiário", "prácticas", "becarios", "pasantías". */
const internshipWords = /^(?:est[aá]gi(?:o|os|[aá]ri[oa]s?)|pr[aá]cticas|becari[oa]s?|pasant[ií]as?)$/iu;

/**
 * What a search can do with a kind kept out (`excludedKind`): leave out its levels ("senior",
 * "graduate-y", "entry level") or its employment types ("contract", "part-time"); undefined for a
 * kind it cannot tell ("agency").
 *
 * @example
 * exclusionOf('graduate'); // { field: 'exclude_seniority', values: ['junior', 'intern'] }
 * exclusionOf('contract'); // { field: 'exclude_employment_type', values: ['contract'] }
 */
export function exclusionOf(kind: string): ExclusionFilter | undefined {
  const filters = exclusionsOf(kind);
  const [first] = filters ?? [];
  if (!first || filters?.some((filter) => filter.field !== first.field)) return undefined;
  return { ...first, values: [...new Set(filters?.flatMap((filter) => filter.values))] } as ExclusionFilter;
}

/**
 * What a search can do with kinds kept out together ("b2b or contract", "intern, temp"): each
 * kind's filter (`exclusionOf` of one kind), or undefined when any of them is a kind it cannot
 * tell, so "no B2B or contract roles" leaves out both and never asks for either.
 *
 * @example
 * exclusionsOf('intern or contract'); // [{ field: 'exclude_seniority', values: ['intern'] }, { field: 'exclude_employment_type', values: ['contract'] }]
 */
export function exclusionsOf(kind: string): ExclusionFilter[] | undefined {
  const kinds = kind.trim().toLowerCase().split(/\s*,\s*(?:or\s+|nor\s+|and\s+)?(?:no\s+)?|\s+(?:or|nor|and)\s+(?:no\s+)?|\s*\/\s*/).filter(Boolean);
  const filters = kinds.map(kindFilter);
  return filters.length > 0 && filters.every((filter) => filter !== undefined) ? filters : undefined;
}

/** One kind kept out as a filter: its levels ("senior", "graduate-y", "entry level") or its employment type ("contract"). */
function kindFilter(kind: string): ExclusionFilter | undefined {
  // Regression (trial s42 #71): "sem estágios", "no estágios" were dropped; an internship said in Portuguese or Spanish is one.
  const plain = kind.trim().replace(/(?:\s+(?:ones?|jobs?|roles?|positions?|work))$/, '');
  const type = internshipWords.test(plain) ? 'internship' : typeWords.find(([, pattern]) => pattern.test(plain))?.[0];
  if (type) return { field: 'exclude_employment_type', values: [type] };
  // One or two words naming a level ("senior", "entry level"), not a role that holds one ("senior nurse").
  const level = plain.split(/[\s-]+/).length <= 2 ? seniorityIn(plain) : undefined;
  if (level && (plain.split(/[\s-]+/).length === 1 || /level$/.test(plain))) return { field: 'exclude_seniority', values: [...levelsKeptOut[level]] };
  return undefined;
}
