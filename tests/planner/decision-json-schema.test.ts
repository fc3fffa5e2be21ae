import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseDecision } from '../../src/planner/decision.ts';
import { decisionJsonSchema } from '../../src/planner/decision-json-schema.ts';
import { defineAction } from '../../src/actions/action.ts';
import { ActionRegistry } from '../../src/actions/action-registry.ts';
import { fakeActions } from '../fakes/fake-actions.ts';

type Schema = Record<string, any>;

/**
 * OpenAI strict structured outputs, as documented: the root is an object (not anyOf);
 * every object lists all its properties in `required` and sets `additionalProperties:
 * false`; optional values are expressed as a union with null; only the supported
 * keywords; at most 5000 properties and 10 levels of nesting.
 */
function openAIStrictProblems(root: Schema): string[] {
  const problems: string[] = [];
  const supported = new Set([
    'type', 'description', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'items',
    'anyOf', 'minimum', 'maximum', 'minItems', 'maxItems', '$defs', '$ref', 'pattern', 'format',
  ]);
  if (root.type !== 'object' || root.anyOf) problems.push('root must be an object, not anyOf');
  let properties = 0;
  const visit = (node: Schema, path: string, depth: number) => {
    if (depth > 10) problems.push(`${path}: nested deeper than 10 levels`);
    for (const key of Object.keys(node)) if (!supported.has(key)) problems.push(`${path}: unsupported keyword ${key}`);
    const types = [node.type].flat();
    if (types.includes('object')) {
      const names = Object.keys(node.properties ?? {});
      properties += names.length;
      if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
      if (JSON.stringify([...(node.required ?? [])].sort()) !== JSON.stringify([...names].sort()))
        problems.push(`${path}: every property must be required`);
      for (const name of names) visit(node.properties[name], `${path}.${name}`, depth + 1);
    }
    if (node.items) visit(node.items, `${path}[]`, depth + 1);
    for (const [index, option] of (node.anyOf ?? []).entries()) visit(option, `${path}|${index}`, depth + 1);
  };
  visit(root, '$', 0);
  if (properties > 5000) problems.push('more than 5000 properties');
  return problems;
}

/**
 * Gemini `responseSchema` (an OpenAPI 3.0 Schema subset): only the Schema object's fields;
 * `type` is one of the six scalar names (no arrays of types, no "null": nullability is
 * `nullable`); objects have at least one property and no `additionalProperties`;
 * `propertyOrdering` names exactly the properties; string enums carry `format: "enum"`.
 */
function geminiProblems(root: Schema): string[] {
  const problems: string[] = [];
  const fields = new Set([
    'type', 'format', 'title', 'description', 'nullable', 'enum', 'maxItems', 'minItems', 'properties',
    'required', 'minProperties', 'maxProperties', 'minLength', 'maxLength', 'pattern', 'example', 'anyOf',
    'propertyOrdering', 'default', 'items', 'minimum', 'maximum',
  ]);
  const types = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object']);
  const visit = (node: Schema, path: string) => {
    for (const key of Object.keys(node)) if (!fields.has(key)) problems.push(`${path}: unknown field ${key}`);
    if (node.anyOf) {
      for (const [index, option] of node.anyOf.entries()) visit(option, `${path}|${index}`);
      return;
    }
    if (!types.has(node.type)) problems.push(`${path}: type ${JSON.stringify(node.type)}`);
    if (node.enum && (node.type !== 'string' || node.format !== 'enum')) problems.push(`${path}: enum needs string + format enum`);
    if (node.type === 'object') {
      const names = Object.keys(node.properties ?? {});
      if (names.length === 0) problems.push(`${path}: object without properties`);
      if (JSON.stringify(node.propertyOrdering) !== JSON.stringify(names)) problems.push(`${path}: propertyOrdering`);
      for (const name of node.required ?? []) if (!names.includes(name)) problems.push(`${path}: required ${name} unknown`);
      for (const name of names) visit(node.properties[name], `${path}.${name}`);
    }
    if (node.type === 'array') visit(node.items ?? {}, `${path}[]`);
  };
  visit(root, '$');
  return problems;
}

/** A registry of `count` actions with typed arguments of every supported kind. */
function syntheticRegistry(count: number): ActionRegistry {
  return new ActionRegistry(
    Array.from({ length: count }, (_, index) =>
      defineAction({
        name: `action_${index}`,
        description: `Synthetic action number ${index}.`,
        args: z.object({
          query: z.string().describe('What to look for.'),
          limit: z.number().int().min(1).max(50).optional().describe('How many.'),
          remote: z.boolean().optional().describe('Remote only.'),
          status: z.enum(['saved', 'applied', 'offer']).optional().describe('A status.'),
          tags: z.array(z.string()).max(5).optional().describe('Tags.'),
        }),
        approval: () => 'auto',
        run: async () => ({ ok: true, summary: 'ok' }),
      }),
    ) as never,
  );
}

describe('the decision JSON schema', () => {
  const registry = fakeActions();

  it.each(['openai', 'gemini'] as const)('follows %s’s structured-output rules for the built-in actions', (dialect) => {
    const schema: Schema = decisionJsonSchema(registry, dialect);
    expect(dialect === 'openai' ? openAIStrictProblems(schema) : geminiProblems(schema)).toEqual([]);
  });

  it.each(['openai', 'gemini'] as const)('follows %s’s rules with twenty actions of typed arguments', (dialect) => {
    const schema: Schema = decisionJsonSchema(syntheticRegistry(20), dialect);
    expect(dialect === 'openai' ? openAIStrictProblems(schema) : geminiProblems(schema)).toEqual([]);
    expect(schema.properties.decision.anyOf).toHaveLength(21);
  });

  it('grows linearly with the number of actions', () => {
    const size = (count: number) => JSON.stringify(decisionJsonSchema(syntheticRegistry(count), 'openai')).length;
    const perAction = size(2) - size(1);
    // Names action_10…action_19 are one character longer than action_0…action_9.
    expect(Math.abs(size(20) - size(10) - perAction * 10)).toBeLessThanOrEqual(30);
    expect(size(20)).toBeLessThan(20 * (perAction + 3) + size(1));
  });

  it('gives each variant only its own arguments, typed', () => {
    const schema: Schema = decisionJsonSchema(syntheticRegistry(2), 'openai');
    const variant = schema.properties.decision.anyOf[1];
    expect(Object.keys(variant.properties)).toEqual(['action', 'reason', 'args']);
    expect(variant.properties.action.enum).toEqual(['action_0']);
    expect(variant.properties.args.properties.limit).toEqual({
      type: ['integer', 'null'],
      description: 'How many.',
      minimum: 1,
      maximum: 50,
    });
    expect(variant.properties.args.properties.status.enum).toEqual(['saved', 'applied', 'offer', null]);
    const respond = schema.properties.decision.anyOf[0];
    expect(Object.keys(respond.properties)).toEqual(['action', 'reason', 'answer']);
  });

  it('orders the keys so a streamed answer is known to be one before it starts', () => {
    const schema: Schema = decisionJsonSchema(registry, 'gemini');
    for (const variant of schema.properties.decision.anyOf) {
      expect(variant.propertyOrdering.slice(0, 2)).toEqual(['action', 'reason']);
    }
  });

  it('refuses an argument schema providers cannot express', () => {
    const odd = new ActionRegistry([
      defineAction({
        name: 'odd',
        description: 'Odd.',
        args: z.object({ value: z.union([z.string(), z.number()]).describe('Either.') }),
        approval: () => 'auto',
        run: async () => ({ ok: true, summary: '' }),
      }) as never,
    ]);
    expect(() => decisionJsonSchema(odd, 'openai')).toThrow(/odd\.value/);
  });
});

describe('parseDecision', () => {
  const registry = syntheticRegistry(2);

  it('accepts typed arguments and turns nulls into "not given"', () => {
    const parsed = parseDecision(
      { decision: { action: 'action_0', reason: 'r', args: { query: 'ts', limit: 5, remote: true, status: null, tags: null } } },
      registry,
    );
    expect(parsed).toEqual({
      ok: true,
      decision: { type: 'act', step: { action: 'action_0', reason: 'r', args: { query: 'ts', limit: 5, remote: true } } },
    });
  });

  it('rejects a wrongly typed argument with the field named', () => {
    const parsed = parseDecision({ decision: { action: 'action_0', reason: '', args: { query: 'x', limit: 'five' } } }, registry);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/limit/);
  });

  it.each([
    [{ decision: { action: 'respond', reason: '', answer: 'hi', args: { query: 'x' } } }, /also has "args"/],
    [{ decision: { action: 'action_0', reason: '', answer: 'hi', args: { query: 'x' } } }, /also has "answer"/],
    [{ type: 'respond', action: 'action_0', args: { query: 'x' } }, /no "type" field/],
    [{ decision: { action: 'respond', reason: '' } }, /non-empty "answer"/],
    [{ decision: { action: 'fly', reason: '' } }, /Unknown action "fly"/],
    ['Sure! I will open it.', /not a JSON object/],
  ])('rejects contradictory or malformed output %#', (raw, error) => {
    const parsed = parseDecision(raw, registry);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('accepts a respond with empty leftovers and a bare variant without the envelope', () => {
    expect(parseDecision({ decision: { action: 'respond', reason: '', answer: 'hi', args: {} } }, registry).ok).toBe(true);
    expect(parseDecision({ action: 'respond', reason: '', answer: 'hi' }, registry).ok).toBe(true);
  });
});
