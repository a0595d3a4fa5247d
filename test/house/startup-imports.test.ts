import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from './source-files.js';

// A package only some servers use, or use only for one task, is imported
// where it is first needed (`await import('…')`), not when the server starts:
// each one loaded takes megabytes in every process (ARCHITECTURE.md).
const LOADED_WHEN_USED = [
  'bullmq', // Redis queue: only with REDIS_URL
  'ioredis',
  'pg', // only with a PostgreSQL DATABASE_URL
  'mailparser', // bounce mailbox reports
  'smtp-server', // the `bounces` role
  'undici', // crawling a website to train a chatbot
  'fast-xml-parser', // its sitemaps
  'file-type', // a file uploaded as a chatbot source
  'jszip', // a Word document among them
  'mammoth',
];

const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** What a module loads as it is loaded: its static imports, less those of types only. */
function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((match) => match[1]!);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The packages loaded with `entry` (relative to the root), following its static imports through the source. */
function packagesLoadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of staticImports(read(file))) {
      if (specifier.startsWith('.'))
        visit(path.posix.join(path.posix.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  };
  visit(entry);
  return packages;
}

describe('a server starts without the packages it loads when first used', () => {
  it('reads static imports, not type-only or dynamic ones (so the check below can fail)', () => {
    const source = [
      `import { a,\n  b } from 'one';`,
      `import two from '@scope/two/sub';`,
      `import type { T } from 'types-only';`,
      `export { c } from './three.js';`,
      `import 'side-effect';`,
      `const later = await import('dynamic');`,
    ].join('\n');
    expect(staticImports(source)).toEqual(['one', '@scope/two/sub', './three.js', 'side-effect']);
    expect(packageName('@scope/two/sub')).toBe('@scope/two');
    expect(packagesLoadedBy('src/jobs/bullmq-queue.ts')).toContain('bullmq');
  });

  it('none of them is reachable from src/main.ts through static imports', () => {
    const loaded = packagesLoadedBy('src/main.ts');
    expect(loaded).toContain('fastify');
    expect(LOADED_WHEN_USED.filter((name) => loaded.has(name))).toEqual([]);
  });
});
