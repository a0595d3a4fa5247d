import { Readable } from 'node:stream';
import type { FastifyReply, FastifySchema } from 'fastify';
import { z } from 'zod';
import type { ChatExchange } from './service.js';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const item = (event: string, data: string) => ({
  type: 'object',
  required: ['event', 'data'],
  properties: { event: { const: event }, data: ref(data) },
});

/**
 * For a chat route's `media`: with `stream: true` the answer comes as events,
 * not JSON. OpenAPI 3.1 cannot type a stream's items, so the stream is
 * documented as the list of its events (`event` name and `data` payload): the
 * generated types carry each one. `meta` comes first, then `delta` pieces,
 * then `done` with the whole answer (`answer`, a registered schema), or `error`.
 */
export function streamedAnswer(meta: z.ZodType, answer: z.ZodType): NonNullable<FastifySchema['media']>['response'] {
  const idOf = (schema: z.ZodType) => z.globalRegistry.get(schema)?.id as string;
  const whole = (z.globalRegistry.get(answer)?.examples as Record<string, unknown>[] | undefined)?.[0] ?? {};
  const { answer: text, ...first } = whole;
  return {
    status: 200,
    description:
      'The answer: JSON, or with `stream: true` Server-Sent Events (`event: meta` then `data: {…}`, and so on) — `meta` (ids, sources, answered), `delta` pieces of text, `done` with the whole response (and `error` if it cannot be completed).',
    content: {
      'text/event-stream': {
        schema: {
          type: 'array',
          description: 'The events in the order they come; each is an `event:` name and its `data:` JSON.',
          items: {
            oneOf: [
              item('meta', idOf(meta)),
              item('delta', 'ChatStreamDelta'),
              item('done', idOf(answer)),
              item('error', 'Error'),
            ],
          },
        },
        example: [
          { event: 'meta', data: first },
          { event: 'delta', data: { text } },
          { event: 'done', data: whole },
        ],
      },
    },
  };
}

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
