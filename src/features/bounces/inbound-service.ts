import type { Config } from '../../config.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { pageOf, type Page } from '../../http/pagination.js';
import { newId, randomBase62 } from '../../lib/ids.js';
import { apiTime, nowIso } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import { applyDeliveryEvents } from './apply.js';
import type { CreateInboundWebhookBody, InboundWebhookResponse, ListInboundWebhooksQuery } from './inbound-schema.js';
import { inboundWebhooks, findInboundWebhookByToken, type InboundWebhookRow } from './inbound-store.js';
import { INBOUND_PROVIDERS } from './providers/index.js';
import type { InboundRequest, ProviderName } from './providers/provider.js';

export interface InboundDeps {
  database: Database;
  config: Pick<Config, 'publicUrl' | 'deliverability'>;
  /** Confirms an SNS subscription (a GET of its SubscribeURL); replaced in tests. */
  confirmSubscription?: (url: string) => Promise<void>;
}

function toResponse(deps: InboundDeps, row: InboundWebhookRow): InboundWebhookResponse {
  return {
    id: row.id,
    provider: row.provider as ProviderName,
    url: `${deps.config.publicUrl.replace(/\/+$/, '')}/webhooks/inbound/${row.provider}/${row.token}`,
    description: row.description,
    created_at: apiTime(row.created_at),
  };
}

export async function createInboundWebhook(
  deps: InboundDeps,
  workspaceId: string,
  body: CreateInboundWebhookBody,
): Promise<InboundWebhookResponse> {
  const problem = INBOUND_PROVIDERS[body.provider].checkSigningKey(body.signing_key);
  if (problem) throw new ApiError('invalid_request', problem, 'signing_key');
  const row: InboundWebhookRow = {
    id: newId('iw'),
    workspace_id: workspaceId,
    provider: body.provider,
    token: randomBase62(32),
    signing_key: body.signing_key ?? null,
    description: body.description || null,
    created_at: nowIso(),
  };
  await inboundWebhooks.insert(deps.database.db, row);
  return toResponse(deps, row);
}

export async function listInboundWebhooks(
  deps: InboundDeps,
  workspaceId: string,
  query: ListInboundWebhooksQuery,
): Promise<Page<InboundWebhookResponse>> {
  return pageOf(query, inboundWebhooks.of(deps.database.db, workspaceId), (row) => toResponse(deps, row));
}

export async function getInboundWebhook(
  deps: InboundDeps,
  workspaceId: string,
  id: string,
): Promise<InboundWebhookResponse> {
  const row = await inboundWebhooks.find(deps.database.db, workspaceId, id);
  if (!row) throw notFound('inbound webhook', id);
  return toResponse(deps, row);
}

export async function removeInboundWebhook(deps: InboundDeps, workspaceId: string, id: string): Promise<void> {
  if (!(await inboundWebhooks.remove(deps.database.db, workspaceId, id))) throw notFound('inbound webhook', id);
}

const noSuchHook = () => new ApiError('not_found', 'No inbound webhook has this URL.');

/**
 * A provider's report, received at the hook's URL: authenticated, read,
 * applied. Nothing is applied unless the whole report is authentic and
 * readable; an event of a kind Grivo does not act on is counted, not refused.
 */
export async function receiveReport(
  deps: InboundDeps,
  target: { provider: string; token: string },
  request: Omit<InboundRequest, 'signingKey'>,
): Promise<{ received: number }> {
  if (!/^[0-9A-Za-z]{32}$/.test(target.token)) throw noSuchHook();
  const hook = await findInboundWebhookByToken(deps.database.db, target.token);
  if (!hook || hook.provider !== target.provider) throw noSuchHook();
  const provider = INBOUND_PROVIDERS[hook.provider as ProviderName];
  const report = provider.read(
    { ...request, signingKey: hook.signing_key },
    { snsCertificates: deps.config.deliverability.snsCertificates },
  );
  if (report.subscribeUrl) await (deps.confirmSubscription ?? getUrl)(report.subscribeUrl);
  if (report.events.length > 0) await applyDeliveryEvents(deps, hook.workspace_id, report.events);
  return { received: report.events.length + report.ignored };
}

async function getUrl(url: string): Promise<void> {
  const response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) });
  await response.body?.cancel();
  if (!response.ok)
    throw new ApiError('service_unavailable', `SNS answered ${response.status} to the subscription confirmation.`);
}
