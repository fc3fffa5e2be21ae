import { z } from 'zod';
import type { ActionDefinition } from '../actions/action.ts';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { RESPOND } from './decision.ts';

/** The structured-output dialects we speak: OpenAI strict `json_schema`, Gemini `responseSchema`. */
export type SchemaDialect = 'openai' | 'gemini';

type JsonSchema = Record<string, unknown>;

const reasonField = { type: 'string', description: 'One short sentence: why this is the right next move.' };
const answerField = {
  type: 'string',
  description: 'The reply to the user, complete and ready to show: plain text, concise.',
};

/**
 * The decision schema in a provider's dialect: an object `{decision}` whose value is
 * `anyOf` one variant per action plus `respond` (OpenAI forbids `anyOf` at the root).
 * Each variant carries only its own action's typed arguments, so the schema grows with
 * the actions, not with every field times every action. Both dialects keep every key
 * order fixed (Gemini through `propertyOrdering`, OpenAI by declaration order).
 *
 * @example
 * const schema = decisionJsonSchema(registry, 'openai'); // { type: 'object', properties: { decision: { anyOf: [...] } }, ... }
 */
export function decisionJsonSchema(registry: ActionRegistry, dialect: SchemaDialect): JsonSchema {
  const variants = [
    objectSchema(dialect, [
      ['action', literal(dialect, RESPOND, 'Answer the user now; the turn ends.')],
      ['reason', reasonField],
      ['answer', answerField],
    ]),
    ...registry.actions.map((action) => actionVariant(action, dialect)),
  ];
  return objectSchema(dialect, [['decision', { anyOf: variants }]]);
}

function actionVariant(action: ActionDefinition, dialect: SchemaDialect): JsonSchema {
  const args = convert(z.toJSONSchema(action.args, { io: 'input' }) as JsonSchema, dialect, action.name);
  const hasArgs = Object.keys((args.properties as JsonSchema | undefined) ?? {}).length > 0;
  return objectSchema(dialect, [
    ['action', literal(dialect, action.name, action.description)],
    ['reason', reasonField],
    // Gemini rejects an object with no properties; an action without arguments has no `args`.
    ...(hasArgs ? ([['args', args]] as Array<[string, JsonSchema]>) : []),
  ]);
}

const literal = (dialect: SchemaDialect, value: string, description: string): JsonSchema =>
  dialect === 'gemini'
    ? { type: 'string', format: 'enum', enum: [value], description }
    : { type: 'string', enum: [value], description };

/** A closed object with every key required, in the given order. */
function objectSchema(dialect: SchemaDialect, entries: Array<[string, JsonSchema]>): JsonSchema {
  const properties = Object.fromEntries(entries);
  const names = entries.map(([name]) => name);
  return dialect === 'gemini'
    ? { type: 'object', properties, required: names, propertyOrdering: names }
    : { type: 'object', properties, required: names, additionalProperties: false };
}

/**
 * Converts one action's argument schema (zod's JSON Schema) into the dialect. Optional
 * fields become nullable (OpenAI strict needs every key required; Gemini says `nullable`);
 * keywords a dialect does not accept are dropped (our zod schema validates them anyway);
 * a construct neither dialect can express fails loudly when the registry is built.
 */
function convert(schema: JsonSchema, dialect: SchemaDialect, where: string, optional = false): JsonSchema {
  const type = schema.type;
  const description = typeof schema.description === 'string' ? { description: schema.description } : {};
  if (type === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const names = Object.keys(properties);
    const converted = Object.fromEntries(
      names.map((name) => [name, convert(properties[name] as JsonSchema, dialect, `${where}.${name}`, !required.has(name))]),
    );
    return dialect === 'gemini'
      ? {
          type: 'object',
          ...description,
          properties: converted,
          required: names.filter((name) => required.has(name)),
          propertyOrdering: names,
          ...(optional ? { nullable: true } : {}),
        }
      : {
          type: optional ? ['object', 'null'] : 'object',
          ...description,
          properties: converted,
          required: names,
          additionalProperties: false,
        };
  }
  if (type === 'string' || type === 'number' || type === 'integer' || type === 'boolean' || type === 'array') {
    const result: JsonSchema = { type, ...description };
    if (Array.isArray(schema.enum)) {
      if (type !== 'string') throw new Error(`${where}: only string enums can be sent to the model.`);
      result.enum = dialect === 'openai' && optional ? [...schema.enum, null] : schema.enum;
      if (dialect === 'gemini') result.format = 'enum';
    }
    for (const bound of ['minimum', 'maximum', 'minItems', 'maxItems'] as const) {
      if (typeof schema[bound] === 'number') result[bound] = schema[bound];
    }
    if (type === 'array') {
      if (!schema.items || typeof schema.items !== 'object') throw new Error(`${where}: arrays need one item schema.`);
      result.items = convert(schema.items as JsonSchema, dialect, `${where}[]`);
    }
    if (optional) {
      if (dialect === 'gemini') result.nullable = true;
      else result.type = [type, 'null'];
    }
    return result;
  }
  throw new Error(
    `${where}: the argument schema uses ${JSON.stringify(schema).slice(0, 80)}, which model providers' structured output cannot express; use strings, numbers, booleans, string enums, arrays and objects.`,
  );
}
