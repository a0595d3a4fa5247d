// The SMTP sink of `npm run bench:send`: Postfix's smtp-sink, a C test server
// that takes mail and throws it away (thousands of messages per second on one
// core), taken from Debian's postfix package without installing it:
// `apt-get download postfix`, then `dpkg-deb -x` into .scratch/postfix/
// (gitignored). When that is not possible (no apt-get, no network, a missing
// shared library), a pooled smtp-server in its own process takes its place.
//
//   npx tsx bench/send-sink.ts     fetches smtp-sink and prints its path
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/helpers/processes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POSTFIX_DIR = path.join(ROOT, '.scratch', 'postfix');
const SMTP_SINK = path.join(POSTFIX_DIR, 'usr', 'sbin', 'smtp-sink');
const POSTFIX_LIBS = path.join(POSTFIX_DIR, 'usr', 'lib', 'postfix');

export type SinkKind = 'smtp-sink' | 'smtp-server';

/** A local SMTP server that accepts every message and keeps nothing but a count. */
export interface Sink {
  kind: SinkKind;
  /** One line saying what it is, for the report. */
  description: string;
  url: string;
  host: string;
  port: number;
  pid: number;
  /** Messages accepted so far (as last reported by the sink; call `settle` first for an exact figure). */
  messages(): number;
  /** Waits until the count has not moved for a moment. */
  settle(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The path of smtp-sink, downloaded and extracted into .scratch/postfix/ on
 * first use. Throws, saying why, when it cannot be had or does not run here.
 */
export function ensureSmtpSink(log: (line: string) => void = () => {}): string {
  if (!fs.existsSync(SMTP_SINK)) {
    fs.mkdirSync(POSTFIX_DIR, { recursive: true });
    const download = fs.mkdtempSync(path.join(POSTFIX_DIR, 'download-'));
    try {
      log(
        `fetching smtp-sink: apt-get download postfix && dpkg-deb -x postfix_*.deb ${path.relative(ROOT, POSTFIX_DIR)}/`,
      );
      execFileSync('apt-get', ['download', 'postfix'], { cwd: download, stdio: 'pipe' });
      const deb = fs.readdirSync(download).find((f) => f.startsWith('postfix_') && f.endsWith('.deb'));
      if (!deb) throw new Error('apt-get download postfix left no postfix_*.deb');
      execFileSync('dpkg-deb', ['-x', path.join(download, deb), POSTFIX_DIR], { stdio: 'pipe' });
    } finally {
      fs.rmSync(download, { recursive: true, force: true });
    }
  }
  // Without arguments it prints its usage; anything else (a missing shared library…) means it cannot run here.
  const probe = spawnSync(SMTP_SINK, [], { env: sinkEnv(), encoding: 'utf8' });
  if (!/usage:/.test(`${probe.stderr}${probe.stdout}`)) {
    throw new Error(`${SMTP_SINK} does not run: ${(probe.error?.message ?? probe.stderr ?? '').trim()}`);
  }
  return SMTP_SINK;
}

const sinkEnv = () => ({ PATH: process.env.PATH ?? '', LD_LIBRARY_PATH: POSTFIX_LIBS });

/** smtp-sink when it can be had (`prefer: 'auto'`), else smtp-server; `prefer` forces one. */
export async function startSink(prefer: 'auto' | SinkKind, log: (line: string) => void): Promise<Sink> {
  if (prefer !== 'smtp-server') {
    try {
      return await startSmtpSink(ensureSmtpSink(log));
    } catch (error) {
      if (prefer === 'smtp-sink') throw error;
      log(
        `smtp-sink unavailable (${error instanceof Error ? error.message : String(error)}); falling back to smtp-server`,
      );
    }
  }
  return startSmtpServer();
}

async function startSmtpSink(binary: string): Promise<Sink> {
  const port = await freePort();
  // -c: counters on stdout ("sess=… quit=… mesg=…"); -m: connections served at once;
  // backlog 1000. Running as root it must drop to another user (-u).
  const asRoot = process.getuid?.() === 0;
  const args = ['-c', '-m', '1000', ...(asRoot ? ['-u', 'nobody'] : []), `127.0.0.1:${port}`, '1000'];
  const child = spawn(binary, args, { env: sinkEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const sink = await watch(child, 'smtp-sink', port);
  return { ...sink, description: `Postfix smtp-sink (${path.relative(ROOT, binary)} ${args.join(' ')})` };
}

// An smtp-server that reads each message and drops it, in a process of its
// own so it competes with Grivo and the baseline alike; it reports its count
// in smtp-sink's words.
const SMTP_SERVER_SOURCE = (port: number) => `
  const { SMTPServer } = require('smtp-server');
  let mesg = 0, shown = -1;
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], disableReverseLookup: true, logger: false, maxClients: 1000,
    onData(stream, session, callback) { stream.on('end', () => { mesg++; callback(); }); stream.resume(); },
  });
  server.on('error', () => {});
  setInterval(() => { if (mesg !== shown) { shown = mesg; process.stdout.write('mesg=' + mesg + '\\n'); } }, 100);
  server.listen(${port}, '127.0.0.1');`;

async function startSmtpServer(): Promise<Sink> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', SMTP_SERVER_SOURCE(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sink = await watch(child, 'smtp-server', port);
  return { ...sink, description: 'smtp-server (npm) in its own Node process, reading and dropping every message' };
}

/** Follows the sink's count on its stdout and waits until it greets on its port. */
async function watch(child: ChildProcess, kind: SinkKind, port: number): Promise<Omit<Sink, 'description'>> {
  let count = 0;
  let errors = '';
  let tail = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    // smtp-sink ends its counter lines with \r; the fallback with \n.
    const text = tail + chunk;
    const matches = [...text.matchAll(/mesg=(\d+)/g)];
    if (matches.length > 0) count = Number(matches[matches.length - 1]![1]);
    tail = text.slice(-40);
  });
  child.stderr!.on('data', (d) => (errors += d));
  const deadline = Date.now() + 10_000;
  while (!(await greets(port))) {
    if (child.exitCode !== null) throw new Error(`${kind} exited with ${child.exitCode}: ${errors.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${kind} did not answer on port ${port}: ${errors.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    kind,
    url: `smtp://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    pid: child.pid!,
    messages: () => count,
    async settle() {
      let last = -1;
      while (count !== last) {
        last = count;
        await new Promise((r) => setTimeout(r, 300));
      }
      return count;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Whether an SMTP server answers 220 on the port (the probe then says QUIT). */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('data', (d) => {
      socket.end('QUIT\r\n');
      resolve(d.toString().startsWith('220'));
    });
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(ensureSmtpSink((line) => console.log(line)));
}
