#!/usr/bin/env node
// Bundles the website widget (widget/widget.ts) into one small script that
// sites embed, and refuses a bundle that grew past its size budget.
//   node scripts/build-widget.mjs [--outfile dist/widget/widget.js] [--max-gzip-bytes 15360]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    outfile: { type: 'string', default: resolve(root, 'dist/widget/widget.js') },
    'max-gzip-bytes': { type: 'string', default: String(15 * 1024) },
  },
});
const outfile = resolve(values.outfile);
const maxGzip = Number(values['max-gzip-bytes']);

await build({
  entryPoints: [resolve(root, 'widget/widget.ts')],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});

const code = readFileSync(outfile);
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`widget: ${outfile} ${kb(code.length)} raw, ${kb(gzipped)} gzipped (${gzipped} bytes; budget ${maxGzip})`);
if (gzipped >= maxGzip) {
  console.error(`widget: the gzipped bundle is ${gzipped} bytes, over its budget of ${maxGzip} bytes.`);
  process.exit(1);
}
