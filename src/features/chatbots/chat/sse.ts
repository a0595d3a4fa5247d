import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ChatExchange } from './service.js';

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * Sends an answer as Server-Sent Events: `meta` (ids, sources, answered),
 * then `delta` pieces of text, then `done` with the whole response. A visitor
 * who leaves mid-answer stops the generation, and what was said is kept.
 */
export function sendAsEvents(reply: FastifyReply, exchange: ChatExchange): FastifyReply {
  const { pieces, ...meta } = exchange;
  async function* events(): AsyncGenerator<string> {
    yield event('meta', meta);
    let answer = '';
    try {
      for await (const text of pieces) {
        answer += text;
        yield event('delta', { text });
      }
    } catch {
      yield event('error', {
        error: { code: 'internal_error', message: 'The answer could not be completed.', status: 500 },
      });
      return;
    }
    yield event('done', { ...meta, answer });
  }
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .send(Readable.from(events(), { objectMode: false }));
}
