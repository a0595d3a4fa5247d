import { describe, expect, it } from 'vitest';
import { readSseData } from './sse.js';

// The network splits a stream anywhere; these feed the same bytes cut at every
// possible place. (The client's tests cover the same over real sockets.)

async function dataOf(chunks: Uint8Array[]): Promise<string[]> {
  async function* source() {
    yield* chunks;
  }
  const events: string[] = [];
  for await (const data of readSseData(source())) events.push(data);
  return events;
}

/** `text`'s bytes cut at `cuts`. */
function cutAt(text: string, cuts: number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const ends = [...cuts, bytes.length];
  return ends.map((end, i) => bytes.subarray(i === 0 ? 0 : ends[i - 1]!, end));
}

const STREAM =
  ': keep-alive\r\n\r\ndata: {"a":"é🐍"}\r\n\r\nevent: ping\ndata:no-space\n\nid: 3\n\ndata: first\ndata: second\r\rdata: [DONE]\n\n';
const EVENTS = ['{"a":"é🐍"}', 'no-space', 'first\nsecond', '[DONE]'];

describe('readSseData', () => {
  it('reads each event, skipping comments, other fields and events without data', async () => {
    expect(await dataOf(cutAt(STREAM, []))).toEqual(EVENTS);
  });

  it('gives the same events however the bytes are cut, even inside \\r\\n and characters', async () => {
    const length = new TextEncoder().encode(STREAM).length;
    for (let cut = 1; cut < length; cut++) expect(await dataOf(cutAt(STREAM, [cut])), `cut at ${cut}`).toEqual(EVENTS);
    const everyByte = Array.from({ length: length - 1 }, (_, i) => i + 1);
    expect(await dataOf(cutAt(STREAM, everyByte))).toEqual(EVENTS);
  });

  it('delivers a last event that the stream ended without a blank line', async () => {
    expect(await dataOf(cutAt('data: one\n\ndata: two', []))).toEqual(['one', 'two']);
    expect(await dataOf(cutAt('data: one\r', []))).toEqual(['one']);
    expect(await dataOf([])).toEqual([]);
  });
});
