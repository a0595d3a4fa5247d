import { ATTRIBUTE_KEY_MAX_LENGTH, normalizeAttributeKey } from '../../lib/attribute-key.js';
import { CONTACT_SOURCES, CONTACT_STATUSES } from '../contacts/schema.js';

export const SEGMENT_OPS = [
  'eq',
  'neq',
  'contains',
  'starts_with',
  'exists',
  'not_exists',
  'gt',
  'lt',
  'before',
  'after',
  'in',
] as const;
export type SegmentOp = (typeof SEGMENT_OPS)[number];

/** What a condition looks at: a contact column, its tags, one attribute, or its campaign activity. */
export type FieldKind = 'text' | 'email' | 'choice' | 'tags' | 'date' | 'attribute' | 'activity';

const TEXT_OPS: SegmentOp[] = ['eq', 'neq', 'contains', 'starts_with', 'exists', 'not_exists', 'in'];

/** Each field and the operators that make sense for it. */
export const FIELD_OPS: Record<FieldKind, readonly SegmentOp[]> = {
  text: TEXT_OPS,
  email: ['eq', 'neq', 'contains', 'starts_with', 'in'],
  choice: ['eq', 'neq', 'in'],
  tags: ['contains', 'neq', 'in', 'exists', 'not_exists'],
  date: ['before', 'after'],
  attribute: [...TEXT_OPS, 'gt', 'lt', 'before', 'after'],
  activity: ['exists', 'not_exists'],
};

export const CONTACT_FIELDS = {
  email: 'email',
  first_name: 'text',
  last_name: 'text',
  phone: 'text',
  status: 'choice',
  source: 'choice',
  tags: 'tags',
  created_at: 'date',
  opened: 'activity',
  clicked: 'activity',
  received: 'activity',
} as const satisfies Record<string, FieldKind>;
export type ContactField = keyof typeof CONTACT_FIELDS;
export type ActivityField = 'opened' | 'clicked' | 'received';

export const ATTRIBUTE_PREFIX = 'attributes.';

/** The kind of a field name, or undefined for a field no segment can use. */
export function kindOf(field: string): FieldKind | undefined {
  if (field.startsWith(ATTRIBUTE_PREFIX)) {
    const key = normalizeAttributeKey(field.slice(ATTRIBUTE_PREFIX.length));
    return key.length > 0 && key.length <= ATTRIBUTE_KEY_MAX_LENGTH ? 'attribute' : undefined;
  }
  return Object.hasOwn(CONTACT_FIELDS, field) ? CONTACT_FIELDS[field as ContactField] : undefined;
}

/** The values a choice field takes. */
export function choicesOf(field: string): readonly string[] {
  return field === 'status' ? CONTACT_STATUSES : CONTACT_SOURCES;
}
