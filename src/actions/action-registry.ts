import { z } from 'zod';
import type { ActionDefinition } from './action.ts';

/** An argument field as the planner sees it. */
export interface ArgumentField {
  name: string;
  description: string;
  /** A short type for the catalogue: `string`, `integer 1–50`, `one of a|b`, `boolean`. */
  type: string;
  optional: boolean;
}

/**
 * The action registry: lookup by name plus what planners need to describe the actions.
 * `createActions(dependencies)` builds the one of every action; tests of the registry and
 * planner machinery may build one of synthetic actions.
 */
export class ActionRegistry {
  readonly #byName: ReadonlyMap<string, ActionDefinition>;

  #description: string | undefined;

  constructor(readonly actions: readonly ActionDefinition[]) {
    if (actions.length === 0) throw new Error('An action registry needs at least one action.');
    this.#byName = new Map(actions.map((action) => [action.name, action]));
  }

  get names(): [string, ...string[]] {
    return this.actions.map((action) => action.name) as [string, ...string[]];
  }

  get(name: string): ActionDefinition | undefined {
    return this.#byName.get(name);
  }

  /** The argument fields an action takes, with their descriptions. */
  fieldsOf(name: string): ArgumentField[] {
    const action = this.get(name);
    if (!action) return [];
    const json = z.toJSONSchema(action.args, { io: 'input' }) as {
      properties?: Record<string, Record<string, unknown>>;
      required?: string[];
    };
    const required = new Set(json.required ?? []);
    return Object.entries(json.properties ?? {}).map(([field, schema]) => ({
      name: field,
      description: typeof schema.description === 'string' ? schema.description : field,
      type: describeType(schema),
      optional: !required.has(field),
    }));
  }

  /**
   * A plain-text catalogue for prompts: one action per line with its arguments, each written
   * `name: description`, `name?` when optional, its type in brackets when it is not a string
   * (the decision prompt says so to the model; the short form saved ~300 tokens a prompt).
   */
  describe(): string {
    // The actions never change after construction; the catalogue goes into every model prompt.
    this.#description ??= this.actions
      .map((action) => {
        const fields = this.fieldsOf(action.name).map(
          (field) =>
            `${field.name}${field.optional ? '?' : ''}${field.type === 'string' ? '' : ` (${field.type})`}: ${field.description}`,
        );
        return `- ${action.name}: ${action.description}${fields.length ? ` Args: ${fields.join('; ')}` : ' Args: none.'}`;
      })
      .join('\n');
    return this.#description;
  }

  /**
   * Validates raw arguments against the action's own schema. `null` and empty strings are
   * "not given" (OpenAI strict output sends optional fields as null); unknown fields are dropped.
   */
  parseArgs(
    name: string,
    raw: unknown,
  ): { ok: true; args: Record<string, unknown> } | { ok: false; error: string } {
    const action = this.get(name);
    if (!action)
      return {
        ok: false,
        error: `Unknown action "${name}". Known actions: ${this.names.join(', ')}.`,
      };
    const given = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const relevant = Object.fromEntries(
      Object.keys(action.args.shape)
        .filter(
          (field) => given[field] !== undefined && given[field] !== null && given[field] !== '',
        )
        .map((field) => [field, given[field]]),
    );
    const result = action.args.safeParse(relevant);
    if (result.success) return { ok: true, args: result.data as Record<string, unknown> };
    return {
      ok: false,
      error: `Invalid arguments for ${name}: ${z.prettifyError(result.error).replace(/\n/g, ' ')}`,
    };
  }
}

/** A field's type in a few words, for the planner's catalogue. */
function describeType(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join('|')}`;
  const type = typeof schema.type === 'string' ? schema.type : 'value';
  if (type === 'integer' || type === 'number') {
    const { minimum, maximum } = schema;
    if (typeof minimum === 'number' && typeof maximum === 'number') return `${type} ${minimum}–${maximum}`;
  }
  if (type === 'array') {
    const items = schema.items as Record<string, unknown> | undefined;
    return `list of ${items ? describeType(items) : 'values'}`;
  }
  return type;
}
