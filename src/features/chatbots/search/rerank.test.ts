import { describe, expect, it } from 'vitest';
import { HEADING_SEPARATOR } from '../../../lib/text-analysis/fields.js';
import type { RankedSection } from './ranked-section.js';
import { RERANK_DEPTH, rerank, rerankFeatures, type RerankModel } from './rerank.js';
import { scoreChunk } from './score-chunk.js';
import { RANKING } from './ranking-params.js';
import type { QueryTerm } from './query-terms.js';

const STATS = {
  chunks: 1000,
  averageLength: { title: 3, heading: 3, path: 3, text: 50 },
  languages: ['en'],
};
const term = (t: string, df: number, idf: number): QueryTerm => ({ term: t, df, idf, variants: [], guessed: false });
// "rotate log files": rotat is the rarest.
const TERMS = [term('rotat', 5, 5), term('log', 100, 2), term('file', 300, 1)];
const READING = { language: 'en', terms: TERMS, names: new Set<string>() };

let ids = 0;
function section(url: string, heading: string[], text: string, base: number): RankedSection {
  const chunk = {
    id: ++ids,
    url,
    anchor: heading.at(-1) ?? null,
    title: 'Logging',
    heading: heading.join(HEADING_SEPARATOR),
    text,
    language: 'en',
    title_terms: 'log',
    heading_terms: heading.at(-1)?.toLowerCase() ?? '',
    path_terms: heading.slice(0, -1).join(' ').toLowerCase(),
    text_terms: text.toLowerCase(),
  };
  const found = scoreChunk(chunk, TERMS, STATS, RANKING.bm25f);
  return { chunk, score: base, base, found, typed: false, reading: READING };
}

describe('rerankFeatures', () => {
  it('reads heading precision, coverage and depth', () => {
    const rotating = section('/handlers', ['Handlers', 'rotat'], 'keep the log file small', 3);
    const mate = section('/handlers', ['Handlers', 'stream'], 'write log lines to a stream', 2);
    const other = section('/howto', ['file log'], 'a log file and another log file', 4);
    const [a, b, c] = rerankFeatures([rotating, mate, other]);
    expect(a!.headingPrecision).toBe(1);
    expect(a!.coverage).toBeCloseTo(1);
    expect(c!.coverage).toBeCloseTo(3 / 8);
    expect(b!.headingPrecision).toBe(0);
    expect(a!.depth).toBeCloseTo(2 / 5);
  });
});

describe('rerank', () => {
  const zero = Object.fromEntries(
    Object.keys(rerankFeatures([section('/a', ['x'], 'log', 1)])[0]!).map((n) => [n, 0]),
  ) as RerankModel;

  it('orders by the model, so a section whose heading names the question can pass a higher first-stage score', () => {
    const rare = section('/a', ['rotat'], 'rotat', 1);
    const common = section('/b', ['x'], 'log file log file', 2);
    expect(rerank([common, rare], { ...zero, base: 1 }).map((s) => s.chunk.id)).toEqual([
      common.chunk.id,
      rare.chunk.id,
    ]);
    expect(rerank([common, rare], { ...zero, base: 1, ownHeading: 5 }).map((s) => s.chunk.id)).toEqual([
      rare.chunk.id,
      common.chunk.id,
    ]);
  });

  it('lowers release notes, so the page documenting a feature passes the one announcing it', () => {
    const announced = section('/whatsnew/3.2.html', ['Logging'], 'rotat log file', 1.2);
    const documented = section('/library/logging.html', ['Handlers'], 'rotat log file', 1);
    const model = { ...zero, base: 1 };
    expect(rerank([announced, documented], model).map((s) => s.chunk.url)).toEqual([
      '/library/logging.html',
      '/whatsnew/3.2.html',
    ]);
    // Far ahead, it stays ahead: "what's new in 3.2" asks for them.
    const far = section('/whatsnew/3.2.html', ['Logging'], 'rotat log file', 2);
    expect(rerank([far, documented], model)[0]!.chunk.url).toBe('/whatsnew/3.2.html');
  });

  it('re-ranks only the first stage’s best RERANK_DEPTH sections', () => {
    const many = Array.from({ length: RERANK_DEPTH + 5 }, (_, i) => section(`/p${i}`, ['log'], 'log', 100 - i));
    expect(rerank(many, { ...zero, base: 1 })).toHaveLength(RERANK_DEPTH);
  });
});
