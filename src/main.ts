import type { Config } from './config.js';
import { buildApp } from './app.js';
import { createServices } from './services.js';
import { startWorker } from './worker.js';

export type Role = 'all' | 'api' | 'worker';
export const ROLES: readonly Role[] = ['all', 'api', 'worker'];

/** Starts the HTTP server and/or the background worker, and stops them cleanly on SIGTERM/SIGINT. */
export async function serve(config: Config, role: Role): Promise<void> {
  const services = await createServices(config);
  const { logger } = services;
  const app = role === 'worker' ? undefined : await buildApp(services);
  const stopWorker = role === 'api' ? undefined : startWorker(services);
  if (app) await app.listen({ port: config.port, host: config.host });
  logger.info(
    {
      role,
      port: app ? config.port : undefined,
      database: services.database.dialect,
      queue: config.redisUrl ? 'bullmq' : 'sql',
    },
    app ? `Grivo is listening on http://localhost:${config.port}` : 'Grivo worker started',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopWorker?.();
    await app?.close();
    await services.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
