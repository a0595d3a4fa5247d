#!/usr/bin/env node
// Builds the dashboard (web/) with Vite into dist/web, then refuses a build
// whose initial JavaScript (the entry and what index.html preloads) grew past
// its budget: that is what every visitor downloads before seeing anything.
//   node scripts/build-web.mjs [--max-initial-gzip-bytes 256000]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { 'max-initial-gzip-bytes': { type: 'string', default: String(250 * 1024) } },
});
const budget = Number(values['max-initial-gzip-bytes']);

await build({ configFile: join(root, 'web/vite.config.ts') });

const outDir = join(root, 'dist/web');
const html = readFileSync(join(outDir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map(
  (m) => m[1],
);
let raw = 0;
let gzipped = 0;
for (const file of initial) {
  const bytes = readFileSync(join(outDir, file));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `dashboard: ${initial.length} initial script(s), ${kb(raw)} raw, ${kb(gzipped)} gzipped (budget ${kb(budget)})`,
);
if (initial.length === 0) throw new Error('dist/web/index.html loads no script: the build is broken.');
if (gzipped > budget) {
  console.error(`dashboard: initial JavaScript is ${gzipped} bytes gzipped, over the ${budget}-byte budget.`);
  process.exit(1);
}
