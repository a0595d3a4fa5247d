// What a send costs PostgreSQL, for `npm run bench:send -- --engine postgres`: the
// server's CPU, which shares the machine's cores with Grivo, and what the send wrote.
// Linux only (/proc).
import fs from 'node:fs';
import pg from 'pg';
import { procCpuSeconds } from './send-grivo.js';

function postgresProcesses(): Array<{ pid: number; title: string }> {
  const found: Array<{ pid: number; title: string }> = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      found.push({ pid: Number(entry), title: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The local ports of a process's TCP sockets: the client ports its PostgreSQL backends show in their titles. */
function tcpPortsOf(pid: number): Set<number> {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (link.startsWith('socket:[')) inodes.add(link.slice(8, -1));
    } catch {
      // closed meanwhile
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && inodes.has(fields[9]!)) ports.add(Number.parseInt(fields[1]!.split(':')[1]!, 16));
    }
  }
  return ports;
}

/**
 * The CPU of the PostgreSQL backends serving one process (found by its
 * sockets' ports, which backends show in their titles, so other users of the
 * same server are left out), and of the server's own background processes
 * (WAL writer, checkpointer…), which work for everyone. Sample it at the
 * start, as often as backends may come and go, and at the end.
 */
export class PostgresCpu {
  private readonly backends = new Map<number, { first: number; last: number }>();
  private readonly background = new Map<number, { first: number; last: number }>();
  private started = false;

  constructor(private readonly clientPid: number) {}

  sample(): void {
    const ports = tcpPortsOf(this.clientPid);
    for (const { pid, title } of postgresProcesses()) {
      const port = /\((\d+)\)/.exec(title)?.[1];
      const mine = port !== undefined && ports.has(Number(port));
      const ours = mine ? this.backends : port === undefined ? this.background : undefined;
      const cpu = procCpuSeconds(pid);
      if (!ours || cpu === undefined) continue;
      // A process first seen after the start was started during it: all its CPU counts.
      const seen = ours.get(pid) ?? { first: this.started ? 0 : cpu, last: cpu };
      seen.last = cpu;
      ours.set(pid, seen);
    }
    this.started = true;
  }

  /** CPU seconds between the first sample and the last. */
  seconds(): { backends: number; background: number } {
    const sum = (m: Map<number, { first: number; last: number }>) =>
      [...m.values()].reduce((total, { first, last }) => total + last - first, 0);
    return { backends: sum(this.backends), background: sum(this.background) };
  }
}

/** Counters that grow with the send: the recipients table's (this schema's own) and the WAL's (the whole server's). */
export interface PostgresCounters {
  recipientUpdates: number;
  recipientHotUpdates: number;
  recipientIndexScans: number;
  walRecords: number;
  walBytes: number;
  walSyncs: number;
}

/**
 * Reads the counters in the schema `databaseUrl` points at. A backend reports
 * its statistics when it goes idle or exits, up to seconds late: read them
 * once the server that sent has stopped.
 */
export async function postgresCounters(databaseUrl: string): Promise<PostgresCounters> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_stat_clear_snapshot()');
    const table = await client.query(
      `select n_tup_upd, n_tup_hot_upd, idx_scan from pg_stat_user_tables
       where relname = 'campaign_recipients' and schemaname = current_schema()`,
    );
    const wal = await client.query('select wal_records, wal_bytes, wal_sync from pg_stat_wal');
    const t = table.rows[0] ?? {};
    const w = wal.rows[0] ?? {};
    return {
      recipientUpdates: Number(t.n_tup_upd ?? 0),
      recipientHotUpdates: Number(t.n_tup_hot_upd ?? 0),
      recipientIndexScans: Number(t.idx_scan ?? 0),
      walRecords: Number(w.wal_records ?? 0),
      walBytes: Number(w.wal_bytes ?? 0),
      walSyncs: Number(w.wal_sync ?? 0),
    };
  } finally {
    await client.end();
  }
}

/** The counters' growth from `before` to `after`. */
export function countersSince(before: PostgresCounters, after: PostgresCounters): PostgresCounters {
  return Object.fromEntries(
    Object.entries(after).map(([k, v]) => [k, v - before[k as keyof PostgresCounters]]),
  ) as unknown as PostgresCounters;
}
