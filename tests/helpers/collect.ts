import type { RunEvent } from '../../src/protocol/events.ts';

/** Drains a run's event stream into an array. */
export async function collect(events: AsyncIterable<RunEvent>): Promise<RunEvent[]> {
  const all: RunEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** The event types in order, for sequence assertions. */
export const typesOf = (events: RunEvent[]) => events.map((event) => event.type);

/** The last event, which is always `run-end`. */
export const endOf = (events: RunEvent[]) => {
  const last = events.at(-1);
  if (last?.type !== 'run-end')
    throw new Error(`The stream did not end with run-end: ${JSON.stringify(last)}`);
  return last;
};
