/**
 * Whether two words are one insertion, deletion, substitution or swap of neighbours apart
 * (Damerau).
 *
 * @example
 * isOneEditAway('oepn', 'open'); // true
 */
export function isOneEditAway(left: string, right: string): boolean {
  if (left === right || Math.abs(left.length - right.length) > 1) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  if (left.length === right.length) {
    if (left.slice(start + 1) === right.slice(start + 1)) return true;
    return left[start] === right[start + 1] && left[start + 1] === right[start] && left.slice(start + 2) === right.slice(start + 2);
  }
  const [longer, shorter] = left.length > right.length ? [left, right] : [right, left];
  return longer.slice(start + 1) === shorter.slice(start);
}
