import type { ContactStatus } from './schema.js';
import { mergeTags } from './tags/keys.js';

/** What a write says about a contact; fields left undefined are kept as they are. */
export interface ContactPatch {
  email?: string;
  first_name?: string | null;
  last_name?: string | null;
  phone?: string | null;
  /** Merged key by key; a null value removes the key. */
  attributes?: Record<string, unknown>;
  /** Added to the contact's tags. */
  addTags?: string[];
  /** Replaces the contact's tags. */
  tags?: string[];
  status?: ContactStatus;
}

/** The fields of a contact that writes change, as plain values. */
export interface ContactValues {
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  attributes: Record<string, unknown>;
  tags: string[];
  status: ContactStatus;
}

export function applyPatch(current: ContactValues, patch: ContactPatch): ContactValues {
  const next: ContactValues = { ...current };
  if (patch.email !== undefined) next.email = patch.email;
  if (patch.first_name !== undefined) next.first_name = patch.first_name;
  if (patch.last_name !== undefined) next.last_name = patch.last_name;
  if (patch.phone !== undefined) next.phone = patch.phone;
  if (patch.status !== undefined) next.status = patch.status;
  if (patch.attributes) {
    const attributes = { ...current.attributes };
    for (const [key, value] of Object.entries(patch.attributes)) {
      if (value === null) delete attributes[key];
      else attributes[key] = value;
    }
    next.attributes = attributes;
  }
  // Tags merge case-insensitively: the spelling already there is kept.
  if (patch.tags) next.tags = mergeTags(patch.tags);
  if (patch.addTags?.length) next.tags = mergeTags([...next.tags, ...patch.addTags]);
  return next;
}

export function sameValues(a: ContactValues, b: ContactValues): boolean {
  return (
    a.email === b.email &&
    a.first_name === b.first_name &&
    a.last_name === b.last_name &&
    a.phone === b.phone &&
    a.status === b.status &&
    JSON.stringify(a.attributes) === JSON.stringify(b.attributes) &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags)
  );
}
