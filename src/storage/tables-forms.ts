// Subscribe forms (features/forms).

/** A subscribe form: its fields, the tags it adds and where it may be posted from. */
export interface FormsTable {
  id: string;
  workspace_id: string;
  name: string;
  /** JSON: [{key, label, required}], email first. */
  fields: string;
  /** JSON: the tags added to every contact who submits. */
  tags: string;
  consent_text: string;
  redirect_url: string | null;
  /** JSON: hosts the form may be posted from; empty: anywhere. */
  allowed_domains: string;
  success_message: string | null;
  created_at: string;
  updated_at: string;
}
