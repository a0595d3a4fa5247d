import type { Plan } from '../../../config.js';
import { ApiError, notFound } from '../../../http/api-error.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/time.js';
import { emailKey } from '../../../lib/email.js';
import { createContact, type ContactDeps } from '../../contacts/service.js';
import { findContactsByEmailKeys } from '../../contacts/store.js';
import { requestConsent, type ConsentDeps } from '../../consent/double-opt-in.js';
import { settingsOf } from '../chatbot-row.js';
import type { ChatbotRow } from '../chatbot-row.js';
import { findConversation, setConversationLead } from '../chat/conversations-store.js';
import { startConversation } from '../chat/service.js';
import { countDaily, dayOf } from '../analytics/stats-store.js';
import { emitEvent } from '../../events/emit.js';
import type { LeadBody } from './schema.js';

/**
 * Turns a widget visitor into a contact (source `chatbot`, tagged with the
 * chatbot's name), or updates the contact with that email, and links it to
 * the conversation. Over the plan's contact limit the lead is still kept on
 * the conversation, so it is never lost.
 *
 * Consent: a visitor who ticked the form's consent checkbox is asked to
 * confirm (or subscribed, with double opt-in off: features/consent); one who
 * did not, or was shown none, becomes a `non_subscribed` contact when new,
 * and an existing contact keeps its status.
 */
export async function captureLead(
  deps: ContactDeps & ConsentDeps,
  target: { chatbot: ChatbotRow; plan: Plan; origin: string | null },
  body: LeadBody,
  ip?: string,
): Promise<{ conversation_id: string; contact_id: string | null }> {
  const { chatbot } = target;
  const conversation = await widgetConversation(deps, target, body.conversation_id);
  const [first, ...rest] = (body.name ?? '').split(/\s+/).filter(Boolean);
  const consented = body.consent === true && settingsOf(chatbot).leadCapture.consent.enabled;
  let contactId: string | null = null;
  try {
    const [existing] = await findContactsByEmailKeys(deps.database.db, chatbot.workspace_id, [emailKey(body.email)]);
    const { contact } = await createContact(
      deps,
      { workspaceId: chatbot.workspace_id, plan: target.plan },
      {
        email: body.email,
        ...(existing ? {} : { status: 'non_subscribed' as const }),
        ...(first ? { first_name: first, last_name: rest.length > 0 ? rest.join(' ') : null } : {}),
        tags: [chatbot.name],
        attributes: { chatbot_conversation: conversation.id },
      },
      { upsert: true, source: 'chatbot' },
    );
    contactId = contact.id;
    if (consented)
      await requestConsent(deps, {
        workspaceId: chatbot.workspace_id,
        contactId: contact.id,
        source: 'lead',
        ...(ip ? { ip } : {}),
      });
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'plan_limit_exceeded')) throw error;
  }
  const now = nowIso();
  await deps.database.db.transaction().execute(async (trx) => {
    const current = await findConversation(trx, chatbot.workspace_id, chatbot.id, conversation.id);
    await setConversationLead(trx, conversation, {
      contact_id: contactId,
      lead_name: body.name || null,
      lead_email: body.email,
      lead_at: now,
    });
    // A visitor correcting their email is still one lead.
    if (current?.lead_at === null) {
      await countDaily(trx, { workspaceId: chatbot.workspace_id, chatbotId: chatbot.id }, dayOf(now), { leads: 1 });
      await emitEvent(trx, chatbot.workspace_id, 'lead.created', {
        chatbot_id: chatbot.id,
        conversation_id: conversation.id,
        contact_id: contactId,
        name: body.name || null,
        email: body.email,
        created_at: `${now.slice(0, 19)}Z`,
      });
    }
  });
  return { conversation_id: conversation.id, contact_id: contactId };
}

// A lead asked for before the first question starts the conversation.
async function widgetConversation(
  deps: ContactDeps,
  target: { chatbot: ChatbotRow; origin: string | null },
  id: string | undefined,
) {
  const { chatbot } = target;
  if (id) {
    const existing = await findConversation(deps.database.db, chatbot.workspace_id, chatbot.id, id);
    if (existing?.channel !== 'widget') throw notFound('conversation', id, ' for this chatbot');
    return existing;
  }
  return startConversation(deps.database.db, { ...target, channel: 'widget' }, newId('conv'), nowIso(), null);
}
