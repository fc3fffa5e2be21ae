/**
 * For a view that loads again whenever a filter changes: each load asks `begin()` for a check, and shows its
 * answer only while that check says it is still the newest load. A slower answer to an older filter that
 * arrives after a newer load began is dropped instead of being drawn over the newer one.
 */
export function newestOnly(): () => () => boolean {
  let newest = 0;
  return () => {
    const mine = ++newest;
    return () => mine === newest;
  };
}
