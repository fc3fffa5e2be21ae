import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// There is no Docker engine on the development machine: this reads the Dockerfile for what the
// image must be (a build stage making dist/ and its bundle; a runtime of the bundle, without the
// sources or tsx), checks that what it copies from the build context exists and is not ignored,
// and runs the runtime's entry point the way the image lays it out.
const root = process.cwd();
const run = promisify(execFile);

interface Stage {
  name: string | null;
  instructions: Array<{ keyword: string; text: string }>;
}

/** The Dockerfile's stages, each with its instructions (continuation lines joined, comments left out). */
function stagesOf(dockerfile: string): Stage[] {
  const lines = dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword = '', text = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') stages.push({ name: /\bAS\s+(\S+)/i.exec(text)?.[1] ?? null, instructions: [] });
    stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), text });
  }
  return stages;
}

/** A COPY's sources and destination, and the stage it copies from (null: the build context). */
function copyOf(text: string): { from: string | null; sources: string[]; destination: string } {
  const words = text.split(/\s+/);
  const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length) ?? null;
  const paths = words.filter((word) => !word.startsWith('--'));
  return { from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' };
}

const stages = stagesOf(readFileSync(join(root, 'Dockerfile'), 'utf8'));
const runtime = stages.at(-1) as Stage;
const copies = (stage: Stage) => stage.instructions.filter(({ keyword }) => keyword === 'COPY').map(({ text }) => copyOf(text));
const runs = (stage: Stage) => stage.instructions.filter(({ keyword }) => keyword === 'RUN').map(({ text }) => text);

describe('the Dockerfile', () => {
  it('builds dist/ and its bundle in a stage of its own, from the sources and what the build script imports', () => {
    const build = stages.find(({ name }) => name === 'build');
    expect(build, 'a stage named build').toBeDefined();
    expect(runs(build as Stage).some((command) => /\bnpm run build\b/.test(command))).toBe(true);
    // Every dependency there (TypeScript is a dev dependency): no --omit=dev.
    expect(runs(build as Stage).find((command) => /\bnpm ci\b/.test(command))).not.toMatch(/--omit=dev/);
    const copied = copies(build as Stage).flatMap(({ sources }) => sources);
    // What `npm run build` reads: the sources, the compiler's settings, the build script and what it imports.
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'src', 'scripts', 'bin']) {
      expect(copied, needed).toContain(needed);
    }
    for (const imported of readFileSync(join(root, 'scripts', 'build-dist.js'), 'utf8').matchAll(/from '(\.\.?\/[^']+)'/g)) {
      const path = join('scripts', imported[1] as string).split('/')[0] as string;
      expect(copied, `${imported[1]} (imported by scripts/build-dist.js)`).toContain(path);
    }
  });

  it('runs the bundle from the build stage, with production dependencies only, no sources and no tsx', () => {
    const runtimeCopies = copies(runtime);
    expect(runtimeCopies).toContainEqual({ from: 'build', sources: ['/app/dist'], destination: './dist' });
    const nodeModules = runtimeCopies.find(({ sources }) => sources.some((source) => source.endsWith('node_modules')));
    const depsStage = stages.find(({ name }) => name === nodeModules?.from);
    expect(runs(depsStage as Stage).some((command) => /\bnpm ci\b.*--omit=dev/.test(command))).toBe(true);
    const copiedSources = runtimeCopies.filter(({ from }) => from === null).flatMap(({ sources }) => sources);
    expect(copiedSources.filter((source) => source === 'src' || source.startsWith('src/cli'))).toEqual([]);
    const command = runtime.instructions.find(({ keyword }) => keyword === 'CMD')?.text ?? '';
    expect(JSON.parse(command)).toEqual(['node', 'bin/jobpilot.js', 'serve']);
    expect(runtime.instructions.map(({ text }) => text).join('\n')).not.toMatch(/\btsx\b/);
  });

  it('copies into the runtime every source file the web app imports (it is built from web/ at start), each where it was', async () => {
    const { build } = await import('esbuild');
    const { metafile } = await build({ entryPoints: [join(root, 'web', 'src', 'main.ts')], bundle: true, write: false, format: 'esm', metafile: true, logLevel: 'silent', absWorkingDir: root });
    const imported = Object.keys(metafile.inputs).filter((path) => !path.startsWith('web/'));
    expect(imported.length).toBeGreaterThan(0);
    const runtimeCopies = copies(runtime).filter(({ from }) => from === null);
    for (const path of imported) {
      const copy = runtimeCopies.find(({ sources }) => sources.some((source) => path === source || path.startsWith(`${source}/`)));
      expect(copy, `${path} (imported by the web app)`).toBeDefined();
      // A single file copied into a directory keeps its name there.
      const destination = copy?.sources.includes(path) ? join(copy.destination, path.split('/').at(-1) as string) : path;
      expect(destination.replace(/^\.\//, '')).toBe(path);
    }
    expect(copies(runtime).some(({ sources }) => sources.includes('web'))).toBe(true);
  });

  it('copies from the build context only paths that exist and that .dockerignore lets through', () => {
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    const fromContext = stages.flatMap((stage) => copies(stage).filter(({ from }) => from === null)).flatMap(({ sources }) => sources);
    expect(fromContext.length).toBeGreaterThan(0);
    for (const source of fromContext) {
      expect(existsSync(join(root, source)), source).toBe(true);
      expect(ignored, source).not.toContain(source);
    }
  });
});

describe("the image's entry point", () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((path) => rm(path, { recursive: true, force: true })));
  });

  it("runs dist/bundle/main.js where the CLI's sources are not beside it, as in the image", async () => {
    const app = await mkdtemp(join(tmpdir(), 'jobpilot-image-'));
    made.push(app);
    // Laid out as the runtime stage lays it out: bin/, package.json, dist/ (here a stand-in bundle), of src/ only a web app import.
    await cp(join(root, 'bin'), join(app, 'bin'), { recursive: true });
    await cp(join(root, 'package.json'), join(app, 'package.json'));
    await mkdir(join(app, 'src', 'protocol'), { recursive: true });
    await cp(join(root, 'src', 'protocol', 'vocabulary.ts'), join(app, 'src', 'protocol', 'vocabulary.ts'));
    await mkdir(join(app, 'dist', 'bundle'), { recursive: true });
    await writeFile(join(app, 'dist', 'bundle', 'main.js'), "console.log('bundle', process.argv.slice(2).join(' '));\n");
    const { stdout } = await run(process.execPath, [join(app, 'bin', 'jobpilot.js'), 'serve'], { cwd: app });
    expect(stdout.trim()).toBe('bundle serve');
  });
});
