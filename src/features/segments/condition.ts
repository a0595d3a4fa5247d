import { z } from 'zod';
import { ATTRIBUTE_KEY_MAX_LENGTH, normalizeAttributeKey } from '../../lib/attribute-key.js';
import {
  ATTRIBUTE_PREFIX,
  choicesOf,
  FIELD_OPS,
  kindOf,
  SEGMENT_OPS,
  type FieldKind,
  type SegmentOp,
} from './fields.js';

export const MAX_CONDITIONS = 20;
const VALUE_MAX = 500;
const IN_MAX = 100;
const MAX_WITHIN_DAYS = 3650;

/** Which campaigns and how recently, for `opened`, `clicked` and `received`. */
export interface ActivityValue {
  campaign_id?: string;
  within_days?: number;
}

/** One validated condition: `value` has the type its operator needs. */
export interface Condition {
  field: string;
  op: SegmentOp;
  value?: string | number | string[] | ActivityValue;
}

type Checked = { value: Condition['value'] } | { error: string };

const DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function text(v: unknown, where: string): Checked {
  if (typeof v === 'number' || typeof v === 'boolean') return { value: String(v) };
  if (typeof v !== 'string' || v.length === 0 || v.length > VALUE_MAX)
    return { error: `${where} must be a non-empty string of at most ${VALUE_MAX} characters.` };
  return { value: v };
}

function activity(v: unknown, where: string): Checked {
  if (v === undefined || v === null) return { value: {} };
  if (typeof v !== 'object' || Array.isArray(v))
    return { error: `${where} must be an object: {"campaign_id"?: "cmp_…", "within_days"?: 1 to ${MAX_WITHIN_DAYS}}.` };
  const { campaign_id, within_days, ...rest } = v as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0)
    return { error: `${where} has an unknown key '${unknown[0]}': use campaign_id or within_days.` };
  const out: ActivityValue = {};
  if (campaign_id !== undefined) {
    if (typeof campaign_id !== 'string' || !/^cmp_[0-9A-Za-z]{1,60}$/.test(campaign_id))
      return { error: `${where}.campaign_id must be a campaign id (cmp_…).` };
    out.campaign_id = campaign_id;
  }
  if (within_days !== undefined) {
    if (!Number.isInteger(within_days) || (within_days as number) < 1 || (within_days as number) > MAX_WITHIN_DAYS)
      return { error: `${where}.within_days must be a whole number from 1 to ${MAX_WITHIN_DAYS}.` };
    out.within_days = within_days as number;
  }
  return { value: out };
}

/** The value an operator needs on a field of this kind, or why the one given does not fit. */
export function checkValue(kind: FieldKind, field: string, op: SegmentOp, v: unknown, where: string): Checked {
  if (kind === 'activity') return activity(v, where);
  if (op === 'exists' || op === 'not_exists')
    return v === undefined || v === null ? { value: undefined } : { error: `${where} must be left out for ${op}.` };
  if (op === 'in') {
    if (!Array.isArray(v) || v.length === 0 || v.length > IN_MAX)
      return { error: `${where} must be an array of 1 to ${IN_MAX} strings for in.` };
    const values: string[] = [];
    for (const item of v) {
      const one = kind === 'choice' ? choice(field, item, where) : text(item, `each of ${where}`);
      if ('error' in one) return one;
      values.push(one.value as string);
    }
    return { value: [...new Set(values)] };
  }
  if (op === 'gt' || op === 'lt')
    return typeof v === 'number' && Number.isFinite(v)
      ? { value: v }
      : { error: `${where} must be a number for ${op}.` };
  if (op === 'before' || op === 'after') {
    if (typeof v !== 'string' || !DATE.test(v) || Number.isNaN(Date.parse(v)))
      return { error: `${where} must be a date or time in ISO 8601 (2026-03-15 or 2026-03-15T10:30:00Z) for ${op}.` };
    // A contact's created_at compares as a stored timestamp; an attribute compares as the text it holds.
    return { value: kind === 'date' ? new Date(v).toISOString() : v };
  }
  if (kind === 'choice') return choice(field, v, where);
  return text(v, where);
}

function choice(field: string, v: unknown, where: string): Checked {
  const choices = choicesOf(field);
  return typeof v === 'string' && choices.includes(v)
    ? { value: v }
    : { error: `${where} must be one of: ${choices.join(', ')}.` };
}

const RawCondition = z
  .object({
    field: z.string({ error: 'field must be a string.' }).max(ATTRIBUTE_PREFIX.length + ATTRIBUTE_KEY_MAX_LENGTH + 10),
    op: z.enum(SEGMENT_OPS, { error: `op must be one of: ${SEGMENT_OPS.join(', ')}.` }),
    value: z.unknown().optional(),
  })
  .strict();

/** A condition as sent: its op is checked against its field and its value against its op. */
export const ConditionInput = RawCondition.transform((c, ctx): Condition => {
  const kind = kindOf(c.field);
  if (kind === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['field'],
      message: `field '${c.field}' is unknown: use email, first_name, last_name, phone, status, source, tags, created_at, attributes.<key>, opened, clicked or received.`,
    });
    return z.NEVER;
  }
  if (!FIELD_OPS[kind].includes(c.op)) {
    ctx.addIssue({
      code: 'custom',
      path: ['op'],
      message: `op '${c.op}' does not apply to ${c.field}: use ${FIELD_OPS[kind].join(', ')}.`,
    });
    return z.NEVER;
  }
  const checked = checkValue(kind, c.field, c.op, c.value, 'value');
  if ('error' in checked) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: checked.error });
    return z.NEVER;
  }
  const field =
    kind === 'attribute' ? ATTRIBUTE_PREFIX + normalizeAttributeKey(c.field.slice(ATTRIBUTE_PREFIX.length)) : c.field;
  return checked.value === undefined ? { field, op: c.op } : { field, op: c.op, value: checked.value };
});
