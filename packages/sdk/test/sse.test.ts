import { describe, expect, it } from 'vitest';
import { readEvents } from '../src/sse.js';

/** A byte stream delivering these pieces one read at a time; `cancelled` tells whether the reader gave up. */
function streamOf(pieces: string[]) {
  const state = { cancelled: false };
  const bytes = pieces.map((p) => new TextEncoder().encode(p));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = bytes.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

async function all(pieces: string[]) {
  const events = [];
  for await (const event of readEvents(streamOf(pieces).stream)) events.push(event);
  return events;
}

describe('reading Server-Sent Events', () => {
  it('parses events split anywhere across chunks, CRLF or LF', async () => {
    const body =
      'event: meta\r\ndata: {"a":1}\r\n\r\n: a comment\nevent: delta\ndata: {"text":"hé"}\n\nevent: done\ndata: {"b":2}\n\n';
    const expected = [
      { event: 'meta', data: { a: 1 } },
      { event: 'delta', data: { text: 'hé' } },
      { event: 'done', data: { b: 2 } },
    ];
    expect(await all([body])).toEqual(expected);
    // One byte at a time: splits inside \r\n and inside the two bytes of é.
    const bytes = new TextEncoder().encode(body);
    const byteStream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    const events = [];
    for await (const event of readEvents(byteStream)) events.push(event);
    expect(events).toEqual(expected);
  });

  it('keeps data that is not JSON as text, joins multi-line data, and reads a last event without a blank line', async () => {
    expect(await all(['data: plain\ndata: text\n\n', 'event: end\ndata: {"ok":true}'])).toEqual([
      { event: 'message', data: 'plain\ntext' },
      { event: 'end', data: { ok: true } },
    ]);
  });

  it('cancels the body when the reader stops early', async () => {
    const { stream, state } = streamOf(['event: a\ndata: 1\n\n', 'event: b\ndata: 2\n\n', 'event: c\ndata: 3\n\n']);
    for await (const event of readEvents(stream)) {
      expect(event.event).toBe('a');
      break;
    }
    expect(state.cancelled).toBe(true);
  });
});
