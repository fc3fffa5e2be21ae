import { type Config, ConfigError } from '../config.ts';
import { createModelClient } from '../model/create-model-client.ts';
import { geminiBinding } from '../model/gemini-binding.ts';
import type { ModelClient } from '../model/model-client.ts';
import { openAIBinding } from '../model/openai-binding.ts';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { createModelPlanner } from './model-planner.ts';
import type { Planner } from './planner.ts';
import { createRulesPlanner } from './rules/rules-planner.ts';

/**
 * The model client the configuration asks for, or none for the rules planner. Writers
 * (cover letters, prep packs) share it with the planner: one place for every model call.
 *
 * @example
 * const client = createConfiguredModelClient(loadConfig());
 */
export function createConfiguredModelClient(config: Config): ModelClient | undefined {
  switch (config.planner) {
    case 'google': {
      const { apiKey, model, baseUrl } = config.google;
      // loadConfig already insists on the key; this guards hand-built configs.
      if (!apiKey) throw new ConfigError('Invalid configuration. GOOGLE_API_KEY: required for the google planner');
      return createModelClient(geminiBinding({ apiKey, model, baseUrl }), config.model);
    }
    case 'openai':
      return createModelClient(openAIBinding(config.openai), config.model);
    case 'rules':
      return undefined;
  }
}

/**
 * The planner backend the configuration asks for.
 *
 * @example
 * const planner = createPlanner(loadConfig(), createActions(career));
 * logger.info(`planner: ${planner.label}`);
 */
export function createPlanner(config: Config, registry: ActionRegistry, client = createConfiguredModelClient(config)): Planner {
  if (!client) return createRulesPlanner({ registry, allowedApps: config.allowedApps });
  return createModelPlanner({ client, registry, promptTokens: config.model.promptTokens });
}
