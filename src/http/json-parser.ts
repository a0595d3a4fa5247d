import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error.js';

/**
 * JSON is the only body type the API takes (routes that take files add their
 * own parser). An empty body counts as no body, so `POST …/send` with a JSON
 * content type and nothing else works; anything unparsable is a 400.
 */
export function registerJsonParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, function parseJson(_request, body, done) {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      const reason = error instanceof SyntaxError ? ` ${error.message}.` : '';
      done(new ApiError('invalid_json', `The request body is not valid JSON.${reason}`), undefined);
    }
  });
}
