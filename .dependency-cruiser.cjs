// The layer rules of ARCHITECTURE.md, checked on every `npm test` (npm run lint:deps).
// Tests and benchmarks are left out: they are the composition's users and may reach anywhere.
const ROOT = '^src/(main|services|app|worker|cli|openapi-document)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No file imports itself through others.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment: 'Folders (and so features) depend on each other in one direction only.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'nothing-imports-the-root',
      severity: 'error',
      comment: 'Only the composition root (main, services, app, worker, cli) knows every part.',
      from: { path: '^src/', pathNot: ROOT },
      to: { path: ROOT },
    },
    {
      name: 'http-is-a-toolkit',
      severity: 'error',
      comment: 'http/ imports no feature, runs no query and starts no job.',
      from: { path: '^src/http/' },
      to: { path: '^src/(features|storage|jobs|providers)/' },
    },
    {
      name: 'infrastructure-imports-no-feature',
      severity: 'error',
      comment: 'storage, jobs, providers and rate-limit serve the features and know none of them, nor HTTP.',
      from: { path: '^src/(storage|jobs|providers|rate-limit)/' },
      to: { path: '^src/(features|http)/' },
    },
    {
      name: 'providers-use-no-storage',
      severity: 'error',
      comment: 'A provider talks to the outside world; what to store is the feature’s decision.',
      from: { path: '^src/providers/' },
      to: { path: '^src/(storage|jobs)/' },
    },
    {
      name: 'cli-is-a-client',
      severity: 'error',
      comment: 'src/cli/ talks to a Grivo server through the SDK, like any client: it knows no server part.',
      from: { path: '^src/cli/' },
      to: { path: '^src/', pathNot: '^src/(cli|lib)/' },
    },
    {
      name: 'lib-stands-alone',
      severity: 'error',
      comment: 'lib/ and config.ts are leaves: pure helpers everyone may use.',
      from: { path: '^src/(lib/|config\\.ts$)' },
      to: { path: '^src/', pathNot: '^src/(lib/|config\\.ts$)' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.test\\.ts$|^test/|^bench/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
