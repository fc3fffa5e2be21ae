/**
 * Does `text` end with something a person copies — a URL, a path, a file name or an id?
 * Such an ending takes no full stop: `/home/ana/letter.pdf.` breaks the copied path.
 *
 * @example
 * endsWithReference('Exported "Letter" as PDF: /home/ana/letter.pdf'); // true
 */
export function endsWithReference(text: string): boolean {
  const last = text.trimEnd().split(/\s+/).at(-1)?.replace(/^[([{"'`<]+/, '') ?? '';
  if (last === '' || /[)\]}"'`>]$/.test(last)) return false;
  return (
    /^[a-z][a-z0-9+.-]*:\/\/\S/i.test(last) ||
    /^(?:~|\.{1,2})?\/\S/.test(last) ||
    /^[A-Za-z]:\\/.test(last) ||
    /^[\w.-]+\.(?:pdf|docx?|odt|rtf|md|markdown|txt|json|csv|html?|png|jpe?g)$/i.test(last) ||
    /^[a-z]{2,4}_[0-9a-z]{4,}$/.test(last) ||
    /^[0-9a-f]{12}$/.test(last)
  );
}

/**
 * `text` ended as a sentence: a full stop unless it already ends with `.`, `!`, `?` or `…` (a closing
 * quote or bracket after it included), or
 * ends with a reference (URL, path, id), which keeps its last character its own. A block
 * of several lines (a list, a letter ending in its signature) is no sentence and stays as it is.
 *
 * @example
 * asSentence('Saved a screenshot to /tmp/shot.png'); // unchanged
 * asSentence('Launched calculator'); // 'Launched calculator.'
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return endsSentence(trimmed) || trimmed.includes('\n') || endsWithReference(trimmed) ? trimmed : `${trimmed}.`;
}

// "…done.", "…done!", and a quotation or bracket closed after its own stop: `said “Hybrid 2 days.”`, "(see above.)".
const endsSentence = (text: string): boolean => /[.!?…][\s"'”’»)\]]*$/.test(text);

/**
 * Sentences as one reply: a space between short ones, a line break after one that spans
 * lines or ends with a reference (so the next word is not read as part of a path).
 *
 * @example
 * joinSentences(['Saved a screenshot to /tmp/a.png', 'Opened https://github.com/ in the browser.']);
 * // 'Saved a screenshot to /tmp/a.png\nOpened https://github.com/ in the browser.'
 */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((joined, sentence, index) => {
    if (index === 0) return sentence;
    const previous = sentences[index - 1] ?? '';
    const apart = previous.includes('\n') || sentence.includes('\n') || endsWithReference(previous);
    return `${joined}${apart ? '\n' : ' '}${sentence}`;
  }, '');
}
