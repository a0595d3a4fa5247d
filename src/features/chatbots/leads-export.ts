import type { Principal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { recordAudit } from '../audit/record.js';
import { getChatbotRow } from './service.js';

/**
 * Checks the chatbot is the caller's and records the download of its leads in
 * the audit log (they are people's addresses); answers what `leadsCsv` streams.
 */
export async function exportLeads(database: Database, principal: Principal, chatbotId: string) {
  const chatbot = await getChatbotRow({ database }, principal.workspaceId, chatbotId);
  await recordAudit(database.db, principal, {
    action: 'chatbot.leads_exported',
    resourceType: 'chatbot',
    resourceId: chatbot.id,
    details: { name: chatbot.name },
  });
  return { workspaceId: principal.workspaceId, chatbotId: chatbot.id };
}
