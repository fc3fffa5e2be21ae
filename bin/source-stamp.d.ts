/** The package's root directory. */
export const root: string;
/** Where the stamp of the sources dist/ was built from is kept. */
export const stampFile: string;
/** One line per file under src/, and for package.json: path, size, modification time. */
export function sourceStamp(): string;
