/**
 * The layer rule (docs/architecture.md): a module imports only from its own layer or the
 * ones below it, and nothing imports in a circle. `npm run check:imports` (run by CI) fails
 * on any import that breaks it. Type-only imports count: a type is a dependency too.
 */
const layers = [
  ['src/(protocol/|time/|config\\.ts|errors\\.ts)', 'base'],
  ['src/(db|model)/', 'db-model'],
  ['src/resume/', 'resume'],
  ['src/(jobs|grounding)/', 'jobs-grounding'],
  ['src/documents/', 'documents'],
  ['src/present/', 'present'],
  ['src/(alerts|notifications)/', 'alerts-notifications'],
  ['src/career/', 'career'],
  ['src/actions/', 'actions'],
  ['src/planner/', 'planner'],
  ['src/graph/', 'graph'],
  ['src/runs/', 'runs'],
  ['src/server/', 'server'],
  ['src/(jobpilot|main)\\.ts', 'root'],
  ['src/cli/', 'cli'],
];

const upward = layers.flatMap(([path, name], index) =>
  layers.slice(index + 1).map(([higher, higherName]) => ({
    name: `${name}-not-to-${higherName}`,
    severity: 'error',
    comment: `${name} is below ${higherName}: it must not import from it.`,
    from: { path: `^${path}` },
    to: { path: `^${higher}` },
  })),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other in a circle cannot be understood or tested apart.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-not-to-tests',
      severity: 'error',
      comment: 'Production code never imports test code.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
