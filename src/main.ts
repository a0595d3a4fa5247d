import { setFlagsFromString } from 'node:v8';
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
  keepShortLivedObjectsYoung();
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

/**
 * V8 moves the objects an allocation site makes straight to the old
 * generation once most of them outlive a young collection (allocation-site
 * pretenuring). A server's batches — an import's rows, a send's recipients —
 * live across a few database round trips and then die: once pretenured, each
 * batch's garbage piles up in the old generation until a full collection, and
 * a 1,000,000-row import on PostgreSQL peaked at 432–481 MiB against 315–332
 * without it (bench/README.md, bench:import). Set before the server allocates
 * its first batch; the flag is read at each collection.
 */
function keepShortLivedObjectsYoung(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
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
