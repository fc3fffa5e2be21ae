import { type Config, ConfigError } from '../config.ts';
import type { ActionRegistry } from '../tools/registry.ts';
import { createGooglePlanner } from './google-planner.ts';
import { createOpenAIPlanner } from './openai-planner.ts';
import type { Planner } from './planner.ts';
import { createRulesPlanner } from './rules/rules-planner.ts';

/**
 * The planner backend the configuration asks for.
 *
 * @example
 * const planner = createPlanner(loadConfig(), new ActionRegistry());
 * logger.info(`planner: ${planner.label}`);
 */
export function createPlanner(config: Config, registry: ActionRegistry): Planner {
  switch (config.planner) {
    case 'google': {
      const { apiKey, model, baseUrl } = config.google;
      // loadConfig already insists on the key; this guards hand-built configs.
      if (!apiKey)
        throw new ConfigError(
          'Invalid configuration. GOOGLE_API_KEY: required for the google planner',
        );
      return createGooglePlanner({ registry, apiKey, model, baseUrl });
    }
    case 'openai':
      return createOpenAIPlanner({ registry, ...config.openai });
    case 'rules':
      return createRulesPlanner({ registry });
  }
}
