// The soak's Grivo deployment: two API processes and two workers on one
// PostgreSQL schema and one Redis prefix, each a real `grivo serve` process
// that the soak kills with SIGKILL and starts again.
import { spawn, type ChildProcess } from 'node:child_process';
import { childEnv, CLI, startGrivo } from '../../test/helpers/processes.js';

export type Role = 'api' | 'worker';

interface Member {
  name: string;
  role: Role;
  child: ChildProcess;
  /** The API's address (a new port after each restart). */
  url?: string;
}

/** A kill and its recovery: the soak's figures may only count failures inside these. */
export interface Kill {
  name: string;
  role: Role;
  at: number;
  /** When the new process was ready again (API: answering /readyz; worker: started its queue). */
  readyAt?: number;
}

const WORKER_READY = /"msg":"Grivo worker started"/;

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--role', 'worker'], {
    env: childEnv({ ...env, GRIVO_LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`a worker did not start:\n${output}`)), 30_000);
    const onData = (data: Buffer) => {
      output += data;
      if (WORKER_READY.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (data: Buffer) => (output += data));
    child.once('exit', (code) => reject(new Error(`a worker exited with ${code}:\n${output}`)));
  });
  // Keep reading, or a full pipe would block the worker.
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

export class Cluster {
  readonly kills: Kill[] = [];
  private readonly members: Member[] = [];
  private readonly restarting = new Set<Member>();

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    for (const [name, role] of [
      ['api-1', 'api'],
      ['api-2', 'api'],
      ['worker-1', 'worker'],
      ['worker-2', 'worker'],
    ] as const) {
      this.members.push({ name, role, ...(await this.launch(role)) });
    }
  }

  /** The API processes' addresses, those running now first. */
  apiUrls(): string[] {
    return this.members
      .filter((m) => m.role === 'api' && m.url && m.child.exitCode === null && m.child.signalCode === null)
      .map((m) => m.url!);
  }

  /**
   * Kills one running process, chosen at random, with SIGKILL, and starts it
   * again; `restarted` settles when it is back. Processes still restarting
   * are not chosen, so a slow start never hides a kill.
   */
  async killOne(random: () => number): Promise<{ kill: Kill; restarted: Promise<void> } | undefined> {
    const up = this.members.filter((m) => !this.restarting.has(m));
    if (up.length === 0) return undefined;
    const member = up[Math.floor(random() * up.length)]!;
    const kill: Kill = { name: member.name, role: member.role, at: Date.now() };
    this.kills.push(kill);
    this.restarting.add(member);
    const exited = new Promise((resolve) => member.child.once('exit', resolve));
    member.child.kill('SIGKILL');
    await exited;
    member.url = undefined;
    const restarted = this.launch(member.role).then((launched) => {
      Object.assign(member, launched);
      kill.readyAt = Date.now();
      this.restarting.delete(member);
    });
    return { kill, restarted };
  }

  /** True when `at` fell between a kill and a second after its process was back. */
  duringKill(at: number, role?: Role): boolean {
    return this.kills.some(
      (k) => (role === undefined || k.role === role) && at >= k.at && at <= (k.readyAt ?? Infinity) + 1000,
    );
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.members.map(
        (m) =>
          new Promise<void>((resolve) => {
            if (m.child.exitCode !== null || m.child.signalCode !== null) return resolve();
            m.child.once('exit', () => resolve());
            m.child.kill('SIGTERM');
            setTimeout(() => m.child.kill('SIGKILL'), 15_000).unref();
          }),
      ),
    );
  }

  private async launch(role: Role): Promise<{ child: ChildProcess; url?: string }> {
    if (role === 'worker') return { child: await startWorker(this.env) };
    const api = await startGrivo(this.env, 'api');
    api.child.stdout!.resume();
    return { child: api.child, url: api.url };
  }
}
