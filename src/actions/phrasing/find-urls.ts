/**
 * An address written out: a scheme, or a name with a top-level domain people write ("com",
 * "io"), a country's after it ("com.br", "co.uk"), or a country's alone ("praca.pl"; not
 * two-letter words a sentence may run into, "it", "in", "at", "no", nor "js" of "node.js").
 * Never the domain of an email address ("ana@sapo.pt" names a mailbox, not a site to open).
 */
const urlInText =
  /\bhttps?:\/\/[^\s<>"'()[\]]+|(?<![@.])\b(?:www\.)?(?:[a-z0-9-]+\.)+(?:(?:com|org|net|io|co|dev|ai|app|jobs|fyi|edu|gov|me|uk|de)(?:\.[a-z]{2})?|br|pl|fr|nl|es|pt|se|dk|fi|ie|nz|za|mx|ar|cl|jp|kr|cn|sg|hk|ru|cz|hu|ro|gr|ch|au|ca|eu)\b(?!@)(?:\/[^\s<>"'()[\]]*)?/gi;

/**
 * The web addresses mentioned in a message, in order, without trailing punctuation.
 *
 * @example
 * findUrls('Try https://remoteok.com, or wellfound.com.'); // ['https://remoteok.com', 'wellfound.com']
 */
export function findUrls(text: string): string[] {
  return (text.match(urlInText) ?? []).map((url) => url.replace(/[.,;:!?]+$/, ''));
}

/** Whether two addresses point at the same page, ignoring scheme, "www." and a trailing slash. */
export function sameAddress(left: string, right: string): boolean {
  return comparable(left) === comparable(right);
}

const comparable = (url: string): string =>
  url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
