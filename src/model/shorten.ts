/**
 * Provider messages can be pages long (or HTML); one or two sentences is what a person reads.
 *
 * @example
 * shorten('<html><body>Bad gateway</body></html>'); // 'Bad gateway'
 */
export const shorten = (message: string, max = 300): string => {
  const flat = message.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};
