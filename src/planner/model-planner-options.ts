/** Keeps planner calls out of LangGraph's token stream: reception streams the answer itself. */
export const quietRun = { tags: ['langsmith:nostream'] };

/**
 * The start-up label of a model-backed planner: the model, and the host when it is not
 * the provider's own endpoint.
 *
 * @example
 * modelPlannerLabel('openai', 'llama3', 'http://127.0.0.1:11434/v1'); // 'openai (llama3 @ 127.0.0.1:11434)'
 */
export const modelPlannerLabel = (kind: string, model: string, baseUrl: string | undefined): string =>
  `${kind} (${model}${baseUrl ? ` @ ${new URL(baseUrl).host}` : ''})`;
