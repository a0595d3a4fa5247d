import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const script = join(root, 'scripts/build-widget.mjs');
const BUDGET = 15 * 1024;

describe('widget bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'grivo-widget-'));
  const outfile = join(dir, 'widget.js');
  let stdout = '';
  let bundle = '';
  beforeAll(async () => {
    ({ stdout } = await run(process.execPath, [script, '--outfile', outfile], { cwd: root }));
    bundle = readFileSync(outfile, 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one minified script that runs without a module loader', () => {
    expect(bundle).toMatch(/^"use strict";\(\(\)=>\{/);
    expect(bundle).not.toMatch(/^\s*(import|export)\s/m);
    expect(bundle).not.toContain('sourceMappingURL');
    expect(bundle.length).toBeLessThan(40_000);
  });

  it(`stays under ${BUDGET} bytes gzipped, and the build prints both sizes`, () => {
    const gzipped = gzipSync(bundle, { level: 9 }).length;
    expect(gzipped).toBeLessThan(BUDGET);
    expect(stdout).toMatch(/KB raw, [\d.]+ KB gzipped/);
    expect(stdout).toContain(`(${gzipped} bytes;`);
  });

  it('fails the build when the bundle outgrows its budget', async () => {
    const failed = await run(
      process.execPath,
      [script, '--outfile', join(dir, 'small.js'), '--max-gzip-bytes', '1000'],
      { cwd: root },
    ).catch((err) => err);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/over its budget of 1000 bytes/);
  });
});

describe('widget sources', () => {
  const dir = join(root, 'widget');
  const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
  const sources = files.map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);

  it('has its files', () => {
    expect(files).toContain('widget.ts');
  });

  // Answers, titles and snippets come from crawled pages: rendering them as
  // markup would run whatever script a page carried.
  it.each([
    ['innerHTML', /\.innerHTML\b/],
    ['outerHTML', /\.outerHTML\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\s*\.\s*write(ln)?\s*\(/],
    ['eval', /\beval\s*\(/],
    ['new Function', /new\s+Function\s*\(/],
    ['setTimeout with a string', /setTimeout\s*\(\s*['"`]/],
    ['createContextualFragment', /createContextualFragment/],
    ['DOMParser', /DOMParser/],
  ])('never uses %s', (_, pattern) => {
    for (const [name, text] of sources) expect({ name, uses: pattern.test(text) }).toEqual({ name, uses: false });
  });

  it('never carries a key: it calls only the public endpoints, without credentials', () => {
    for (const [name, text] of sources) {
      expect({ name, auth: /authorization|bearer|\/v1\//i.test(text) }).toEqual({ name, auth: false });
    }
    expect(sources.find(([name]) => name === 'api.ts')?.[1]).toContain("credentials: 'omit'");
  });
});
