/**
 * Skill chips a theme set apart by CSS alone run together in a DOCX with no character between
 * them. Two joins the reader did not see: a chip that ends in its version, run into the next
 * chip's name ("Java 17Spring Boot 3Maven"), and known skills whose seam is no small letter
 * meeting a capital ("Snowflakedbtpandas", "ArcGISQGIS"). Names that hold a figure ("3D",
 * "B2B", "3DEXPERIENCE") and names no vocabulary knows stay whole.
 */
import { describe, expect, it } from 'vitest';
import { parseSkills } from '../../src/resume/sections/parse-skills.ts';
import { toResumeLines } from '../../src/resume/sections/resume-lines.ts';
import { separateRunTogetherChips } from '../../src/resume/sections/separate-run-together-chips.ts';
import { loadReaderVocabulary, loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const separate = (text: string) => separateRunTogetherChips(text, vocabulary);

describe('a chip that ends in its version, run into the next chip', () => {
  it('ends the chip after its version', () => {
    expect(separate('Java 17Spring Boot 3Maven')).toBe('Java 17, Spring Boot 3, Maven');
    expect(separate('Ruby 3.2Rails 7Sidekiq')).toBe('Ruby 3.2, Rails 7, Sidekiq');
    expect(separate('Revit 2024Navisworks Manage')).toBe('Revit 2024, Navisworks Manage');
    expect(separate('SolidWorks 2022ANSYS')).toBe('SolidWorks 2022, ANSYS');
    expect(separate('Kotlin 1.9Jetpack Compose')).toBe('Kotlin 1.9, Jetpack Compose');
  });

  it('keeps names that hold a figure whole', () => {
    for (const line of ['CATIA 3DEXPERIENCE', 'B2B marketing', 'Windows 11 3D printing', 'Autodesk 3ds Max', '1Password', 'Switchgear 480V/3-phase', 'Inverters 240VAC']) {
      expect(separate(line)).toBe(line);
    }
  });
});

describe('known skills end to end in one word', () => {
  it('cuts between them whatever their case at the seam', () => {
    expect(separate('Snowflakedbtpandas')).toBe('Snowflake, dbt, pandas');
    expect(separate('Airflowdbt')).toBe('Airflow, dbt');
  });

  it('leaves a word that is not known skills end to end alone', () => {
    for (const word of ['Dataflow', 'TeamCity', 'SageMaker', 'PostgreSQL', 'GraphQL', 'OpenShift', 'FastAPI']) expect(separate(word)).toBe(word);
  });
});

describe('a skills group whose chips ran together', () => {
  it('keeps each chip with its version', () => {
    const skills = parseSkills(toResumeLines(['Backend', 'Go 1.22PostgreSQL 16Redis 7Terraform'].join('\n')), loadReaderVocabulary());
    expect(skills).toEqual([{ name: 'Backend', keywords: ['Go 1.22', 'PostgreSQL 16', 'Redis 7', 'Terraform'] }]);
  });
});

describe('names with a mark inside', () => {
  it('never cuts at a dot, a dash or a slash', () => {
    for (const word of ['ASP.NET', 'Node.js', 'scikit-learn', 'HTML5/CSS3', 'CPR/BLS', 'Excel/VBA']) expect(separate(word)).toBe(word);
  });
});
