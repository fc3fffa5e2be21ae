import { describe, expect, it } from 'vitest';
import { findSkillNames, findSkills, mentionsSkill, tokenizeSkillText } from '../../src/resume/skill-tokenizer.ts';
import { createSkillVocabulary, loadSkillVocabulary } from '../../src/resume/skill-vocabulary.ts';

const vocabulary = loadSkillVocabulary();
const names = (text: string, skillsContext = false) => findSkillNames(text, vocabulary, { skillsContext });

describe('tokenizeSkillText', () => {
  it('keeps C++, C#, .NET, Node.js, CI/CD, Next.js, scikit-learn and Objective-C whole', () => {
    expect(tokenizeSkillText('C++, C#, .NET, Node.js, CI/CD, Next.js, scikit-learn and Objective-C.').map((token) => token.text)).toEqual([
      'C++', 'C#', '.NET', 'Node.js', 'CI/CD', 'Next.js', 'scikit-learn', 'and', 'Objective-C',
    ]);
  });

  it('does not glue a full stop to the word before it', () => {
    expect(tokenizeSkillText('I used Node.js. Then Go.').map((token) => token.text)).toEqual(['I', 'used', 'Node.js', 'Then', 'Go']);
  });
});

describe('findSkills', () => {
  it('respects word boundaries: Java is not in JavaScript, Go is not in good or Google', () => {
    expect(names('A good JavaScript developer at Google')).toEqual(['JavaScript']);
    expect(names('Java and JavaScript')).toEqual(['Java', 'JavaScript']);
  });

  it('resolves aliases to canonical names', () => {
    expect(names('k8s, js, ts, postgres, golang, nodejs, node')).toEqual(['Kubernetes', 'JavaScript', 'TypeScript', 'PostgreSQL', 'Go', 'Node.js']);
  });

  it('prefers the longest phrase', () => {
    expect(names('Spring Boot, React Native, Ruby on Rails and Google Cloud')).toEqual(['Spring Boot', 'React Native', 'Ruby on Rails', 'Google Cloud']);
  });

  it('splits slash pairs and hyphenated words into known parts', () => {
    expect(names('Java/Spring Boot and Python/Django; Java-based tools')).toEqual(['Java', 'Spring Boot', 'Python', 'Django']);
  });

  it('does not join a phrase across punctuation', () => {
    expect(names('Google Cloud')).toEqual(['Google Cloud']);
    expect(names('Google, Cloud')).toEqual([]);
  });

  describe('ambiguous short skills (Go, R, C, Swift, Excel)', () => {
    it.each([
      ['Experience with Go or Rust', ['Go', 'Rust']],
      ['Go developer wanted', ['Go']],
      ['Python, Go, R and C', ['Python', 'Go', 'R', 'C']],
      ['written in C and C++', ['C', 'C++']],
      ['Cleaned data in Excel and R', ['Excel', 'R']],
      ['Built the store in Swift and SwiftUI', ['Swift', 'SwiftUI']],
    ])('counts them in context: %s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });

    it.each([
      ['We go to market fast'],
      ["Let's Go!"],
      ['Go-to-market plans'],
      ['Series C funding, Plan C and vitamin C'],
      ['R&D budget'],
      ['I excel at communication'],
      ['A swift response'],
      ['Go ahead and apply'],
      ['C-suite stakeholders'],
    ])('ignores them as ordinary words: %s', (text) => {
      expect(names(text).filter((name) => ['Go', 'C', 'R', 'Excel', 'Swift'].includes(name))).toEqual([]);
    });

    it('counts lower-case list items in a declared skills context only', () => {
      expect(names('go, r, c')).toEqual([]);
      expect(names('go, r, c', true)).toEqual(['Go', 'R', 'C']);
    });

    it('counts a lower-case list item right beside an unambiguous skill', () => {
      expect(names('node, react and postgres')).toEqual(['Node.js', 'React', 'PostgreSQL']);
    });
  });

  describe('skills whose names or aliases are ordinary words (REST, node, spark, ml)', () => {
    it.each([
      ['Hybrid 2 days in Dublin, the rest from home anywhere in Ireland.'],
      ['Time to rest and recover between shifts'],
      ['Gave 500 ml of saline over an hour'],
      ['A spark of curiosity'],
      ['Checked every node on the ward network'],
      ['Ran the assembly line and the torch cutting station'],
      ['Put the rest on rails by Friday'],
    ])('ignores them as ordinary words: %s', (text) => {
      expect(names(text)).toEqual([]);
    });

    it.each([
      ['Design REST APIs and gRPC services', ['REST', 'gRPC']],
      ['Experience with REST and GraphQL', ['REST', 'GraphQL']],
      ['Services in Rust and Go', ['Rust', 'Go']],
      ['ML engineer, PyTorch', ['Machine Learning', 'PyTorch']],
      ['Batch jobs in Spark and Airflow', ['Apache Spark', 'Airflow']],
      ['Built the API with Node and PostgreSQL', ['Node.js', 'PostgreSQL']],
    ])('counts them with the evidence of a skill: %s', (text, expected) => {
      expect(names(text)).toEqual(expected);
    });

    it('counts them in a skills list in any case', () => {
      expect(names('rest, rust, spark', true)).toEqual(['REST', 'Rust', 'Apache Spark']);
    });
  });

  describe('a skill named with a qualifier after it', () => {
    it.each([
      ['Epic EHR (super-user)', 'Epic'],
      ['Epic EHR super-user', 'Epic'],
      ['Epic EHR', 'Epic'],
      ['Excel advanced', 'Excel'],
      ['SQL (basic)', 'SQL'],
      ['Python – scripting', 'Python'],
    ])('reads the skill from the skills list item %s', (item, expected) => {
      expect(names(`Clinical audit, ${item}, Jira`, true)).toContain(expected);
    });

    it('reads a product named in running text with its kind or certificate after it', () => {
      expect(names('Trained 140 nurses for the Epic EHR go-live')).toEqual(['Epic']);
      expect(names('Epic Certified Super User (2023)')).toEqual(['Epic']);
    });

    it('does not run the last part of a hyphenated word on into a phrase', () => {
      // EHR is a skill of its own; "on" of "Hands-on" runs on into no phrase with it.
      expect(names('Hands-on EHR experience; super-user experience welcome')).toEqual(['Electronic Health Records']);
      expect(names('Java/Spring Boot services')).toEqual(['Java', 'Spring Boot']);
    });

    it('does not read a skills list item that goes on in other words as the ambiguous skill', () => {
      expect(names('Chef de partie, HACCP, Make decisions under pressure', true)).toEqual(['HACCP']);
    });
  });

  it('reports positions and the text as written', () => {
    expect(findSkills('Ran k8s clusters', vocabulary).map(({ text, start, end, skill }) => ({ text, start, end, name: skill.name }))).toEqual([
      { text: 'k8s', start: 4, end: 7, name: 'Kubernetes' },
    ]);
  });

  it('works with any vocabulary', () => {
    const custom = createSkillVocabulary([{ name: 'COBOL', category: 'language', aliases: ['cobol-85'] }]);
    expect(findSkillNames('Maintained cobol-85 batch jobs', custom)).toEqual(['COBOL']);
  });
});

describe('skills in real posting layouts', () => {
  const vocabulary = loadSkillVocabulary();
  const names = (text: string) => findSkillNames(text, vocabulary);

  it('reads a bullet that is only an ambiguous skill as that skill', () => {
    expect(names('Requirements:\n- 5+ years of backend experience\n- Go\n- Kubernetes')).toContain('Go');
  });

  it('does not read "we are hiring" or "interviewing" as a skill', () => {
    expect(names('Hooli is hiring a Senior Backend Engineer. Our interviewing process has three steps.')).toEqual([]);
  });
});

describe('mentionsSkill', () => {
  it('finds whole-word mentions under any alias', () => {
    expect(mentionsSkill('Built APIs on node.js and Postgres', 'PostgreSQL')).toBe(true);
    expect(mentionsSkill('Built APIs on node.js and Postgres', 'Node.js')).toBe(true);
    expect(mentionsSkill('Shipped C++ services', 'C++')).toBe(true);
  });

  it('does not match inside other words or other skills', () => {
    expect(mentionsSkill('JavaScript everywhere', 'Java')).toBe(false);
    expect(mentionsSkill('Wrote C++', 'C')).toBe(false);
    expect(mentionsSkill('Ready to go live', 'Go')).toBe(false);
    expect(mentionsSkill('Services in Go', 'Go')).toBe(true);
  });
});
