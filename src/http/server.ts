import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { newId } from '../lib/ids.js';
import { errorHandler } from './error-handler.js';
import { refuseBadHeaders, refuseBadInput } from './input-guard.js';
import { registerJsonParser } from './json-parser.js';
import { responseSerializer } from './response-serializer.js';
import { RouteTable } from './not-found.js';
import { securityHeaders } from './security-headers.js';

export interface ServerOptions {
  logger: Logger;
  trustProxy: boolean;
  bodyLimitBytes: number;
}

/**
 * A Fastify instance with what every Grivo route relies on, and no route yet:
 * request ids, the input rule, security headers, the one error envelope, the
 * JSON parser, cookies, zod schemas (responses written by `responseSerializer`), and the
 * table of routes (for 405s).
 * The composition root (`app.ts`) mounts the routes.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    // Per-request log lines cost more than the request itself here; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: options.trustProxy,
    bodyLimit: options.bodyLimitBytes,
    genReqId: () => newId('req'),
    requestIdHeader: false,
    return503OnClosing: true,
    // A URL the router cannot decode (`/v1/contacts/%zz`) is refused before any route or hook runs: in the one envelope too.
    frameworkErrors(error, request, reply) {
      reply.header('x-content-type-options', 'nosniff');
      errorHandler(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer);
  app.decorateRequest('principal', null);
  app.decorateRequest('idempotencyKey', undefined);
  app.addHook('onRequest', async function requestId(request, reply) {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onRequest', refuseBadHeaders);
  app.addHook('preValidation', refuseBadInput);
  app.addHook('onSend', securityHeaders);
  app.setErrorHandler(errorHandler);
  registerJsonParser(app);
  await app.register(fastifyCookie);

  const routes = new RouteTable();
  app.addHook('onRoute', (route) => routes.add(route.method, route.url));
  app.decorate('grivoRoutes', routes);
  return app;
}
