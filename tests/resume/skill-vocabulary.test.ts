import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSkillVocabulary, phraseKey, skillKey } from '../../src/resume/skill-vocabulary.ts';

const file = JSON.parse(readFileSync(new URL('../../data/skills.json', import.meta.url), 'utf8')) as {
  categories: string[];
  skills: { name: string; category: string; aliases: string[] }[];
};

describe('data/skills.json', () => {
  it('holds a few hundred skills, each in a declared category', () => {
    expect(file.skills.length).toBeGreaterThanOrEqual(300);
    for (const skill of file.skills) expect(file.categories).toContain(skill.category);
  });

  it('gives every name and alias to exactly one skill', () => {
    const owners = new Map<string, string>();
    for (const skill of file.skills) {
      for (const phrase of [skill.name, ...skill.aliases]) {
        const key = phraseKey(phrase);
        expect(owners.get(key) ?? skill.name, `"${phrase}" belongs to ${owners.get(key)} and ${skill.name}`).toBe(skill.name);
        owners.set(key, skill.name);
      }
    }
  });

  it.each([
    ['k8s', 'Kubernetes'],
    ['js', 'JavaScript'],
    ['postgres', 'PostgreSQL'],
    ['golang', 'Go'],
    ['ts', 'TypeScript'],
    ['node', 'Node.js'],
    ['nodejs', 'Node.js'],
    ['c++', 'C++'],
    ['c#', 'C#'],
    ['.net', '.NET'],
    ['ci/cd', 'CI/CD'],
    ['next.js', 'Next.js'],
    ['scikit-learn', 'scikit-learn'],
  ])('maps %s to %s', (alias, name) => {
    expect(loadSkillVocabulary().lookup.get(alias)?.name).toBe(name);
  });

  it('marks the ambiguous short names', () => {
    const ambiguous = loadSkillVocabulary().ambiguousKeys;
    for (const key of ['go', 'r', 'c', 'swift', 'excel']) expect(ambiguous.has(key)).toBe(true);
    expect(ambiguous.has('golang')).toBe(false);
  });
});

describe('skillKey', () => {
  it.each([
    ['Node.js', 'nodejs'],
    ['PostgreSQL', 'Postgres'],
    ['ReactJS', 'React'],
    ['k8s', 'Kubernetes'],
    ['Golang', 'Go'],
    ['TypeScript', 'typescript'],
  ])('folds %s and %s together', (left, right) => {
    expect(skillKey(left)).toBe(skillKey(right));
  });

  it('keeps different skills apart', () => {
    expect(skillKey('C')).not.toBe(skillKey('C++'));
    expect(skillKey('C#')).not.toBe(skillKey('C'));
    expect(skillKey('Java')).not.toBe(skillKey('JavaScript'));
  });
});
