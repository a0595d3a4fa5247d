import type { Config } from './config.js';
import { buildApp } from './app.js';
import { createServices } from './services.js';
import { startWorker } from './worker.js';

export type Role = 'all' | 'api' | 'worker' | 'bounces';
export const ROLES: readonly Role[] = ['all', 'api', 'worker', 'bounces'];

/**
 * Starts the HTTP server and/or the background worker — or, for the role
 * `bounces` alone, the bounce mailbox's SMTP receiver — and stops them
 * cleanly on SIGTERM/SIGINT.
 */
export async function serve(config: Config, role: Role): Promise<void> {
  if (role === 'bounces') return serveBounces(config);
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

// Only with its explicit role: the receiver listens on a port of its own
// (GRIVO_BOUNCE_SMTP_PORT), often a privileged one behind the MX, which an
// API or worker process should not take.
async function serveBounces(config: Config): Promise<void> {
  // Loaded for this role only: no other process needs an SMTP server.
  const { startBounceReceiver } = await import('./features/bounces/mailbox/receiver.js');
  const services = await createServices(config);
  const { logger } = services;
  const receiver = await startBounceReceiver(services, {
    host: config.bounces.smtpHost,
    port: config.bounces.smtpPort,
  });
  logger.info(
    { role: 'bounces', port: receiver.port, domain: config.bounces.domain },
    `Grivo bounce mailbox is listening on port ${receiver.port}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await receiver.close();
    await services.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
