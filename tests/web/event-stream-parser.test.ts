import { describe, expect, it } from 'vitest';
import { encodeEvent } from '../../src/server/sse.ts';
import { eventStreamParser, type ServerSentEvent } from '../../web/src/sse.ts';

const parseAll = (pieces: string[]) => {
  const events: ServerSentEvent[] = [];
  const feed = eventStreamParser((event) => events.push(event));
  for (const piece of pieces) feed(piece);
  return events;
};

describe("the web app's event-stream parser", () => {
  const wire =
    encodeEvent(1, { type: 'run-start', run_id: 'r1', thread_id: 't' }) +
    ': keep-alive\n\n' +
    encodeEvent(2, { type: 'message-delta', text: 'Héllo, 世界 — "quoted"\\n' }) +
    encodeEvent(3, { type: 'run-end', run_id: 'r1', status: 'completed' });

  it("reads the server's own encoding: ids, names, JSON data, and skips keep-alive comments", () => {
    const events = parseAll([wire]);
    expect(events.map((event) => [event.id, event.event])).toEqual([['1', 'run-start'], ['2', 'message-delta'], ['3', 'run-end']]);
    expect(JSON.parse(events[1]?.data ?? '')).toEqual({ text: 'Héllo, 世界 — "quoted"\\n' });
  });

  it('gives the same events whatever pieces the network cuts the stream into, one character at a time included', () => {
    const whole = parseAll([wire]);
    expect(parseAll(wire.split(''))).toEqual(whole);
    for (const size of [2, 3, 7, 13]) {
      const pieces: string[] = [];
      for (let at = 0; at < wire.length; at += size) pieces.push(wire.slice(at, at + size));
      expect(parseAll(pieces)).toEqual(whole);
    }
  });

  it('accepts CRLF and CR line ends, a CRLF split across two pieces, and several data lines', () => {
    const crlf = 'id: 1\r\nevent: plan\r\ndata: {"a":1}\r\n\r\n';
    expect(parseAll([crlf.slice(0, 13), crlf.slice(13)])).toEqual([{ id: '1', event: 'plan', data: '{"a":1}' }]);
    // A lone CR at the end of a piece may be half of a CRLF: it is read once the next piece says.
    expect(parseAll(['event: x\rdata: 1\r\r'])).toEqual([]);
    expect(parseAll(['event: x\rdata: 1\r\r', ': keep-alive\n'])).toEqual([{ id: undefined, event: 'x', data: '1' }]);
    const split = 'event: x\r';
    expect(parseAll([split, '\ndata: 1\r\n\r\n'])).toEqual([{ id: undefined, event: 'x', data: '1' }]);
    expect(parseAll(['data: a\ndata: b\n\n'])).toEqual([{ id: undefined, event: 'message', data: 'a\nb' }]);
  });

  it('holds an event that has not ended yet', () => {
    expect(parseAll(['event: run-end\ndata: {}\n'])).toEqual([]);
  });
});
