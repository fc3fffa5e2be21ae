/**
 * Paths, URLs and ids in `text` that are directly followed by punctuation a copy would
 * take with them (`/tmp/cv.pdf.`, `https://github.com/,`, `res_3f9a1c0b7d:`). A reference
 * closed by a bracket or quote (`[res_3f9a1c0b7d].`, `"cv.pdf".`) is fine: the bracket ends it.
 *
 * Written independently of src/ (it is the oracle the summaries are checked against).
 *
 * @example
 * punctuatedReferences('Saved to /tmp/a.png.'); // ['/tmp/a.png.']
 */
export function punctuatedReferences(text: string): string[] {
  const found: string[] = [];
  for (const token of text.split(/\s+/)) {
    const body = token.replace(/^[([{"'`<]+/, '');
    const match = /^(.*?)([.,;:]+)$/.exec(body);
    if (!match?.[1]) continue;
    if (isReference(match[1])) found.push(token);
  }
  return found;
}

function isReference(candidate: string): boolean {
  if (/[)\]}"'`>]$/.test(candidate)) return false;
  return (
    /^[a-z][a-z0-9+.-]*:\/\/\S+/i.test(candidate) || // URL
    /^(?:~|\.{1,2})?\/\S*[^/\s]/.test(candidate) || // POSIX path
    /^[A-Za-z]:\\/.test(candidate) || // Windows path
    /^[\w.-]+\.(?:pdf|docx?|md|txt|json|png|jpe?g|csv|html?)$/i.test(candidate) || // file name
    /^(?:res|doc|run|thr|job)_[0-9a-z]{4,}$/i.test(candidate) || // stored ids
    /^[0-9a-f]{12}$/.test(candidate) // job ids
  );
}
