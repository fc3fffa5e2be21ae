/**
 * A thread's title: the first words of its first message.
 *
 * @example
 * titleFrom('find TypeScript jobs at Stripe'); // 'find TypeScript jobs at Stripe'
 */
export const titleFrom = (message: string): string => {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
};
