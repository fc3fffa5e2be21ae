import { describe, expect, it } from 'vitest';
import { JobpilotError } from '../../src/errors.ts';
import { classifyRunError } from '../../src/runs/classify-run-error.ts';

const aborted = (reason?: unknown) => {
  const controller = new AbortController();
  controller.abort(reason);
  return controller.signal;
};

describe('classifyRunError', () => {
  it('calls a run the caller or shutdown aborted cancelled', () => {
    const error = Object.assign(new Error('aborted'), { name: 'AbortError' });
    expect(classifyRunError(error, aborted())).toEqual({ status: 'cancelled' });
    expect(classifyRunError(error, aborted(new DOMException('The client disconnected.', 'AbortError')))).toEqual({
      status: 'cancelled',
    });
  });

  it('reports a lost lease (an abort with a typed reason) as that failure', () => {
    const lost = new JobpilotError('THREAD_BUSY', 'The run lost its hold on the thread.');
    expect(classifyRunError(new Error('aborted'), aborted(lost))).toEqual({ status: 'failed', error: lost });
  });

  it('keeps a typed error and wraps anything else as INTERNAL', () => {
    const invalid = new JobpilotError('PLANNER_INVALID_OUTPUT', 'bad');
    expect(classifyRunError(invalid, new AbortController().signal)).toEqual({ status: 'failed', error: invalid });
    const outcome = classifyRunError(new Error('boom'), new AbortController().signal);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } });
  });
});
