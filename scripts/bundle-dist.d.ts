/** Packages loaded from node_modules as they are, not bundled. */
export const unbundledPackages: string[];
/** Bundles the compiled CLI (and through its lazy imports the server) into `outdir` (default dist/bundle/). */
export function bundleDist(root: string, where?: { entryPoint?: string; outdir?: string }): Promise<void>;
