/**
 * Tool names written in small letters ("polars", "pytest", "dbt-core") in a Skills section: one a
 * line under a tool's name, or in a grid cell after a name that ends in its version. A narrow
 * column that cut a phrase before its small-letter end still joins it. Every resume here is
 * written for the test; none is taken from the scored corpus.
 */
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../src/resume/parse-sections.ts';

const keywords = (...lines: string[]) =>
  (parseSections(['Rin Okada', 'rin@example.org', 'Skills', ...lines].join('\n')).skills ?? []).flatMap((skill) => (skill.keywords?.length ? skill.keywords : [skill.name]));

describe('one name a line', () => {
  it('keeps a small-letter name under a tool-shaped name on its own', () => {
    expect(keywords('NumPy', 'polars-lts', 'pyarrow', 'Jupyter')).toEqual(['NumPy', 'polars-lts', 'pyarrow', 'Jupyter']);
    expect(keywords('Kotlin', 'gRPC', 'protobuf', 'k9s', 'kubectl')).toEqual(['Kotlin', 'gRPC', 'protobuf', 'k9s', 'kubectl']);
  });

  it('still joins a phrase a narrow column cut before its small-letter end', () => {
    expect(keywords('Vendor', 'negotiation', 'Problem-based', 'learning')).toEqual(['Vendor negotiation', 'Problem-based learning']);
  });
});

describe('grid cells', () => {
  it('keeps a small-letter cell after a name that ends in its version, or a hyphenated one', () => {
    expect(keywords('Tooling', 'Gradle 8.x\tpoetry-core', 'Prefect 2\tpolars')).toEqual(['Gradle 8.x', 'poetry-core', 'Prefect 2', 'polars']);
  });
});
