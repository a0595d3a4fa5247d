// The Grivo side of `npm run bench:send`, over its public API: import the
// contacts, create the campaign, then send it while polling its stats every
// 100 ms, as a dashboard would.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CampaignResponse, CampaignStatsResponse } from '../src/features/campaigns/schema.js';
import type { ImportResponse } from '../src/features/contacts/import/schema.js';
import { CAMPAIGN, contactsCsv } from './send-content.js';

const STATS_POLL_MS = 100;
const IMPORT_POLL_MS = 200;
const STILL_SENDING = new Set(['sending', 'scheduled']);

/** Calls one Grivo server with one API key; throws unless it answers `expect`. */
export function apiClient(url: string, key: string) {
  return async function api<T>(method: string, route: string, expect: number, body?: unknown): Promise<T> {
    const csv = Buffer.isBuffer(body);
    const response = await fetch(`${url}${route}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': csv ? 'text/csv' : 'application/json' }),
      },
      ...(body === undefined ? {} : { body: csv ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    if (response.status !== expect)
      throw new Error(`${method} ${route} answered ${response.status}, not ${expect}: ${text.slice(0, 500)}`);
    return JSON.parse(text) as T;
  };
}
export type Api = ReturnType<typeof apiClient>;

/** Imports contacts 0 … n-1 and waits for the import to complete; returns its seconds. */
export async function importContacts(api: Api, n: number, timeoutS: number): Promise<number> {
  const started = performance.now();
  let result = await api<ImportResponse>('POST', '/v1/contacts/import', 202, contactsCsv(n));
  while (result.status === 'queued' || result.status === 'processing') {
    if (performance.now() - started > timeoutS * 1000)
      throw new Error(`the contacts import is still ${result.status} after ${timeoutS} s`);
    await sleep(IMPORT_POLL_MS);
    result = await api<ImportResponse>('GET', `/v1/contacts/imports/${result.id}`, 200);
  }
  if (result.status !== 'completed' || result.created !== n) {
    throw new Error(
      `the contacts import ended ${result.status}: created ${result.created} of ${n}, failed ${result.failed} ${JSON.stringify(result.errors.slice(0, 2))}`,
    );
  }
  return (performance.now() - started) / 1000;
}

export const createCampaign = (api: Api) => api<CampaignResponse>('POST', '/v1/campaigns', 201, CAMPAIGN);

export interface SendFigures {
  /** From just before POST /send to the poll that saw the campaign sent. */
  seconds: number;
  /** Until the stats first counted a message sent (the audience snapshot comes first). */
  firstSentSeconds: number | undefined;
  /** Messages per second between the first and the last change of the stats' sent count. */
  steadyPerSecond: number | undefined;
  sendAnswerMs: number;
  stats: CampaignStatsResponse;
  campaign: CampaignResponse;
  /** Response times of GET /v1/campaigns/:id/stats while it sent, in ms. */
  latencies: number[];
  /** The largest VmRSS seen while polling, in MiB. */
  sampledRssMb: number | undefined;
}

export interface SendWatch {
  /** The server's current RSS in MiB, read at every poll. */
  rssMb(): number | undefined;
  /** Called at every poll, for other figures sampled while sending. */
  sample?(): void;
  /** Throws when the server has died. */
  check(): void;
  log(line: string): void;
  timeoutS: number;
  stallS: number;
}

/** Sends the campaign and polls its stats until it is no longer sending. */
export async function sendCampaign(api: Api, campaignId: string, watch: SendWatch): Promise<SendFigures> {
  const started = performance.now();
  await api<CampaignResponse>('POST', `/v1/campaigns/${campaignId}/send`, 202);
  const sendAnswerMs = performance.now() - started;
  const latencies: number[] = [];
  let sampledRssMb: number | undefined;
  let first: { at: number; sent: number } | undefined;
  let last = { at: started, sent: 0 };
  let lastReport = { at: started, sent: 0 };
  let stats: CampaignStatsResponse;
  for (;;) {
    await sleep(STATS_POLL_MS);
    watch.check();
    const asked = performance.now();
    stats = await api<CampaignStatsResponse>('GET', `/v1/campaigns/${campaignId}/stats`, 200);
    const now = performance.now();
    latencies.push(now - asked);
    const rss = watch.rssMb();
    watch.sample?.();
    if (rss !== undefined) sampledRssMb = Math.max(sampledRssMb ?? 0, rss);
    if (!STILL_SENDING.has(stats.status)) break;
    if (stats.sent !== last.sent) {
      last = { at: now, sent: stats.sent };
      first ??= last;
    } else if (now - last.at > watch.stallS * 1000) {
      throw new Error(
        `no message sent for ${watch.stallS} s (--stall): ${stats.status}, sent ${stats.sent} of ${stats.recipients}`,
      );
    }
    if (now - started > watch.timeoutS * 1000)
      throw new Error(`still ${stats.status} after ${watch.timeoutS} s (--timeout)`);
    if (now - lastReport.at >= 5000) {
      const rate = ((stats.sent - lastReport.sent) / (now - lastReport.at)) * 1000;
      watch.log(
        `${((now - started) / 1000).toFixed(0).padStart(4)} s  ${stats.status}  sent ${stats.sent.toLocaleString('en-US')} / ${stats.recipients.toLocaleString('en-US')}` +
          `  ${Math.round(rate).toLocaleString('en-US')} msg/s` +
          (rss === undefined ? '' : `  RSS ${rss.toFixed(0)} MiB`),
      );
      lastReport = { at: now, sent: stats.sent };
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const campaign = await api<CampaignResponse>('GET', `/v1/campaigns/${campaignId}`, 200);
  return {
    seconds,
    firstSentSeconds: first ? (first.at - started) / 1000 : undefined,
    steadyPerSecond: first && last.at > first.at ? ((last.sent - first.sent) / (last.at - first.at)) * 1000 : undefined,
    sendAnswerMs,
    stats,
    campaign,
    latencies,
    sampledRssMb,
  };
}

/** A line of /proc/<pid>/status in MiB (VmHWM: peak resident set size; VmRSS: current); undefined off Linux. */
export function procMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; undefined off Linux. */
export function procCpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}
