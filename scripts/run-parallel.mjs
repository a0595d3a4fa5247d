#!/usr/bin/env node
// Runs npm scripts side by side and prints each one's output, whole, once it
// ends; exits 1 if any failed. `npm test` runs the type checks, lint and build
// this way: each is mostly one process on one core, so one after another
// they leave the second core of a small CI machine idle.
//   node scripts/run-parallel.mjs typecheck lint build
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script>...');
  process.exit(2);
}

const npm = process.env.npm_execpath;
const results = await Promise.all(
  names.map(
    (name) =>
      new Promise((resolve) => {
        const started = Date.now();
        // npm_execpath is npm's own CLI when run from an npm script; `npm` from PATH otherwise.
        const child = npm
          ? spawn(process.execPath, [npm, 'run', name], { stdio: ['ignore', 'pipe', 'pipe'] })
          : spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.stderr.on('data', (chunk) => chunks.push(chunk));
        child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
        child.on('close', (code, signal) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          const status = code === 0 ? 'ok' : `failed (${signal ?? `exit ${code}`})`;
          process.stdout.write(`\n> npm run ${name}: ${status} in ${seconds} s\n${Buffer.concat(chunks)}`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
