// bench:train runs Grivo as `npm start` ships it: the compiled dist/, which
// `npm run bench:train` builds first (bench:send starts dist/cli.js the same
// way). Run from the TypeScript sources, each page-reading thread would load
// them through tsx, a loader thread of its own: ~1 s of CPU at the start of
// every first training that the product never spends. The benchmark's own
// parts (the baseline's parse, the retrieval's raw SQL) still come from the
// sources: the same code, the same packages.
import fs from 'node:fs';

const DIST = new URL('../dist/', import.meta.url);
if (!fs.existsSync(new URL('services.js', DIST)))
  throw new Error('bench:train runs the build in dist/: run `npm run build` first (npm run bench:train does)');

const compiled = <T>(path: string) => import(new URL(path, DIST).href) as Promise<T>;

export const { loadConfig } = await compiled<typeof import('../src/config.js')>('config.js');
export const { createApiKey } =
  await compiled<typeof import('../src/features/api-keys/service.js')>('features/api-keys/service.js');
export const { createWorkspace } = await compiled<typeof import('../src/features/workspaces/service.js')>(
  'features/workspaces/service.js',
);
export const { buildApp } = await compiled<typeof import('../src/app.js')>('app.js');
export const { jobHandlers } = await compiled<typeof import('../src/worker.js')>('worker.js');
export const { createServices } = await compiled<typeof import('../src/services.js')>('services.js');
