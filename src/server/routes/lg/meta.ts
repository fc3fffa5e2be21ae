import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JobpilotError } from '../../../errors.ts';
import { lgAssistantSearchSchema, lgGraphId, lgListAnswerSchema, lgObjectAnswerSchema } from '../../../protocol/langgraph-api.ts';
import { isLgAssistant, lgAssistant, lgAssistantId } from '../../lg/lg-assistant.ts';

const assistantParamsSchema = z.object({ assistant_id: z.string().min(1).max(200) });

/** Whether the assistant's own metadata has every value of `filter`. */
const metadataMatches = (metadata: Record<string, unknown>, filter: Record<string, unknown> | null | undefined) =>
  Object.entries(filter ?? {}).every(([key, value]) => metadata[key] === value);

/**
 * `/lg/info`, `/lg/ok` and the one assistant, `jobpilot`: what LangGraph clients ask a server
 * before anything else.
 */
export async function lgMetaRoutes(app: FastifyInstance, deps: { version: string }): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const assistant = lgAssistant(deps.version);
  api.get('/info', { schema: { response: { 200: lgObjectAnswerSchema } } }, async () => ({
    version: deps.version,
    jobpilot: true,
    flags: { assistants: true, crons: false, langsmith: false, thread_ttl: false },
  }));
  api.get('/ok', { schema: { response: { 200: z.object({ ok: z.literal(true) }) } } }, async () => ({ ok: true as const }));
  api.post('/assistants/search', { schema: { body: lgAssistantSearchSchema, response: { 200: lgListAnswerSchema } } }, async (request) => {
    const { graph_id: graphId, name, metadata, offset } = request.body;
    const matches =
      (graphId == null || graphId === lgGraphId) && (name == null || name === assistant.name) && metadataMatches(assistant.metadata, metadata);
    return matches && (offset ?? 0) === 0 ? [assistant] : [];
  });
  api.get('/assistants/:assistant_id', { schema: { params: assistantParamsSchema, response: { 200: lgObjectAnswerSchema } } }, async (request) => {
    if (!isLgAssistant(request.params.assistant_id)) {
      throw new JobpilotError('NOT_FOUND', `No assistant "${request.params.assistant_id}": this server has one, "${lgGraphId}" (${lgAssistantId}).`);
    }
    return assistant;
  });
}
