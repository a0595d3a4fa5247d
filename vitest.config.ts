import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'web/src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Files run in parallel in forks; each file gets its own SQLite file,
    // PostgreSQL schema and Redis key prefix, so they never collide. Vitest's
    // default (one fork fewer than the cores) is a single fork on a 2-core
    // machine, and most of a file's time is spent waiting on its servers,
    // child processes and Chromium: two forks keep both cores busy.
    pool: 'forks',
    // A fork runs file after file without reloading the modules (every file
    // imports most of the app: ~2 s each, a third of the run, when isolated).
    // Each file opens its own databases, servers and key prefixes, and none
    // mocks a module. One exception: the OpenAPI document came out different
    // after other files had run (cause not found), so the contract test
    // builds it in a process of its own (test/contract/generated.test.ts).
    poolOptions: { forks: { minForks: 1, maxForks: 2, isolate: false } },
    reporters: ['default', './test/helpers/summary-reporter.ts'],
  },
});
