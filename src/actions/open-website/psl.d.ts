// psl ships types (types/index.d.ts) that its package.json "exports" does not point to; the part used here.
declare module 'psl' {
  /** Whether a domain name is valid and ends in a public suffix of the Public Suffix List. */
  export function isValid(domain: string): boolean;
  const psl: { isValid: typeof isValid };
  export default psl;
}
