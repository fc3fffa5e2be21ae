import { type Config, ConfigError } from '../config.ts';
import { createModelClient } from '../model/create-model-client.ts';
import type { ModelClient } from '../model/model-client.ts';
import type { ActionRegistry } from '../actions/action-registry.ts';
import { createModelPlanner } from './model-planner.ts';
import type { Planner } from './planner.ts';
import { createRulesPlanner } from './rules/rules-planner.ts';

/**
 * The model client the configuration asks for, or none for the rules planner. Writers
 * (cover letters, prep packs) share it with the planner: one place for every model call.
 *
 * @example
 * const client = await createConfiguredModelClient(loadConfig());
 */
export async function createConfiguredModelClient(config: Config): Promise<ModelClient | undefined> {
  switch (config.planner) {
    case 'google': {
      const { apiKey, model, baseUrl } = config.google;
      // loadConfig already insists on the key; this guards hand-built configs.
      if (!apiKey) throw new ConfigError('Invalid configuration. GOOGLE_API_KEY: required for the google planner');
      // Each provider's SDK is loaded only when it is the one configured.
      const { geminiBinding } = await import('../model/gemini-binding.ts');
      return createModelClient(geminiBinding({ apiKey, model, baseUrl }), config.model);
    }
    case 'openai': {
      const { openAIBinding } = await import('../model/openai-binding.ts');
      return createModelClient(openAIBinding(config.openai), config.model);
    }
    case 'rules':
      return undefined;
  }
}

/**
 * The planner backend the configuration asks for. A model planner's prompt budget is checked
 * here: too small for its fixed part is a `ConfigError`; warnings go to `log`.
 *
 * @example
 * const planner = await createPlanner(loadConfig(), createActions(career));
 * logger.info(`planner: ${planner.label}`);
 */
export async function createPlanner(
  config: Config,
  registry: ActionRegistry,
  client?: ModelClient,
  log?: (message: string, details?: Record<string, unknown>) => void,
): Promise<Planner> {
  client ??= await createConfiguredModelClient(config);
  if (!client) return createRulesPlanner({ registry, allowedApps: config.allowedApps });
  return createModelPlanner({ client, registry, promptTokens: config.model.promptTokens, log });
}
