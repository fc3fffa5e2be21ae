import { createHash } from 'node:crypto';
import { lgGraphId } from '../../protocol/langgraph-api.ts';

/** LangGraph's namespace for assistant ids made from a graph id (the official server's `NAMESPACE_GRAPH`). */
const graphNamespace = '6ba7b821-9dad-11d1-80b4-00c04fd430c8';

/** RFC 4122 version-5 UUID of `name` in `namespace`. */
function uuidV5(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name)
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The one assistant's id: the same on every server, as the official server derives it from the graph id. */
export const lgAssistantId = uuidV5(graphNamespace, lgGraphId);

/** Whether a request's `assistant_id` names jobpilot's assistant (by id or by graph id). */
export const isLgAssistant = (id: string): boolean => id === lgAssistantId || id === lgGraphId;

/** The fixed date the assistant is said to have been made (it never changes). */
const epoch = new Date(0).toISOString();

/** The assistant as `GET /lg/assistants/{id}` answers. */
export const lgAssistant = (version: string) => ({
  assistant_id: lgAssistantId,
  graph_id: lgGraphId,
  name: lgGraphId,
  description: 'jobpilot: a job-hunting assistant that plans one step at a time and asks before acting on your desktop.',
  config: {},
  context: {},
  metadata: { created_by: 'system', jobpilot_version: version },
  version: 1,
  created_at: epoch,
  updated_at: epoch,
});
