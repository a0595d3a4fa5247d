// The shapes of the segment routes, as the OpenAPI document types them.
import type { ListItem, RequestBody, ResponseBody } from '@grivo/sdk';

/** A segment as the API answers it: its conditions and how many contacts match now. */
export type Segment = ListItem<'/v1/segments'>;
export type SegmentList = ResponseBody<'/v1/segments', 'get'>;
/** What creating a segment sends. */
export type SegmentBody = RequestBody<'/v1/segments', 'post'>;
/** What changing a segment sends. */
export type SegmentChanges = RequestBody<'/v1/segments/{id}', 'patch'>;
/** What counting a segment's contacts sends. */
export type SegmentCountBody = RequestBody<'/v1/segments/count', 'post'>;
export type SegmentCondition = Segment['conditions'][number];
export type SegmentOp = SegmentCondition['op'];

type Kind = 'text' | 'email' | 'choice' | 'tags' | 'date' | 'attribute' | 'activity';

/** The fields a person can pick, in plain words, with the operators each takes (as the API checks them). */
export const FIELDS: { value: string; label: string; kind: Kind }[] = [
  { value: 'email', label: 'Email', kind: 'email' },
  { value: 'first_name', label: 'First name', kind: 'text' },
  { value: 'last_name', label: 'Last name', kind: 'text' },
  { value: 'phone', label: 'Phone', kind: 'text' },
  { value: 'status', label: 'Status', kind: 'choice' },
  { value: 'source', label: 'Added by', kind: 'choice' },
  { value: 'tags', label: 'Tags', kind: 'tags' },
  { value: 'created_at', label: 'Added on', kind: 'date' },
  { value: 'attributes.', label: 'Custom field…', kind: 'attribute' },
  { value: 'received', label: 'Received a campaign', kind: 'activity' },
  { value: 'opened', label: 'Opened a campaign', kind: 'activity' },
  { value: 'clicked', label: 'Clicked in a campaign', kind: 'activity' },
];

const TEXT: SegmentOp[] = ['eq', 'neq', 'contains', 'starts_with', 'exists', 'not_exists', 'in'];
export const OPS: Record<Kind, SegmentOp[]> = {
  text: TEXT,
  email: ['eq', 'neq', 'contains', 'starts_with', 'in'],
  choice: ['eq', 'neq', 'in'],
  tags: ['contains', 'neq', 'in', 'exists', 'not_exists'],
  date: ['before', 'after'],
  attribute: [...TEXT, 'gt', 'lt', 'before', 'after'],
  activity: ['exists', 'not_exists'],
};

export const OP_LABELS: Record<SegmentOp, string> = {
  eq: 'is',
  neq: 'is not',
  contains: 'contains',
  starts_with: 'starts with',
  exists: 'is set',
  not_exists: 'is empty',
  gt: 'is more than',
  lt: 'is less than',
  before: 'is before',
  after: 'is after',
  in: 'is one of',
};

/** Tags read better as "has the tag". */
export const TAG_OP_LABELS: Partial<Record<SegmentOp, string>> = {
  contains: 'has the tag',
  neq: 'does not have the tag',
  in: 'has any of the tags',
  exists: 'has any tag',
  not_exists: 'has no tags',
};
export const ACTIVITY_OP_LABELS: Partial<Record<SegmentOp, string>> = { exists: 'yes', not_exists: 'no' };

export const CHOICES: Record<string, string[]> = {
  status: ['subscribed', 'unsubscribed', 'bounced', 'complained', 'pending', 'non_subscribed'],
  source: ['api', 'import', 'chatbot', 'dashboard'],
};

export function kindOf(field: string): Kind {
  if (field.startsWith('attributes.')) return 'attribute';
  return FIELDS.find((f) => f.value === field)?.kind ?? 'text';
}
