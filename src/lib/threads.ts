import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts the worker thread whose module is `name` beside `here` (an
 * import.meta.url), handing it `workerData`. Compiled, that is name.js; under the test runner, which
 * runs the TypeScript sources, the thread loads name.ts through tsx (a
 * devDependency).
 */
export function startThread(
  here: string,
  name: string,
  workerData?: unknown,
  options: { resourceLimits?: ResourceLimits } = {},
): Worker {
  if (!here.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, here), { workerData, ...options });
  const source = JSON.stringify(new URL(`./${name}.ts`, here).href);
  return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); });`, {
    eval: true,
    workerData,
    ...options,
  });
}
