import { describe, expect, it } from 'vitest';
import { sseParser, type SseEvent } from '../widget/sse.js';

const STREAM =
  'event: meta\ndata: {"conversation_id":"conv_1","answered":true}\n\n' +
  ': a comment\n\n' +
  'event: delta\ndata: {"text":"Open é "}\n\n' +
  'event: delta\ndata:{"text":"9–17"}\n\n' +
  'data: line one\ndata: line two\n\n' +
  'event: done\ndata: {"answer":"Open é 9–17"}\n\n';

function parse(pieces: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = sseParser((event) => events.push(event));
  for (const piece of pieces) parser.push(piece);
  parser.end();
  return events;
}

const EXPECTED: SseEvent[] = [
  { event: 'meta', data: '{"conversation_id":"conv_1","answered":true}' },
  { event: 'delta', data: '{"text":"Open é "}' },
  { event: 'delta', data: '{"text":"9–17"}' },
  { event: 'message', data: 'line one\nline two' },
  { event: 'done', data: '{"answer":"Open é 9–17"}' },
];

describe('the widget SSE parser', () => {
  it('parses a whole stream', () => {
    expect(parse([STREAM])).toEqual(EXPECTED);
  });

  it('gives the same events however the stream is cut', () => {
    for (const size of [1, 2, 3, 7, 16]) {
      const pieces: string[] = [];
      for (let i = 0; i < STREAM.length; i += size) pieces.push(STREAM.slice(i, i + size));
      expect(parse(pieces)).toEqual(EXPECTED);
    }
  });

  it('reads CRLF and CR line endings, even a CRLF split across pieces', () => {
    const crlf = STREAM.replace(/\n/g, '\r\n');
    expect(parse([crlf])).toEqual(EXPECTED);
    const pieces = crlf.split(/(?<=\r)/); // every piece ends in a lone CR
    expect(parse(pieces)).toEqual(EXPECTED);
    expect(parse([STREAM.replace(/\n/g, '\r')])).toEqual(EXPECTED);
  });

  it('dispatches a last event that lacks its blank line when the stream ends', () => {
    expect(parse(['event: done\ndata: {}'])).toEqual([{ event: 'done', data: '{}' }]);
  });

  it('ignores events without data', () => {
    expect(parse(['event: ping\n\nevent: delta\ndata: x\n\n'])).toEqual([{ event: 'delta', data: 'x' }]);
  });
});
