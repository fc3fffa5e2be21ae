import { describe, expect, it, vi } from 'vitest';
import { createPainter, createSpinner, formatApprovalStep, formatStep, stepResultLine } from '../../src/cli/render.ts';
import { createRunPrinter } from '../../src/cli/run-printer.ts';
import type { RunEvent } from '../../src/protocol/events.ts';
import { textSink } from './fake-fetch.ts';

const plain = createPainter(false);

function printAll(events: RunEvent[]) {
  const stdout = textSink();
  const stderr = textSink();
  const printer = createRunPrinter({ stdout, stderr, paint: plain, animate: false });
  for (const event of events) printer.print(event);
  printer.finish();
  return { stdout: stdout.text, stderr: stderr.text };
}

describe('painter', () => {
  it('paints with ANSI codes only when enabled', () => {
    expect(createPainter(true).green('ok')).toBe('\u001b[32mok\u001b[39m');
    expect(plain.green('ok')).toBe('ok');
  });
});

describe('step lines', () => {
  it('shows an action with its arguments as compact JSON, and nothing for none', () => {
    expect(formatStep('open_website', { url: 'github.com' })).toBe(
      'open_website {"url":"github.com"}',
    );
    expect(formatStep('take_screenshot', {})).toBe('take_screenshot');
  });

  it('shows a step waiting for approval in words when the server gave them, never its raw job reference', () => {
    const approval = {
      action: 'open_website',
      args: { job: 'c0ffee123456' },
      reason: 'asked',
      what: 'open https://tideglass.example/jobs/3 (Lens Grinder at Tideglass) in your browser',
    };
    expect(formatApprovalStep(approval)).toBe(
      'open_website: open https://tideglass.example/jobs/3 (Lens Grinder at Tideglass) in your browser',
    );
    expect(formatApprovalStep({ action: 'take_screenshot', args: {} })).toBe('take_screenshot');
  });

  it('marks finished steps ✓ or ✗ on one line, without the summary the answer reports', () => {
    expect(stepResultLine(plain, { action: 'open_website', args: { url: 'github.com' }, ok: true })).toBe(
      '✓ open_website {"url":"github.com"}',
    );
    expect(stepResultLine(plain, { action: 'take_screenshot', ok: false })).toBe('✗ take_screenshot — failed');
    expect(stepResultLine(plain, { action: 'import_resume', args: { path: '/tmp/cv.pdf' }, ok: false, declined: true })).toMatch(
      /^– import_resume .*cv\.pdf.* — declined, not run$/,
    );
    const long = stepResultLine(plain, { action: 'search_jobs', args: { query: 'x'.repeat(300) }, ok: true });
    expect(long).not.toContain('\n');
    expect(long.length).toBeLessThanOrEqual('✓ search_jobs '.length + 100);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('spinner', () => {
  it('draws nothing when not animating', () => {
    const out = textSink();
    const spinner = createSpinner(out, { animate: false, paint: plain });
    spinner.start('working');
    spinner.stop();
    expect(out.text).toBe('');
  });

  it('turns while running and clears its line when stopped', () => {
    vi.useFakeTimers();
    try {
      const out = textSink();
      const spinner = createSpinner(out, { animate: true, paint: plain, intervalMs: 10 });
      spinner.start('working');
      vi.advanceTimersByTime(25);
      spinner.stop();
      vi.advanceTimersByTime(100);
      expect(out.text).toBe(
        '\r\u001b[2K⠋ working\r\u001b[2K⠙ working\r\u001b[2K⠹ working\r\u001b[2K',
      );
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createRunPrinter', () => {
  it('streams the answer, puts each step on its own line and does not repeat the streamed text', () => {
    const { stdout, stderr } = printAll([
      { type: 'run-start', run_id: 'r', thread_id: 't' },
      { type: 'plan', index: 0, action: 'open_website', args: { url: 'github.com' } },
      { type: 'tool-call-start', index: 0, action: 'open_website', args: { url: 'github.com' } },
      {
        type: 'tool-call-end',
        index: 0,
        action: 'open_website',
        ok: true,
        summary: 'Opened https://github.com/.',
      },
      { type: 'message-delta', text: 'Opened ' },
      { type: 'message-delta', text: 'GitHub.' },
      { type: 'message-end', text: 'Opened GitHub.' },
      { type: 'run-end', run_id: 'r', status: 'completed' },
    ]);
    expect(stdout).toBe('✓ open_website {"url":"github.com"}\nOpened GitHub.\n');
    expect(stderr).toBe('');
  });

  it('shows a step\'s result once: the answer that repeats the summary is not preceded by it', () => {
    const summary = 'Imported /tmp/cv.pdf as "cv" [res_1], now the active resume.\nAna Ortiz · ana@example.com\nExperience:\n- Staff Engineer, Loomwave Ltd (2019 – present)';
    const { stdout } = printAll([
      { type: 'run-start', run_id: 'r', thread_id: 't' },
      { type: 'tool-call-start', index: 0, action: 'import_resume', args: { path: '/tmp/cv.pdf' } },
      { type: 'tool-call-end', index: 0, action: 'import_resume', ok: true, summary },
      { type: 'message-delta', text: summary },
      { type: 'message-end', text: summary },
      { type: 'run-end', run_id: 'r', status: 'completed' },
    ]);
    for (const line of summary.split('\n')) expect(stdout.split(line).length - 1).toBe(1);
    expect(stdout).toBe(`✓ import_resume {"path":"/tmp/cv.pdf"}\n${summary}\n`);
  });

  it('a declined step after an approval shows the approved step\'s arguments', () => {
    const { stdout } = printAll([
      { type: 'run-start', run_id: 'r', thread_id: 't' },
      { type: 'approval-request', action: 'open_app', args: { name: 'calculator' }, reason: 'Opens an app.' },
      { type: 'tool-call-end', index: 0, action: 'open_app', ok: false, summary: 'Declined: you did not allow open_app, so it was not run.' },
      { type: 'message-end', text: 'You declined, so I did not open calculator.' },
      { type: 'run-end', run_id: 'r', status: 'completed' },
    ]);
    expect(stdout).toContain('✗ open_app {"name":"calculator"} — failed\nYou declined, so I did not open calculator.\n');
  });

  it('a run that fails before answering still shows what its steps did', () => {
    const { stdout, stderr } = printAll([
      { type: 'run-start', run_id: 'r', thread_id: 't' },
      { type: 'tool-call-start', index: 0, action: 'search_jobs', args: { query: 'rust' } },
      { type: 'tool-call-end', index: 0, action: 'search_jobs', ok: true, summary: 'Found 1 job:\n1. Rust Engineer — Acme' },
      { type: 'error', code: 'MODEL_UNAVAILABLE', message: 'The model did not answer.', retryable: true },
      { type: 'run-end', run_id: 'r', status: 'failed' },
    ]);
    expect(stdout).toBe('✓ search_jobs {"query":"rust"}\nFound 1 job:\n1. Rust Engineer — Acme\n');
    expect(stderr).toBe('error: The model did not answer. (MODEL_UNAVAILABLE)\n');
  });

  it('prints message-end text when nothing was streamed', () => {
    expect(printAll([{ type: 'message-end', text: 'Hello!' }]).stdout).toBe('Hello!\n');
  });

  it('announces approvals and sends errors to stderr', () => {
    const { stdout, stderr } = printAll([
      {
        type: 'approval-request',
        action: 'take_screenshot',
        args: {},
        reason: 'Screens can show private things.',
      },
      { type: 'message-delta', text: 'partial' },
      {
        type: 'error',
        code: 'MODEL_UNAVAILABLE',
        message: 'The model did not answer.',
        retryable: true,
      },
      { type: 'run-end', run_id: 'r', status: 'failed' },
    ]);
    expect(stdout).toBe(
      '? take_screenshot needs your approval — Screens can show private things.\npartial\n',
    );
    expect(stderr).toBe('error: The model did not answer. (MODEL_UNAVAILABLE)\n');
  });

  it('says when a run was cancelled', () => {
    expect(printAll([{ type: 'run-end', run_id: 'r', status: 'cancelled' }]).stdout).toBe(
      '(cancelled)\n',
    );
  });
});
