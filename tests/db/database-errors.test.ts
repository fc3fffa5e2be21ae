import { describe, expect, it } from 'vitest';
import { databaseUnavailable, isDatabaseUnavailable } from '../../src/db/database-errors.ts';
import { JobpilotError } from '../../src/errors.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['connect ECONNREFUSED', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset socket', withCode('ECONNRESET', 'read ECONNRESET')],
    ['an unknown host (a stopped container)', withCode('ENOTFOUND', 'getaddrinfo ENOTFOUND db')],
    ['57P01 admin_shutdown', withCode('57P01', 'terminating connection due to administrator command')],
    ['57P02 crash_shutdown', withCode('57P02')],
    ['57P03 cannot_connect_now', withCode('57P03', 'the database system is starting up')],
    ['08006 connection_failure', withCode('08006')],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['a connect timeout', new Error('Connection terminated due to connection timeout')],
    ['a full pool past its wait', new Error('timeout exceeded when trying to connect')],
    ['a client whose connection failed', new Error('Client has encountered a connection error and is not queryable')],
    ['a cause', new Error('checkpoint write failed', { cause: withCode('ECONNREFUSED') })],
    ['an AggregateError (IPv4 and IPv6 refused)', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
    ['a wrapped INTERNAL', new JobpilotError('INTERNAL', 'Unexpected error', { cause: withCode('57P01') })],
    ['DATABASE_UNAVAILABLE itself', new JobpilotError('DATABASE_UNAVAILABLE', 'away')],
  ])('is true for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value')],
    ['a syntax error', withCode('42601', 'syntax error at or near')],
    ['a query cancelled by statement_timeout', withCode('57014', 'canceling statement due to statement timeout')],
    ['a bad password (a configuration problem, not an outage)', withCode('28P01', 'password authentication failed')],
    ['a pool already ended (shutdown)', new Error('Cannot use a pool after calling end on the pool')],
    ['another JobpilotError', new JobpilotError('THREAD_BUSY', 'busy')],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('does not loop on a cause that points back at itself', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('databaseUnavailable', () => {
  it('is a retryable 503 that says what happened and what to do, never where the server is', () => {
    const error = databaseUnavailable(withCode('ECONNREFUSED', 'connect ECONNREFUSED 10.1.2.3:5432'));
    expect(error).toBeInstanceOf(JobpilotError);
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/^The database is not reachable right now \(ECONNREFUSED\)\. /);
    expect(error.message).toMatch(/try again in a few seconds/);
    expect(error.message).toMatch(/check that Postgres is running/);
    expect(error.message).not.toMatch(/10\.1\.2\.3|5432/);
    expect(databaseUnavailable(withCode('57P03')).message).toMatch(/\(cannot_connect_now\)/);
  });
});
