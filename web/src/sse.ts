/** One Server-Sent Event as read off the wire. */
export interface ServerSentEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * A push parser for `text/event-stream` (the WHATWG rules jobpilot's server follows: `id:`,
 * `event:`, `data:` lines, a blank line ends an event, `:` lines are comments such as
 * keep-alives). Feed it decoded text in whatever pieces the network gives.
 *
 * @example
 * const parse = eventStreamParser((event) => console.log(event.event, JSON.parse(event.data)));
 * parse('event: run-start\ndata: {"run_id":"r"}\n\n');
 */
export function eventStreamParser(onEvent: (event: ServerSentEvent) => void): (text: string) => void {
  let buffer = '';
  let id: string | undefined;
  let event = '';
  let data: string[] = [];
  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onEvent({ id, event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id') id = value;
  };
  return (text: string) => {
    buffer += text;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(buffer);
      // A lone \r at the end may be the first half of \r\n: wait for the next piece.
      if (!match || (match[0] === '\r' && match.index === buffer.length - 1)) return;
      line(buffer.slice(0, match.index));
      buffer = buffer.slice(match.index + match[0].length);
    }
  };
}
