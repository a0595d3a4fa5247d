// bench:train's baseline for the first training: the same HTML pages fetched
// from the same site with the same concurrency, each parsed by the same HTML
// parser, and nothing else — no links followed, no extraction, no analysis,
// no storage. What a training could do at best on this machine in this run.
import { Agent } from 'undici';
import { parseHtml } from '../src/lib/html/dom.js';

/** How long fetching and parsing the pages took. */
export interface BaselineFigures {
  pages: number;
  seconds: number;
  bytes: number;
}

/** GETs each of `paths` under `siteUrl`, `concurrency` at a time over keep-alive connections, and parses each body. */
export async function fetchAndParse(
  siteUrl: string,
  paths: readonly string[],
  concurrency: number,
): Promise<BaselineFigures> {
  const agent = new Agent({ keepAliveTimeout: 4_000 });
  const origin = new URL(siteUrl).origin;
  let next = 0;
  let bytes = 0;
  let parsed = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const response = await agent.request({ origin, path, method: 'GET' });
      const chunks: Buffer[] = [];
      for await (const chunk of response.body) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      if (response.statusCode !== 200) throw new Error(`baseline: ${path} answered ${response.statusCode}`);
      bytes += body.length;
      if (parseHtml(body.toString('utf8')).children.length > 0) parsed++;
    }
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await agent.close();
  }
  const seconds = (performance.now() - started) / 1000;
  if (parsed !== paths.length) throw new Error(`baseline: parsed ${parsed} of ${paths.length} pages`);
  return { pages: paths.length, seconds, bytes };
}
