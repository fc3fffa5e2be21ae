import { ActionRegistry } from '../../src/actions/action-registry.ts';
import { createActions } from '../../src/actions/create-actions.ts';
import { type CareerOverrides, fakeCareerDependencies } from './fake-career-dependencies.ts';

/**
 * The real actions, built by `createActions` on in-memory career dependencies: all of them,
 * or only those named (a planner that must not know the others).
 *
 * @example
 * const planner = createRulesPlanner({ registry: fakeActions() });
 * const desktop = fakeActions({ only: ['open_website', 'open_app', 'take_screenshot'] });
 */
export function fakeActions({ only, ...overrides }: CareerOverrides & { only?: readonly string[] } = {}): ActionRegistry {
  const registry = createActions(fakeCareerDependencies(overrides));
  if (!only) return registry;
  const unknown = only.filter((name) => !registry.get(name));
  if (unknown.length) throw new Error(`No such actions: ${unknown.join(', ')}.`);
  return new ActionRegistry(registry.actions.filter((action) => only.includes(action.name)));
}

/** The actions that need no career data. */
export const desktopActionNames = ['open_website', 'open_app', 'take_screenshot'] as const;
