import { Readable } from 'node:stream';
import type { FastifyReply, FastifySchema } from 'fastify';
import type { ChatExchange } from './service.js';

/** For a chat route's `media`: with `stream: true` the answer comes as events, not JSON. */
export const STREAMED_ANSWER: NonNullable<FastifySchema['media']>['response'] = {
  status: 200,
  description:
    'The answer: JSON, or with `stream: true` Server-Sent Events — `meta` (ids, sources, answered), `delta` pieces of text, `done` with the whole response (and `error` if it cannot be completed).',
  content: {
    'text/event-stream': {
      schema: { type: 'string' },
      example:
        'event: meta\ndata: {"conversation_id":"conv_0VbR2fHq8WcT4kYd","message_id":"msg_0VbR2fJ1sQ9pLm3x","answered":true,"sources":[]}\n\n' +
        'event: delta\ndata: {"text":"We open at 9am."}\n\n' +
        'event: done\ndata: {"conversation_id":"conv_0VbR2fHq8WcT4kYd","message_id":"msg_0VbR2fJ1sQ9pLm3x","answered":true,"sources":[],"answer":"We open at 9am."}\n\n',
    },
  },
};

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
