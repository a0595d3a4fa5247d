// The training part of `npm run bench:train`: the first training of the
// Python docs timed from the POST to the poll that sees it done, the baseline
// right after it (the same HTML pages fetched and parsed, nothing else), then
// a retraining with nothing changed, and the pages the training left out.
import type { FastifyInstance } from 'fastify';
import type { ChatbotResponse } from '../src/features/chatbots/schema.js';
import type { Services } from '../src/services.js';
import type { DocsSite, SiteCounts } from '../test/helpers/docs-site.js';
import { procCpuSeconds } from './send-grivo.js';
import { fetchAndParse, type BaselineFigures } from './train-baseline.js';
import { startProfile } from './train-profile.js';
import { fmt, log } from './train-report.js';

const POLL_MS = 100;
const PROGRESS_EVERY_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Training {
  bot: ChatbotResponse;
  seconds: number;
  site: SiteCounts;
  cpuSeconds: number;
  siteCpuSeconds: number | undefined;
}

/** What the training part measured. */
export interface TrainingFigures {
  first: Training;
  baseline: BaselineFigures;
  retrain: Training;
  skipped: Map<string, { count: number; example: string }>;
}

/** A Grivo in this process: services, the HTTP app (driven with inject) and the job worker. */
export interface Grivo {
  app: FastifyInstance;
  services: Services;
  auth: { authorization: string };
  workspaceId: string;
}

export async function api<T>(
  grivo: Grivo,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  expect: number,
  payload?: object,
): Promise<T> {
  const response = await grivo.app.inject({ method, url, headers: grivo.auth, ...(payload ? { payload } : {}) });
  if (response.statusCode !== expect)
    throw new Error(`${method} ${url} answered ${response.statusCode}, not ${expect}: ${response.body.slice(0, 500)}`);
  return response.json() as T;
}

/**
 * Trains a chatbot on the site from `websiteUrl` (at most `pages` pages), times
 * its baseline and a retraining with nothing changed; throws when either
 * training does not end active.
 */
export async function measureTraining(
  grivo: Grivo,
  site: DocsSite,
  options: { pages?: number; concurrency: number; timeoutS: number; profileDir?: string },
): Promise<TrainingFigures> {
  const websiteUrl = `${site.url}index.html`;
  const first = await timeTraining(
    grivo,
    site,
    'first training',
    () =>
      api(grivo, 'POST', '/v1/chatbots', 201, {
        name: 'Python docs',
        website_url: websiteUrl,
        ...(options.pages === undefined ? {} : { crawl: { max_pages: options.pages } }),
      }),
    options.timeoutS,
    options.profileDir,
  );
  describeTraining('first training', first);
  if (first.bot.status !== 'active')
    throw new Error(`the first training ended ${first.bot.status}: ${first.bot.error}`);
  const baseline = await fetchAndParse(site.url, first.site.htmlPaths, options.concurrency);
  log(
    `baseline: the same ${fmt(baseline.pages)} HTML pages fetched ${options.concurrency} at a time and parsed, nothing else, in ${baseline.seconds.toFixed(2)} s → ${fmt(baseline.pages / baseline.seconds, 1)} pages/s`,
  );
  const botId = first.bot.id;
  const retrain = await timeTraining(
    grivo,
    site,
    'retraining',
    () => api(grivo, 'POST', `/v1/chatbots/${botId}/train`, 202),
    options.timeoutS,
  );
  describeTraining('retraining (nothing changed)', retrain);
  if (retrain.bot.status !== 'active')
    throw new Error(`the retraining ended ${retrain.bot.status}: ${retrain.bot.error}`);
  const skipped = await skippedPages(grivo, botId);
  for (const [reason, { count, example }] of [...skipped].sort((a, b) => b[1].count - a[1].count).slice(0, 8)) {
    log(`  skipped ${fmt(count).padStart(4)} × ${reason} (e.g. ${example})`);
  }
  return { first, baseline, retrain, skipped };
}

/** Starts a training with `start` (the POST) and polls until it is over; the time runs from the POST to the poll that sees it done. */
async function timeTraining(
  grivo: Grivo,
  site: DocsSite,
  label: string,
  start: () => Promise<ChatbotResponse>,
  timeoutS: number,
  profileDir?: string,
): Promise<Training> {
  await site.reset();
  const siteCpuBefore = procCpuSeconds(site.pid);
  const stopProfile = profileDir ? await startProfile(profileDir, `train-${process.pid}`) : undefined;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let bot = await start();
  let lastReport = started;
  while (bot.status === 'training' || bot.status === 'untrained') {
    if (performance.now() - started > timeoutS * 1000)
      throw new Error(`${label}: still ${bot.status} after ${timeoutS} s (--timeout)`);
    await sleep(POLL_MS);
    bot = await api<ChatbotResponse>(grivo, 'GET', `/v1/chatbots/${bot.id}`, 200);
    if (performance.now() - lastReport >= PROGRESS_EVERY_MS && bot.training) {
      lastReport = performance.now();
      const elapsed = (lastReport - started) / 1000;
      log(
        `${label}: ${elapsed.toFixed(0).padStart(4)} s  ${fmt(bot.training.pages_done)} / ${fmt(bot.training.pages_found)} URLs  (${fmt(bot.training.pages_done / elapsed, 1)}/s)`,
      );
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  await stopProfile?.();
  const siteCpuAfter = procCpuSeconds(site.pid);
  return {
    bot,
    seconds,
    site: await site.counts(),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    siteCpuSeconds:
      siteCpuBefore === undefined || siteCpuAfter === undefined ? undefined : siteCpuAfter - siteCpuBefore,
  };
}

/** The pages the training left out, by reason (the API's `reason`, digits folded), with one URL each. */
async function skippedPages(grivo: Grivo, botId: string): Promise<Map<string, { count: number; example: string }>> {
  const reasons = new Map<string, { count: number; example: string }>();
  for (let page = 1; ; page++) {
    const list = await api<{ data: { url: string; reason: string | null }[]; has_more: boolean }>(
      grivo,
      'GET',
      `/v1/chatbots/${botId}/pages?status=skipped&per_page=100&page=${page}`,
      200,
    );
    for (const p of list.data) {
      const reason = p.reason ?? '(none)';
      const seen = reasons.get(reason);
      if (seen) seen.count++;
      else reasons.set(reason, { count: 1, example: p.url });
    }
    if (!list.has_more) return reasons;
  }
}

function describeTraining(label: string, t: Training): void {
  const s = t.site.byStatus;
  const statuses = Object.entries(s)
    .map(([status, n]) => `${status}: ${fmt(n)}`)
    .join(', ');
  log(
    `${label}: ${t.bot.status}, pages_trained ${fmt(t.bot.pages_trained)} in ${t.seconds.toFixed(2)} s → ${fmt(t.bot.pages_trained / t.seconds, 1)} pages/s; ` +
      `site answered ${statuses || 'nothing'} (${fmt(t.site.html200)} HTML 200s, ${fmt(t.site.bytes / 1024 / 1024, 1)} MiB); ` +
      `CPU: Grivo's process ${t.cpuSeconds.toFixed(1)} s (${fmt((t.cpuSeconds / t.seconds) * 100)} % of a core), site ${t.siteCpuSeconds?.toFixed(1) ?? 'n/a'} s`,
  );
  if (t.bot.error) log(`  error: ${t.bot.error}`);
  if (t.site.notFound.length > 0) log(`  404s, e.g. ${t.site.notFound.slice(0, 5).join(', ')}`);
}
