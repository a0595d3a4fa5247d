import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkSections } from './chunk.js';
import { extractPage } from './extract-page.js';
import { HAVE_PYTHON_DOCS, PYTHON_DOCS as DOCS, pythonDocsSuite } from '../../../../test/helpers/python-docs.js';

const NAVIGATION = [
  'Previous topic',
  'Next topic',
  'This Page',
  'Report a Bug',
  'Show Source',
  'Quick search',
  'Go</',
  '¶',
];

const load = (path: string) => {
  const page = extractPage(readFileSync(join(DOCS, path), 'utf8'), `https://docs.python.org/3.11/${path}`);
  return { page, chunks: chunkSections(page) };
};

describe.skipIf(!HAVE_PYTHON_DOCS)(pythonDocsSuite('Python 3.11 docs'), () => {
  it('library/stdtypes.html: title, heading paths, anchors and no navigation', () => {
    const { page, chunks } = load('library/stdtypes.html');
    expect(page.title).toBe('Built-in Types');
    expect(page.lang).toBe('en');

    const bitwise = chunks.filter((c) => c.anchor === 'bitwise-operations-on-integer-types');
    expect(bitwise.length).toBeGreaterThan(0);
    expect(bitwise[0]!.headingPath).toEqual([
      'Built-in Types',
      'Numeric Types — int, float, complex',
      'Bitwise Operations on Integer Types',
    ]);
    // The operator's "|" is escaped in its cell: the row's cells are told apart.
    expect(bitwise.map((c) => c.text).join('\n')).toContain('x \\| y | bitwise or of x and y | (4)');

    const text = chunks.map((c) => c.text).join('\n');
    for (const nav of [...NAVIGATION, 'Navigation', 'Table of Contents']) expect(text, nav).not.toContain(nav);
    // Plain "<" and ">" do occur in the prose (reprs like <class 'int'>), so look for the page's own tags only.
    expect(
      chunks.every(
        (c) => c.text.length <= 1600 && !/<\/?(span|div|a|p|code|pre|dt|dd|section|td)\b[^>]*>/.test(c.text),
      ),
    ).toBe(true);
  });

  it('every heading anchor on stdtypes.html is an id in the original HTML', () => {
    const html = readFileSync(join(DOCS, 'library/stdtypes.html'), 'utf8');
    const { page } = load('library/stdtypes.html');
    const headed = page.sections.filter((s) => s.headingPath.length > 0);
    expect(headed.length).toBeGreaterThan(40);
    for (const section of headed) expect(html, section.anchor ?? 'null').toContain(`id="${section.anchor}"`);
  });

  it('tutorial/controlflow.html: section anchors and code examples', () => {
    const { page, chunks } = load('tutorial/controlflow.html');
    expect(page.title).toBe('4. More Control Flow Tools');
    const defining = chunks.find((c) => c.anchor === 'defining-functions');
    expect(defining?.headingPath).toEqual(['4. More Control Flow Tools', '4.7. Defining Functions']);
    expect(defining?.text).toContain('>>> def fib(n):');
    expect(chunks.map((c) => c.text).join('\n')).not.toContain('Previous topic');
  });

  // The pages without chunks are the docs' own tables of contents and indexes: links, not answers.
  it('extracts all 530 pages without throwing, all but the tables of contents with chunks, none with navigation', () => {
    const files = (readdirSync(DOCS, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.html') && !f.startsWith('_'))
      .sort();
    expect(files.length).toBe(530);
    const htmls = files.map((f) => [f, readFileSync(join(DOCS, f), 'utf8')] as const);

    let withChunks = 0;
    const withoutChunks: string[] = [];
    let slowest = { file: '', ms: 0 };
    const leaks: string[] = [];
    const started = performance.now();
    for (const [file, html] of htmls) {
      const t = performance.now();
      const chunks = chunkSections(extractPage(html, `https://docs.python.org/3.11/${file}`));
      const ms = performance.now() - t;
      if (ms > slowest.ms) slowest = { file, ms };
      if (chunks.length > 0) withChunks++;
      else if (!/toctree-wrapper|indextable|<ul class="simple">/.test(html)) withoutChunks.push(file);
      for (const c of chunks) for (const nav of NAVIGATION) if (c.text.includes(nav)) leaks.push(`${file}: ${nav}`);
    }
    const total = performance.now() - started;
    console.log(
      `python docs: ${files.length} pages in ${total.toFixed(0)} ms, ${(total / files.length).toFixed(2)} ms/page, ` +
        `slowest ${slowest.file} ${slowest.ms.toFixed(0)} ms`,
    );
    expect(withChunks / files.length).toBeGreaterThanOrEqual(0.85);
    expect(withoutChunks).toEqual([]);
    expect(leaks).toEqual([]);
  });
});
