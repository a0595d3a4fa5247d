// Consent records and the double opt-in settings of a workspace (features/consent, features/workspaces).

import type { ColumnType } from 'kysely';

/** Optional on insert (absent: null), nullable, writable. */
type NullableSetting = ColumnType<string | null, string | null | undefined, string | null>;

/** Columns of `workspaces` for double opt-in and the postal address (`GET/PATCH /v1/settings`). */
export interface ConsentSettingsColumns {
  /** 1: new subscribers from forms and leads confirm by email first; 0: they are subscribed at once. */
  double_opt_in: ColumnType<number, number | undefined, number>;
  /** Liquid; null: the default subject. */
  confirmation_subject: NullableSetting;
  /** Liquid; null: the default message. */
  confirmation_html: NullableSetting;
  confirmation_expiry_days: ColumnType<number, number | undefined, number>;
  postal_address: NullableSetting;
}

/** One thing that happened to a contact's consent; rows are only added (and removed with the contact). */
export interface ContactConsentsTable {
  id: string;
  workspace_id: string;
  contact_id: string;
  /** requested | confirmed | expired | given | withdrawn */
  type: string;
  /** form | lead | api | import | unsubscribe */
  source: string;
  form_id: string | null;
  ip: string | null;
  at: string;
}
