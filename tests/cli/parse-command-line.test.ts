import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/cli-error.ts';
import { parseCommandLine } from '../../src/cli/parse-command-line.ts';

describe('parseCommandLine', () => {
  it('help COMMAND asks for that command\'s help', () => {
    expect(parseCommandLine(['help', 'token'])).toEqual({ command: 'help', topic: 'token' });
  });

  it.each([[[]], [['--help']], [['-h']], [['help']], [['ask', '--help']]])(
    '%j asks for help',
    (argv) => {
      expect(parseCommandLine(argv)).toEqual({ command: 'help' });
    },
  );

  it('knows --version', () => {
    expect(parseCommandLine(['--version'])).toEqual({ command: 'version' });
    expect(parseCommandLine(['-v'])).toEqual({ command: 'version' });
  });

  it('parses ask with its flags, joining the message words', () => {
    expect(
      parseCommandLine(['ask', 'open', 'github.com', '--json', '--thread', 'work', '-y']),
    ).toEqual({
      command: 'ask',
      message: 'open github.com',
      threadId: 'work',
      json: true,
      yes: true,
    });
    expect(parseCommandLine(['ask'])).toMatchObject({
      command: 'ask',
      message: undefined,
      json: false,
      yes: false,
    });
  });

  it('parses chat, serve, threads and eval', () => {
    expect(parseCommandLine(['chat'])).toEqual({ command: 'chat', threadId: undefined });
    expect(parseCommandLine(['chat', '--thread=a.b:c_d-1'])).toEqual({
      command: 'chat',
      threadId: 'a.b:c_d-1',
    });
    expect(parseCommandLine(['serve'])).toEqual({ command: 'serve' });
    expect(parseCommandLine(['threads', 'list', '--json'])).toEqual({
      command: 'threads',
      options: { action: 'list', json: true },
    });
    expect(parseCommandLine(['threads', 'show', 'x', '--limit', '5'])).toEqual({
      command: 'threads',
      options: { action: 'show', threadId: 'x', json: false, limit: 5, before: undefined },
    });
    expect(parseCommandLine(['threads', 'delete', 'x'])).toEqual({
      command: 'threads',
      options: { action: 'delete', threadId: 'x', json: false },
    });
    expect(parseCommandLine(['eval', 'cases.jsonl', '--json'])).toEqual({
      command: 'eval',
      file: 'cases.jsonl',
      json: true,
      concurrency: undefined,
    });
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['ask', '--jsn'], "Unknown option '--jsn'."],
    [['chat', '--thread', 'no spaces'], 'invalid thread id "no spaces"'],
    [['chat', '--thread', 'x'.repeat(129)], 'invalid thread id'],
    [['threads'], 'threads needs a subcommand'],
    [['threads', 'show'], 'threads show needs one thread id'],
    [['threads', 'show', 'x', '--limit', '0'], '--limit must be a positive whole number'],
    [['eval'], 'eval needs one file'],
    [['serve', 'now'], 'serve takes no arguments'],
    [['token'], 'token needs a subcommand'],
    [['token', 'create'], 'token create needs --name NAME'],
    [['token', 'create', '--name', 'default'], 'invalid token name "default"'],
    [['token', 'create', '--name', 'Alice'], 'invalid token name "Alice"'],
    [['token', 'revoke'], 'token revoke needs one token name'],
    [['token', 'rotate'], 'unknown token subcommand "rotate"'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });

  it('parses token create, list and revoke', () => {
    expect(parseCommandLine(['token', 'create', '--name', 'alice'])).toEqual({ command: 'token', options: { action: 'create', name: 'alice', json: false } });
    expect(parseCommandLine(['token', 'list', '--json'])).toEqual({ command: 'token', options: { action: 'list', json: true } });
    expect(parseCommandLine(['token', 'revoke', 'alice'])).toEqual({ command: 'token', options: { action: 'revoke', name: 'alice', json: false } });
  });
});
