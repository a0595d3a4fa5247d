import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { createServices } from './services.js';

/**
 * The OpenAPI document the server publishes at /v1/openapi.json, built by an
 * app on a throwaway SQLite database: what the SDKs and the dashboard's types
 * are generated from (`npm run generate`, `grivo openapi`).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'grivo-openapi-'));
  try {
    const config = loadConfig({ GRIVO_DATA_DIR: dataDir });
    const services = await createServices(config, { logger: pino({ level: 'silent' }) });
    try {
      const app = await buildApp(services);
      await app.ready();
      const doc = app.swagger() as unknown as Record<string, unknown>;
      await app.close();
      return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
    } finally {
      await services.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
