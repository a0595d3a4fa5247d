import { describe, expect, it } from 'vitest';
import { chunkSections, DEFAULT_CHUNK_OPTIONS } from './chunk.js';
import { extractPage } from './extract-page.js';
import type { ExtractedPage, Section } from './types.js';

const pageOf = (sections: Section[]): ExtractedPage => ({
  title: 'T',
  titleFromUrl: false,
  lang: 'en',
  sections,
  textLength: sections.reduce((n, s) => n + s.text.length, 0),
});

// Distinct numbered sentences make overlaps and losses detectable.
const sentences = (count: number, from = 1): string[] =>
  Array.from(
    { length: count },
    (_, i) => `Sentence number ${from + i} explains one more detail of the configuration file.`,
  );

describe('chunkSections: long sections', () => {
  const paragraphs = Array.from({ length: 12 }, (_, p) => sentences(6, p * 6 + 1).join(' '));
  const text = paragraphs.join('\n\n');
  const section: Section = { headingPath: ['Guide', 'Configuration'], anchor: 'configuration', text };
  const chunks = chunkSections(pageOf([section]));

  it('splits into several chunks within the size limit, each keeping the heading path and anchor', () => {
    expect(text.length).toBeGreaterThan(3 * DEFAULT_CHUNK_OPTIONS.maxChars);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(DEFAULT_CHUNK_OPTIONS.maxChars);
      expect(chunk.headingPath).toEqual(['Guide', 'Configuration']);
      expect(chunk.anchor).toBe('configuration');
    }
    expect(chunks.map((c) => c.position)).toEqual(chunks.map((_, i) => i));
  });

  it('never cuts inside a word and loses no sentence', () => {
    for (const chunk of chunks) {
      expect(chunk.text).toMatch(/^Sentence number \d+ /);
      expect(chunk.text).toMatch(/configuration file\.$/);
    }
    const joined = chunks.map((c) => c.text).join(' ');
    for (const sentence of sentences(72)) expect(joined).toContain(sentence);
  });

  it('repeats whole sentences from the end of a chunk at the start of the next one', () => {
    for (let i = 1; i < chunks.length; i++) {
      const previous = chunks[i - 1]!.text;
      const next = chunks[i]!.text;
      let overlap = Math.min(previous.length, next.length);
      while (overlap > 0 && !previous.endsWith(next.slice(0, overlap))) overlap--;
      expect(overlap).toBeGreaterThan(0);
      expect(overlap).toBeLessThanOrEqual(DEFAULT_CHUNK_OPTIONS.overlapChars);
      expect(next.slice(0, overlap)).toMatch(/^(Sentence number \d+ [^.]+\.\s*)+$/);
    }
  });

  it('prefers paragraph boundaries over sentence boundaries', () => {
    // 12 sentences ≈ 850 characters: both paragraphs together exceed maxChars, the first alone is within the window.
    const twoParagraphs = [sentences(12).join(' '), sentences(12, 13).join(' ')].join('\n\n');
    const [first] = chunkSections(pageOf([{ headingPath: ['A'], anchor: null, text: twoParagraphs }]));
    expect(first!.text).toBe(sentences(12).join(' '));
  });

  it('splits code and lists at line boundaries', () => {
    const code = Array.from({ length: 120 }, (_, i) => `    value_${i} = compute(${i})`).join('\n');
    const chunks = chunkSections(pageOf([{ headingPath: ['Code'], anchor: 'code', text: code }]));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks)
      expect(chunk.text).toMatch(/^value_\d+ = compute\(\d+\)(\n {4}value_\d+ = compute\(\d+\))*$/);
  });

  it('keeps a code block whole in one chunk, blank lines and all, when it fits one', () => {
    const code = Array.from({ length: 14 }, (_, i) => `def step_${i}():\n    return ${i}\n`).join('\n');
    const text = [sentences(12).join(' '), `\`\`\`\n${code}\n\`\`\``, sentences(12, 13).join(' ')].join('\n\n');
    const chunks = chunkSections(pageOf([{ headingPath: ['Code'], anchor: 'code', text }]));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.filter((c) => c.text.includes(`\`\`\`\n${code}\n\`\`\``))).toHaveLength(1);
    for (const chunk of chunks) expect(chunk.text.match(/^```$/gm)?.length ?? 0).toBeOneOf([0, 2]);
  });

  it('cuts a code block longer than a chunk between its lines, each piece fenced, indentation kept', () => {
    const lines = Array.from({ length: 90 }, (_, i) => `    total_${i} = add(total_${i}, ${i})`);
    const text = `Run this:\n\n\`\`\`\n${lines.join('\n')}\n\n${lines.join('\n')}\n\`\`\`\n\nDone.`;
    const chunks = chunkSections(pageOf([{ headingPath: ['Code'], anchor: 'code', text }]));
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(DEFAULT_CHUNK_OPTIONS.maxChars);
      expect(chunk.text.match(/^```$/gm)).toHaveLength(2);
      const inside = chunk.text.slice(chunk.text.indexOf('```\n') + 4, chunk.text.lastIndexOf('\n```'));
      for (const line of inside.split('\n')) expect(line).toMatch(/^( {4}total_\d+ = add\(total_\d+, \d+\))?$/);
    }
    const all = chunks.map((c) => c.text).join('\n');
    for (const line of lines) expect(all).toContain(line);
    expect(chunks[0]!.text).toMatch(/^Run this:\n\n```\n {4}total_0 /);
    expect(chunks.at(-1)!.text).toMatch(/\n```\n\nDone\.$/);
  });

  it('hard-cuts only a single unbreakable token longer than the limit', () => {
    const blob = 'x'.repeat(4000);
    const chunks = chunkSections(pageOf([{ headingPath: ['Blob'], anchor: null, text: `Before. ${blob} After.` }]));
    expect(chunks.every((c) => c.text.length <= DEFAULT_CHUNK_OPTIONS.maxChars)).toBe(true);
    expect(chunks.map((c) => c.text).join('')).toContain('After.');
  });

  it('honours smaller sizes', () => {
    const chunks = chunkSections(pageOf([section]), { maxChars: 400, overlapChars: 0 });
    expect(chunks.every((c) => c.text.length <= 400)).toBe(true);
    expect(
      chunks
        .map((c) => c.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('chunkSections: short and empty sections', () => {
  const long = sentences(5).join(' ');
  const page = pageOf([
    { headingPath: [], anchor: null, text: 'Lead-in line.' },
    { headingPath: ['Install'], anchor: 'install', text: long },
    { headingPath: ['Install', 'Linux'], anchor: null, text: 'Use apt.' },
    { headingPath: ['Install', 'macOS'], anchor: null, text: 'Use brew.' },
    { headingPath: ['Install', 'Windows'], anchor: 'windows', text: 'Use the installer.' },
    { headingPath: ['Install', 'BSD'], anchor: null, text: 'Use pkg.' },
    { headingPath: ['Upgrade'], anchor: 'upgrade', text: long },
    { headingPath: ['Upgrade', 'From 1.x'], anchor: 'from-1', text: long },
    { headingPath: ['Upgrade', 'From 1.x', 'Notes'], anchor: null, text: 'Back up first.' },
    { headingPath: ['Upgrade', 'Empty'], anchor: 'empty', text: '' },
    { headingPath: ['Uninstall'], anchor: null, text: 'Delete the folder.' },
  ]);
  const chunks = chunkSections(page);

  it("folds a short section without an anchor into its parent's chunk right before it, labelled by its heading", () => {
    const install = chunks.find((c) => c.anchor === 'install')!;
    expect(install.text).toBe(`${long}\n\nLinux\nUse apt.\n\nmacOS\nUse brew.`);
    const upgrade = chunks.find((c) => c.anchor === 'from-1')!;
    expect(upgrade.text).toBe(`${long}\n\nNotes\nBack up first.`);
  });

  it('keeps a short section with its own anchor on its own, so a citation lands on its heading', () => {
    expect(chunks.find((c) => c.anchor === 'windows')).toMatchObject({
      headingPath: ['Install', 'Windows'],
      text: 'Use the installer.',
    });
  });

  it('keeps a short section on its own when the chunk before is not its parent’s', () => {
    // After its sibling "Windows", "BSD" would be cited as Windows.
    expect(chunks.find((c) => c.text === 'Use pkg.')).toMatchObject({ headingPath: ['Install', 'BSD'], anchor: null });
    // "Uninstall" follows "Upgrade › From 1.x" (a nephew).
    expect(chunks.find((c) => c.text === 'Delete the folder.')).toMatchObject({ headingPath: ['Uninstall'] });
    // The headingless lead-in never absorbs the first heading.
    expect(chunks[0]).toEqual({ position: 0, headingPath: [], anchor: null, text: 'Lead-in line.' });
  });

  it('drops empty sections and numbers chunks in order', () => {
    expect(chunks.map((c) => c.anchor)).toEqual([null, 'install', 'windows', null, 'upgrade', 'from-1', null]);
    expect(chunks.map((c) => c.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(chunkSections(pageOf([{ headingPath: ['Empty'], anchor: 'e', text: '  \n ' }]))).toEqual([]);
  });
});

describe('chunkSections on extracted HTML', () => {
  it('produces plain-text chunks with heading paths and anchors', () => {
    const body = sentences(60)
      .map((s) => `<p>${s}</p>`)
      .join('');
    const html = `<html><body><main><h1 id="top">Manual</h1><p>Intro paragraph of the manual.</p>
      <section id="setup"><h2>Setup</h2>${body}</section></main></body></html>`;
    const chunks = chunkSections(extractPage(html, 'https://m.test/'));
    expect(chunks[0]).toMatchObject({ headingPath: ['Manual'], anchor: 'top', text: 'Intro paragraph of the manual.' });
    const setup = chunks.filter((c) => c.anchor === 'setup');
    expect(setup.length).toBeGreaterThan(2);
    expect(setup.every((c) => c.headingPath.join('/') === 'Manual/Setup' && !/[<>]/.test(c.text))).toBe(true);
  });
});
