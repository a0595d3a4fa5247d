// `npm run bench:train -- --cpu-prof DIR`: a CPU profile of the first
// training (Grivo runs in the benchmark's own process, so node:inspector
// profiles it in place), written to DIR and summarised by place and function.
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Starts sampling; the returned function stops, writes `DIR/name.cpuprofile` and prints where the time went. */
export async function startProfile(dir: string, name: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    fs.mkdirSync(dir, { recursive: true });
    const file = path.resolve(dir, `${name}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    summarise(profile, file);
  };
}

/** A package under node_modules, Grivo's own folder under dist/ (the build the benchmark runs), src/ or bench/, or node itself. */
function placeOf(url: string): string {
  if (url === '') return '(native: V8 builtins, GC, addons such as better-sqlite3)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/((?:src|dist|bench)\/.+)\/[^/]+$/.exec(url);
  if (own) return `grivo ${own[1]}`;
  if (url.startsWith('node:')) return 'node core';
  return url;
}

const isGrivo = (url: string) => /\/(src|dist|bench)\//.test(url) && !url.includes('node_modules');
const label = ({ functionName, url, lineNumber }: ProfileNode['callFrame']) =>
  `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(node_modules|src|dist|bench)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();

function summarise(profile: CpuProfile, file: string, top = 20): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map<string, number>();
  const places = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)!.callFrame;
    total += us;
    if (frame.functionName === '(idle)') idle += us;
    add(self, label(frame), us);
    add(places, frame.functionName === '(idle)' ? '(idle: waiting for I/O)' : placeOf(frame.url), us);
    // Each of Grivo's functions on the stack counts the sample once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (isGrivo(f.url)) seen.add(label(f));
    }
    for (const name of seen) add(inclusive, name, us);
  });
  const show = (title: string, entries: Map<string, number>, n: number) => {
    console.log(`\n${title}`);
    for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(
        `  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(2).padStart(6)} s  ${name}`,
      );
    }
  };
  console.log(
    `\nCPU profile ${path.basename(file, '.cpuprofile')}: ${file} (${(total / 1e6).toFixed(1)} s sampled, ${((idle / total) * 100).toFixed(0)} % idle)`,
  );
  show('self time by place', places, 15);
  show('self time by function', self, top);
  show("total time (self + callees) of Grivo's own functions", inclusive, top);
}
