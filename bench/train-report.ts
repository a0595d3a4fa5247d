// The report of `npm run bench:train`: its tables, and the formatting the
// other parts share for the lines they print as they go.
import type { Dialect } from '../src/storage/database.js';
import type { RetrievalFigures } from './train-retrieval.js';
import type { Training, TrainingFigures } from './train-training.js';

const GOALS = { pagesPerSecond: 25, baselineRatio: 0.5, retrainRatio: 0.2, searchP95Ms: 20, chatP95Ms: 40 };

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mark = (met: boolean) => (met ? '✓' : '✗');
export const log = (line: string) => console.log(`  ${line}`);

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** What one engine's run measured. */
export interface EngineRun extends TrainingFigures, RetrievalFigures {
  engine: Dialect;
}

/** The three tables: training, training against its baseline, retrieval. */
export function report(runs: EngineRun[], questions: number): void {
  console.log('\ntraining (the Python 3.11 docs over loopback)');
  console.log(
    [
      'engine'.padEnd(9),
      'pages'.padStart(6),
      'first s'.padStart(8),
      'pages/s'.padStart(8),
      'retrain s'.padStart(10),
      'ratio'.padStart(6),
      '200 / 304 first'.padStart(16),
      '200 / 304 retrain'.padStart(18),
      ' goals',
    ].join(' '),
  );
  for (const r of runs) {
    const perSecond = r.first.bot.pages_trained / r.first.seconds;
    const ratio = r.retrain.seconds / r.first.seconds;
    const codes = (t: Training) => `${fmt(t.site.byStatus[200] ?? 0)} / ${fmt(t.site.byStatus[304] ?? 0)}`;
    console.log(
      [
        r.engine.padEnd(9),
        fmt(r.first.bot.pages_trained).padStart(6),
        r.first.seconds.toFixed(1).padStart(8),
        fmt(perSecond, 1).padStart(8),
        r.retrain.seconds.toFixed(2).padStart(10),
        ratio.toFixed(2).padStart(6),
        codes(r.first).padStart(16),
        codes(r.retrain).padStart(18),
        ` pages/s ≥ ${GOALS.pagesPerSecond} ${mark(perSecond >= GOALS.pagesPerSecond)}, retrain ≤ ${GOALS.retrainRatio} of first ${mark(ratio <= GOALS.retrainRatio)}`,
      ].join(' '),
    );
  }
  console.log(
    '\nfirst training against the baseline (the same HTML pages fetched with the same concurrency and parsed, nothing else)',
  );
  console.log(
    [
      'engine'.padEnd(9),
      'HTML pages'.padStart(10),
      'chunks'.padStart(7),
      'Grivo s'.padStart(8),
      'pages/s'.padStart(8),
      'ms/page'.padStart(8),
      'baseline s'.padStart(11),
      'pages/s'.padStart(8),
      'ratio'.padStart(6),
      ' goal',
    ].join(' '),
  );
  for (const r of runs) {
    const pages = r.baseline.pages;
    const ratio = r.baseline.seconds / r.first.seconds;
    console.log(
      [
        r.engine.padEnd(9),
        fmt(pages).padStart(10),
        fmt(r.trainedChunks).padStart(7),
        r.first.seconds.toFixed(2).padStart(8),
        fmt(pages / r.first.seconds, 1).padStart(8),
        fmt((r.first.seconds / pages) * 1000, 1).padStart(8),
        r.baseline.seconds.toFixed(2).padStart(11),
        fmt(pages / r.baseline.seconds, 1).padStart(8),
        ratio.toFixed(2).padStart(6),
        ` Grivo ≥ ${GOALS.baselineRatio} of the baseline ${mark(ratio >= GOALS.baselineRatio)}`,
      ].join(' '),
    );
  }
  console.log(`\nretrieval (${fmt(questions)} questions; ms)`);
  console.log(
    [
      'engine'.padEnd(9),
      'chunks'.padStart(8),
      'raw p50/p95'.padStart(14),
      'search p50/p95/max'.padStart(23),
      'ratio p50/p95'.padStart(14),
      'chat p50/p95'.padStart(13),
      ' goals',
    ].join(' '),
  );
  for (const r of runs)
    for (const { load, timings: t } of r.retrievals) {
      const [rawP50, rawP95] = [percentile(t.rawMs, 0.5), percentile(t.rawMs, 0.95)];
      const [p50, p95, max] = [percentile(t.searchMs, 0.5), percentile(t.searchMs, 0.95), Math.max(...t.searchMs)];
      const chatP95 = percentile(t.chatMs, 0.95);
      console.log(
        [
          r.engine.padEnd(9),
          fmt(load.chunks).padStart(8),
          `${rawP50.toFixed(1)} / ${rawP95.toFixed(1)}`.padStart(14),
          `${p50.toFixed(1)} / ${p95.toFixed(1)} / ${max.toFixed(1)}`.padStart(23),
          `${(p50 / rawP50).toFixed(2)} / ${(p95 / rawP95).toFixed(2)}`.padStart(14),
          `${percentile(t.chatMs, 0.5).toFixed(1)} / ${chatP95.toFixed(1)}`.padStart(13),
          ` search p95 ≤ ${GOALS.searchP95Ms} ms ${mark(p95 <= GOALS.searchP95Ms)}, chat p95 ≤ ${GOALS.chatP95Ms} ms ${mark(chatP95 <= GOALS.chatP95Ms)}`,
        ].join(' '),
      );
    }
  console.log(
    '\nraw: a plain any-word full-text query alone, ' +
      [...new Set(runs.map((r) => `${r.engine}: ${r.rawDescription}`))].join('; '),
  );
  console.log(
    'ratio: search / raw SQL; search and chat: the whole POST /v1/chatbots/:id/search (5 sections) and /chat (extractive answer, no model), in-process inject',
  );
}
