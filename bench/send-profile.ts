// `npm run bench:send -- --cpu-prof DIR`: a CPU profile of the sending
// server. Node refuses --cpu-prof in NODE_OPTIONS, and the server is started
// by the shared test helper, so the profiler is started by a preloaded script
// (NODE_OPTIONS=--require …) through node:inspector and written when the
// process exits; then the top functions by self time are printed.
import fs from 'node:fs';
import path from 'node:path';

// Same-thread inspector sessions answer synchronously, so the profile is
// written from the 'exit' handler before the process is gone.
const PRELOAD = (dir: string) => `
const inspector = require('node:inspector');
const fs = require('node:fs');
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });
session.post('Profiler.start');
process.on('exit', () => {
  session.post('Profiler.stop', (error, result) => {
    if (!error) fs.writeFileSync(${JSON.stringify(dir)} + '/grivo-' + process.pid + '.cpuprofile', JSON.stringify(result.profile));
  });
});`;

/** NODE_OPTIONS that make a Node process write a .cpuprofile into `dir` when it exits. */
export function profilerNodeOptions(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const preload = path.resolve(dir, 'grivo-profiler-preload.cjs');
  fs.writeFileSync(preload, PRELOAD(path.resolve(dir)));
  return `--require ${JSON.stringify(preload)}`;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives, for grouping: a package under node_modules, Grivo's own folder, or node itself. */
function placeOf(url: string): string {
  if (url === '') return '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/dist\/(.+)\/[^/]+$/.exec(url);
  if (own) return `grivo ${own[1]}`;
  if (url.startsWith('node:')) return 'node core';
  return url;
}

/** Prints the `top` functions and places by self time of the profile `pid` wrote in `dir`. */
export function summariseProfile(dir: string, pid: number, top = 25, what = 'the sending server'): void {
  const file = path.join(dir, `grivo-${pid}.cpuprofile`);
  if (!fs.existsSync(file)) return void console.log(`no profile at ${file}`);
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const places = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${url.replace(/^.*\/(node_modules|dist)\//, '$1/')}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'} ${where}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + us);
    places.set(placeOf(url), (places.get(placeOf(url)) ?? 0) + us);
  }
  // Inclusive time of Grivo's own functions: each sample counts once for every one of them on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      if (!url.includes('/dist/') || url.includes('node_modules')) continue;
      seen.add(`${functionName || '(anonymous)'} ${url.replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}`);
    }
    for (const name of seen) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const show = (title: string, entries: Map<string, number>, n: number) => {
    console.log(`\n${title}`);
    for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(
        `  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(2).padStart(6)} s  ${name}`,
      );
    }
  };
  console.log(`\nCPU profile of ${what}: ${file} (${(total / 1e6).toFixed(1)} s sampled, whole process life)`);
  show('self time by place', places, 15);
  show('self time by function', functions, top);
  show("total time (self + callees) of Grivo's own functions", inclusive, top);
}
