import type { ActivitySource, ActivityType } from '../contacts/activity/schema.js';
import { listConsentEvents } from './store.js';

// Written by P5 (contact activity): consent's part of a contact's timeline, read through listConsentEvents.

/** A contact's consent events in its timeline (detail: where it came from: form, lead, api, import, unsubscribe). */
export const consentActivity: ActivitySource = async (db, workspaceId, contact, limit) =>
  (await listConsentEvents(db, workspaceId, contact.id)).slice(0, limit).map((row) => ({
    type: `consent.${row.type}` as ActivityType,
    at: row.at,
    detail: row.source,
  }));
