import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/cli/api-error.ts';
import { describeError } from '../../src/cli/describe-error.ts';
import { cliHints } from '../../src/cli/route-hints.ts';

describe('route hints in server messages, shown by the CLI', () => {
  it.each([
    ['No live token named "ivan"; GET /v1/tokens lists them.', 'No live token named "ivan"; `jobpilot token list` lists them.'],
    ['No resume "res_1". List yours with GET /v1/resumes.', 'No resume "res_1". List yours with `jobpilot resume list`.'],
    ['No document "doc_1". List yours with GET /v1/documents.', 'No document "doc_1". List yours with `jobpilot docs list`.'],
    [
      'Find one with GET /v1/jobs/search or add it with POST /v1/jobs/import.',
      'Find one with `jobpilot jobs search "QUERY"` or add it with `jobpilot jobs import FILE`.',
    ],
    ['Job "j" is not on the saved list; GET /v1/saved-jobs lists the saved ones.', 'Job "j" is not on the saved list; `jobpilot jobs saved` lists the saved ones.'],
    ['No thread "t1". Start one with POST /v1/threads/t1/runs.', 'No thread "t1". Start one with `jobpilot chat --thread t1`.'],
    [
      'No resume yet: import one first with POST /v1/resumes (or `jobpilot resume import FILE`).',
      'No resume yet: import one first with `jobpilot resume import FILE`.',
    ],
  ])('%s', (message, shown) => {
    expect(cliHints(message)).toBe(shown);
  });

  it('leaves routes with no command, and routes that only start like one, as they are', () => {
    expect(cliHints('See GET /v1/resumes/{id} for the fields.')).toBe('See GET /v1/resumes/{id} for the fields.');
    expect(cliHints('Nothing to map here.')).toBe('Nothing to map here.');
  });

  it('is what describeError prints for a server error', () => {
    const error = new ApiError('RESUME_NOT_FOUND', 'No resume "res_1". List yours with GET /v1/resumes.', 404);
    expect(describeError(error)).toBe('jobpilot: No resume "res_1". List yours with `jobpilot resume list`. (RESUME_NOT_FOUND)');
  });
});
