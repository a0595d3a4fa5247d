import type { Executor } from '../../../storage/database.js';

/** How many refused origins a chatbot keeps: the most recently seen; older ones drop off. */
export const REFUSED_ORIGINS_KEPT = 20;

/** A website the widget was refused on, as the store keeps it. */
export interface RefusedOrigin {
  origin: string;
  count: number;
  first_seen_at: string;
  last_seen_at: string;
}

/**
 * Counts one refusal of `origin` for a chatbot. A flood from one site is one
 * UPDATE per request; only a site not seen yet inserts a row and trims the
 * chatbot's list to the most recent few, so the table stays small whatever
 * a page does.
 */
export async function recordRefusedOrigin(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
  origin: string,
  now = new Date().toISOString(),
): Promise<void> {
  const updated = await db
    .updateTable('chatbot_refused_origins')
    .set((eb) => ({ count: eb('count', '+', 1), last_seen_at: now }))
    .where('chatbot_id', '=', target.chatbotId)
    .where('origin', '=', origin)
    .executeTakeFirst();
  if (updated.numUpdatedRows > 0n) return;
  await db
    .insertInto('chatbot_refused_origins')
    .values({
      chatbot_id: target.chatbotId,
      workspace_id: target.workspaceId,
      origin,
      count: 1,
      first_seen_at: now,
      last_seen_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['chatbot_id', 'origin'])
        .doUpdateSet((eb) => ({ count: eb('chatbot_refused_origins.count', '+', 1), last_seen_at: now })),
    )
    .execute();
  const kept = db
    .selectFrom('chatbot_refused_origins')
    .select('origin')
    .where('chatbot_id', '=', target.chatbotId)
    .orderBy('last_seen_at', 'desc')
    .orderBy('origin')
    .limit(REFUSED_ORIGINS_KEPT);
  await db
    .deleteFrom('chatbot_refused_origins')
    .where('chatbot_id', '=', target.chatbotId)
    .where('origin', 'not in', kept)
    .execute();
}

/** A chatbot's refused origins, most recently seen first (at most REFUSED_ORIGINS_KEPT). */
export async function listRefusedOrigins(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
): Promise<RefusedOrigin[]> {
  return db
    .selectFrom('chatbot_refused_origins')
    .select(['origin', 'count', 'first_seen_at', 'last_seen_at'])
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .orderBy('last_seen_at', 'desc')
    .orderBy('origin')
    .execute();
}

/** Forgets one refused origin (allowed or dismissed); false when it was not listed. */
export async function removeRefusedOrigin(
  db: Executor,
  target: { workspaceId: string; chatbotId: string },
  origin: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('chatbot_refused_origins')
    .where('workspace_id', '=', target.workspaceId)
    .where('chatbot_id', '=', target.chatbotId)
    .where('origin', '=', origin)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
