/**
 * A resume with no skills section still names its skills: a welder writes "TIG/MIG welding of
 * stainless pipe" in a job's bullets and "processes 135/141" in the summary, a warehouse hand
 * "forklift driving". Where the file has no skills section at all, the skills the vocabulary
 * knows are read from the summary and the jobs, so the person's skills are not empty.
 */
import type { ResumeSkill } from '../../protocol/json-resume.ts';
import { findSkills } from '../skill-tokenizer.ts';
import type { SkillVocabulary } from '../skill-vocabulary.ts';

// A welding process by its ISO 4063 number ("135/141", "processes 111, 136"), as welders write them,
// with the vocabulary's name for it.
const weldingProcesses: ReadonlyMap<string, string> = new Map([
  ['111', 'MMA Welding'],
  ['114', 'Flux-Cored Arc Welding'],
  ['121', 'Submerged Arc Welding'],
  ['131', 'MIG/MAG Welding'],
  ['135', 'MIG/MAG Welding'],
  ['136', 'Flux-Cored Arc Welding'],
  ['138', 'MIG/MAG Welding'],
  ['141', 'TIG Welding'],
]);
// A line about welding, in the languages welders' CVs come in, where a process number may stand.
const weldingContext = /(?<!\p{L})(?:weld|process|proces|spaw|schwei|sveis|svets|soud|sold|metod|verfahren|tig|mig|mag|mma)/iu;
// A word that says the number is a process ("processes 135/141", "metoda 141"), not a count ("welded 135 joints").
const processWord = /(?<!\p{L})(?:process|proces|metod|verfahren|iso\s*4063)/iu;
// A standard's number ("EN ISO 9606-1 135 P BW") names the certificate; its process is read all the same.
const processNumber = /(?<![\d.,:-])(1[1-4]\d)(?![\d.,:-]?\d)/gu;

/** The vocabulary's skills named in these lines, in order, each once, with the welding processes given by number. */
function namedSkills(lines: readonly string[], vocabulary: SkillVocabulary): string[] {
  const names: string[] = [];
  for (const line of lines) {
    for (const mention of findSkills(line, vocabulary)) names.push(mention.skill.name);
    if (!weldingContext.test(line)) continue;
    const numbers = [...line.matchAll(processNumber)].filter((match) => weldingProcesses.has(match[1] ?? ''));
    // Two process numbers together ("135/141"), a word that says so, or one in brackets ("MAG welding (135)").
    const processes = numbers.length >= 2 || processWord.test(line) ? numbers : numbers.filter((match) => line[match.index - 1] === '(' && line[match.index + 3] === ')');
    for (const match of processes) {
      const name = weldingProcesses.get(match[1] ?? '');
      if (name && vocabulary.byName.has(name.toLowerCase())) names.push(name);
    }
  }
  return [...new Set(names)];
}

/**
 * The skills a resume with no skills section names in its summary and its jobs' bullets, as one
 * group; undefined when it names none the vocabulary knows.
 *
 * @example
 * skillsFromExperience(['TIG/MIG welding of stainless pipe', 'Processes 135/141'], vocabulary);
 * // { name: 'From work experience', keywords: ['TIG Welding', 'MIG/MAG Welding'] }
 */
export function skillsFromExperience(lines: readonly string[], vocabulary: SkillVocabulary): ResumeSkill | undefined {
  const keywords = namedSkills(lines, vocabulary);
  return keywords.length === 0 ? undefined : { name: 'From work experience', keywords };
}
