// The soak's invariants, checked once everything has settled: each returns
// the figures it printed and whether it held.
import type { Cluster } from './cluster.js';
import type { Sink } from './sink.js';
import { mostAdmittedInAWindow, type Exchange } from './traffic.js';
import type { ImportRun, SendRun, TrainingRun } from './workload.js';

export interface Check {
  name: string;
  held: boolean;
  lines: string[];
}

type Settled<T> = Array<{ run: T; body: any; settled: boolean }>;

export function checkImports(results: Settled<ImportRun>, contactCounts: Map<string, number>): Check {
  const wrong = results.filter(({ run, body }) => {
    const { created, updated, failed } = run.expected;
    const exact =
      body.status === 'completed' &&
      body.created === created &&
      body.updated === updated &&
      body.failed === failed &&
      body.skipped === 0;
    return !exact || contactCounts.get(run.tenant.workspaceId) !== created;
  });
  const rows = results.reduce((n, { body }) => n + (body.rows_total ?? 0), 0);
  return {
    name: 'every import counted exactly',
    held: wrong.length === 0,
    lines: [
      `${results.length} imports, ${rows.toLocaleString('en')} rows: ${results.length - wrong.length} exact (created, updated, failed, and the contacts stored)`,
      ...wrong.map(
        ({ run, body }) =>
          `  NOT EXACT ${run.id}: ${body.status} created ${body.created} updated ${body.updated} failed ${body.failed}, ${contactCounts.get(run.tenant.workspaceId)} stored; expected ${JSON.stringify(run.expected)}`,
      ),
    ],
  };
}

/** In doubt per send that was running on a killed worker: two lanes per SMTP connection (README, "Exactly once"). */
export function checkSends(results: Settled<SendRun>, sink: Sink, inDoubtBound: number): Check {
  let recipients = 0;
  let missing = 0;
  let twice = 0;
  let more = 0;
  for (const { run } of results) {
    for (const email of run.emails) {
      recipients++;
      const n = sink.received.get(email) ?? 0;
      if (n === 0) missing++;
      else if (n === 2) twice++;
      else if (n > 2) more++;
    }
  }
  const unsent = results.filter(({ body }) => body.status !== 'sent');
  const held = missing === 0 && more === 0 && unsent.length === 0 && twice <= inDoubtBound;
  return {
    name: 'every recipient sent exactly once, but for the in-doubt bound',
    held,
    lines: [
      `${results.length} campaigns, ${recipients.toLocaleString('en')} recipients, ${sink.total().toLocaleString('en')} messages received by the sink`,
      `missing ${missing}, received twice ${twice} (in-doubt bound ${inDoubtBound}), more than twice ${more}`,
      ...unsent.map(({ run, body }) => `  NOT SENT ${run.id}: ${body.status} ${body.error ?? ''}`),
    ],
  };
}

export function checkTrainings(results: Settled<TrainingRun>): Check {
  const pages = new Set(results.map(({ body }) => body.pages_trained));
  const unfinished = results.filter(({ body }) => body.status !== 'active');
  return {
    name: 'every training finished',
    held: unfinished.length === 0 && pages.size <= 1,
    lines: [
      `${results.length} trainings: ${results.length - unfinished.length} active, pages trained per chatbot: ${[...pages].join(', ')}`,
      ...unfinished.map(({ run, body }) => `  NOT FINISHED ${run.id}: ${body.status} ${body.error ?? ''}`),
    ],
  };
}

export function checkTraffic(log: Exchange[], cluster: Cluster): Check {
  const fivexx = log.filter((e) => e.status >= 500);
  const outside = fivexx.filter(
    (e) => !cluster.duringKill(e.sentAt, 'api') && !cluster.duringKill(e.answeredAt, 'api'),
  );
  const refused = log.filter((e) => e.status === 0);
  const refusedOutside = refused.filter((e) => !cluster.duringKill(e.answeredAt, 'api'));
  const byClass = new Map<string, number>();
  for (const e of log)
    byClass.set(
      e.status === 0 ? 'no answer' : `${String(e.status)[0]}xx`,
      (byClass.get(e.status === 0 ? 'no answer' : `${String(e.status)[0]}xx`) ?? 0) + 1,
    );
  return {
    name: 'no 5xx, and no lost connection, other than during a kill',
    held: outside.length === 0 && refusedOutside.length === 0,
    lines: [
      `${log.length.toLocaleString('en')} API requests: ${[...byClass].map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ')}`,
      `5xx: ${fivexx.length} (${outside.length} outside a kill); no answer: ${refused.length} (${refusedOutside.length} outside a kill of an API process)`,
      ...outside
        .slice(0, 5)
        .map((e) => `  5xx OUTSIDE A KILL: ${e.what} → ${e.status} at ${new Date(e.sentAt).toISOString()}`),
    ],
  };
}

export function checkRateLimit(log: Exchange[], limit: number, windowMs: number): Check {
  const admitted = log.filter((e) => e.status === 200);
  const refused = log.filter((e) => e.status === 429).length;
  const most = mostAdmittedInAWindow(admitted, windowMs);
  return {
    name: 'the rate limit never exceeded',
    held: most <= limit && refused > 0,
    lines: [
      `${log.length.toLocaleString('en')} requests on a workspace limited to ${limit} per ${windowMs / 1000} s: ${admitted.length} admitted, ${refused} refused (429); most admitted within one window: ${most}`,
    ],
  };
}
