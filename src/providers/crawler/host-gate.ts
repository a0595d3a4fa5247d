/** Politeness towards one host: a cap on concurrent requests and a minimum spacing between their starts. */
export interface HostGate {
  /** Runs `task` when the host has a free slot and the spacing allows; rejects with `signal.reason` if aborted while waiting. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Sets the spacing (robots.txt crawl-delay), counted from the latest start. */
  setDelay(delayMs: number): void;
}

/** A FIFO gate: requests start in the order they asked, which keeps the crawl breadth first. */
export function createHostGate(concurrency: number): HostGate {
  let active = 0;
  let delayMs = 0;
  let lastStart = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  const waiting: { start: () => void }[] = [];

  function pump(): void {
    while (waiting.length > 0 && active < concurrency) {
      const wait = lastStart + delayMs - performance.now();
      if (wait > 0) {
        timer ??= setTimeout(() => {
          timer = null;
          pump();
        }, wait);
        return;
      }
      active++;
      lastStart = performance.now();
      waiting.shift()!.start();
    }
  }

  return {
    async run(task, signal) {
      signal?.throwIfAborted();
      await new Promise<void>((resolve, reject) => {
        const entry = {
          start: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        function onAbort(): void {
          const index = waiting.indexOf(entry);
          if (index >= 0) waiting.splice(index, 1);
          if (waiting.length === 0 && timer) {
            clearTimeout(timer);
            timer = null;
          }
          reject(signal!.reason);
        }
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(entry);
        pump();
      });
      try {
        return await task();
      } finally {
        active--;
        pump();
      }
    },
    setDelay(ms) {
      delayMs = ms;
    },
  };
}
