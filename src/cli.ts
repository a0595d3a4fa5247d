#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { GrivoError } from '@grivo/sdk';
import { API_COMMANDS, API_USAGE, ApiUsageError, runApiCommand } from './cli/api-commands.js';
import { ConfigError, loadConfig, PLANS, type Config } from './config.js';
import { createApiKey, revokeApiKey } from './features/api-keys/service.js';
import { listApiKeys } from './features/api-keys/store.js';
import type { AuditBy } from './features/audit/record.js';
import { createWorkspace, setWorkspacePlan } from './features/workspaces/service.js';
import { ApiError } from './http/api-error.js';
import type { Role } from './main.js';
import { BackupError, backupSqlite, restoreSqlite } from './storage/backup.js';
import { openDatabase, type Database } from './storage/database.js';
import { migrateToLatest } from './storage/migrate.js';

const USAGE = `Usage: grivo <command>

  serve [--role all|api|worker|bounces]         run Grivo (default role: all; bounces: the bounce
                                                mailbox's SMTP receiver, needs GRIVO_BOUNCE_DOMAIN)
  migrate                                       bring the database schema up to date
  workspaces create --name NAME [--plan ${PLANS.join('|')}]   prints the new workspace id
  workspaces set-plan WS_ID PLAN
  keys create --workspace WS_ID [--name NAME]   prints the new API key (shown only once)
  keys list --workspace WS_ID
  keys revoke KEY_ID
  backup FILE                                   copy the SQLite database to FILE (safe while Grivo runs)
  restore FILE                                  replace the SQLite database with FILE (stop Grivo first)
  openapi                                       print the API's OpenAPI document

Settings come from the environment: GRIVO_DATA_DIR (default ./data),
DATABASE_URL (postgres://…, default: SQLite in GRIVO_DATA_DIR), REDIS_URL, PORT.

${API_USAGE}`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  if ((API_COMMANDS as readonly string[]).includes(argv[0] ?? '') && !argv.includes('--help') && !argv.includes('-h'))
    return runApiCommand(argv, { out: process.stdout, err: process.stderr });
  // The server and the OpenAPI document load every feature: imported only by the commands that need them,
  // so the admin commands start in a fraction of the time.
  if (argv[0] === 'openapi') {
    const { openApiDocument } = await import('./openapi-document.js');
    return void console.log(JSON.stringify(await openApiDocument(), null, 2));
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string', default: 'all' },
      name: { type: 'string' },
      plan: { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub, ...rest] = positionals;
  if (values.help || !command || command === 'help') return void console.log(USAGE);
  const config = loadConfig();

  if (command === 'serve') {
    const { ROLES, serve } = await import('./main.js');
    if (!ROLES.includes(values.role as Role)) throw new UsageError(`--role must be one of: ${ROLES.join(', ')}.`);
    return serve(config, values.role as Role);
  }

  if (command === 'backup' || command === 'restore') return runBackupCommand(config, command, sub);

  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    await migrateToLatest(database);
    await runAdminCommand(database, [command, sub, ...rest], values);
  } finally {
    await database.close();
  }
}

async function runAdminCommand(
  { db }: Database,
  [command, sub, ...args]: Array<string | undefined>,
  values: { name?: string; plan?: string; workspace?: string },
): Promise<void> {
  switch (`${command} ${sub ?? ''}`.trim()) {
    case 'migrate':
      return;
    case 'workspaces create': {
      if (!values.name) throw new UsageError('workspaces create needs --name NAME.');
      const workspace = await createWorkspace(db, { name: values.name, plan: values.plan });
      return void console.log(workspace.id);
    }
    case 'workspaces set-plan': {
      const [workspaceId, plan] = args;
      if (!workspaceId || !plan) throw new UsageError('workspaces set-plan needs WS_ID PLAN.');
      await setWorkspacePlan(db, workspaceId, plan);
      return void console.error(`Workspace ${workspaceId} is now on the ${plan} plan.`);
    }
    case 'keys create': {
      if (!values.workspace) throw new UsageError('keys create needs --workspace WS_ID.');
      const { secret } = await createApiKey(db, { workspaceId: values.workspace, name: values.name, by: COMMAND_LINE });
      return void console.log(secret);
    }
    case 'keys list': {
      if (!values.workspace) throw new UsageError('keys list needs --workspace WS_ID.');
      for (const k of await listApiKeys(db, values.workspace)) {
        const state = k.revoked_at ? `revoked ${k.revoked_at}` : `last used ${k.last_used_at ?? 'never'}`;
        console.log(`${k.id}\t${k.prefix}…\t${k.name}\tcreated ${k.created_at}\t${state}`);
      }
      return;
    }
    case 'keys revoke': {
      const [keyId] = args;
      if (!keyId) throw new UsageError('keys revoke needs KEY_ID.');
      await revokeApiKey(db, { keyId, by: COMMAND_LINE });
      return void console.error(`Key ${keyId} is revoked.`);
    }
    default:
      throw new UsageError(`Unknown command: ${[command, sub].filter(Boolean).join(' ')}`);
  }
}

// PostgreSQL has its own tools, made for databases of any size.
/** The audit log's name for what an operator does with these commands. */
const COMMAND_LINE: AuditBy = { type: 'system', id: null, label: 'Command line' };

const PG_BACKUP_HINT = `With PostgreSQL (DATABASE_URL), use its own tools:
  pg_dump --format=custom --file=grivo.dump "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" grivo.dump`;

async function runBackupCommand(
  config: Config,
  command: 'backup' | 'restore',
  file: string | undefined,
): Promise<void> {
  if (!file) throw new UsageError(`${command} needs FILE.`);
  if (config.databaseUrl)
    throw new BackupError(`${command} copies the embedded SQLite database only.\n${PG_BACKUP_HINT}`);
  const started = Date.now();
  if (command === 'backup') {
    const { bytes } = await backupSqlite(config.dataDir, file);
    console.error(
      `Backed up ${config.dataDir} to ${file} (${bytes.toLocaleString('en')} bytes, ${Date.now() - started} ms).`,
    );
    if (!config.secret)
      console.error(
        `Keep ${config.dataDir}/secret.key with it (or set GRIVO_SECRET): links in mail already sent are signed with it.`,
      );
  } else {
    const { bytes } = await restoreSqlite(config.dataDir, file);
    console.error(`Restored ${file} into ${config.dataDir} (${bytes.toLocaleString('en')} bytes). Start Grivo again.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof GrivoError)
    console.error(
      `grivo: ${error.message} (${[error.code, error.status && `HTTP ${error.status}`].filter(Boolean).join(', ')})`,
    );
  else if (error instanceof UsageError || error instanceof ApiUsageError)
    console.error(`grivo: ${error.message}\n\n${USAGE}`);
  else if (error instanceof ConfigError || error instanceof ApiError || error instanceof BackupError)
    console.error(`grivo: ${error.message}`);
  else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
    console.error(`grivo: ${error.message}\n\n${USAGE}`);
  else console.error('grivo:', error);
  process.exit(error instanceof UsageError || error instanceof ApiUsageError ? 2 : 1);
});
