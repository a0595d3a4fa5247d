import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { SqlEngine } from '../../storage/sql-engine.js';
import type { Tables } from '../../storage/tables.js';
import { tagCondition } from '../contacts/tag-match.js';
import type { ActivityValue, Condition } from './condition.js';
import { ATTRIBUTE_PREFIX, kindOf, type ActivityField } from './fields.js';

export { findSegment, type Segment } from './store.js';
export type { Condition } from './condition.js';

type Eb = ExpressionBuilder<Tables, 'contacts'>;
type Text = Expression<string | null>;

const DAY_MS = 86_400_000;
const ACTIVITY_COLUMN = { opened: 'opened_at', clicked: 'clicked_at', received: 'sent_at' } as const;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const like = (column: Text, pattern: string) => sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
const lower = (column: Text) => sql<string | null>`lower(${column})`;

/** A text comparison, ignoring case; neq and not_exists also hold where there is no value. */
function textCondition(eb: Eb, column: Text, c: Condition): Expression<SqlBool> {
  const v = c.value;
  switch (c.op) {
    case 'eq':
      return eb(lower(column), '=', String(v).toLowerCase());
    case 'neq':
      return eb.or([eb(column, 'is', null), eb(lower(column), '<>', String(v).toLowerCase())]);
    case 'contains':
      return like(column, `%${escapeLike(String(v).toLowerCase())}%`);
    case 'starts_with':
      return like(column, `${escapeLike(String(v).toLowerCase())}%`);
    case 'exists':
      return eb.and([eb(column, 'is not', null), eb(column, '<>', '')]);
    case 'not_exists':
      return eb.or([eb(column, 'is', null), eb(column, '=', '')]);
    case 'in':
      return eb(
        lower(column),
        'in',
        (v as string[]).map((s) => s.toLowerCase()),
      );
    case 'before':
      return eb(column, '<', String(v));
    case 'after':
      return eb(column, '>', String(v));
    default:
      throw new Error(`op ${c.op} does not apply to text`);
  }
}

function activityCondition(eb: Eb, workspaceId: string, c: Condition, now: Date): Expression<SqlBool> {
  const column = ACTIVITY_COLUMN[c.field as ActivityField];
  const value = (c.value ?? {}) as ActivityValue;
  let query = eb
    .selectFrom('campaign_recipients as cr')
    .select(sql.lit(1).as('one'))
    .where('cr.workspace_id', '=', workspaceId)
    .whereRef('cr.contact_id', '=', 'contacts.id')
    .where(`cr.${column}`, 'is not', null);
  if (value.campaign_id !== undefined) query = query.where('cr.campaign_id', '=', value.campaign_id);
  if (value.within_days !== undefined)
    query = query.where(`cr.${column}`, '>=', new Date(now.getTime() - value.within_days * DAY_MS).toISOString());
  return c.op === 'exists' ? eb.exists(query) : eb.not(eb.exists(query));
}

function tagsCondition(eb: Eb, engine: SqlEngine, c: Condition): Expression<SqlBool> {
  switch (c.op) {
    case 'contains':
      return tagCondition(engine, [c.value as string], 'any');
    case 'neq':
      return eb.not(tagCondition(engine, [c.value as string], 'any'));
    case 'in':
      return tagCondition(engine, c.value as string[], 'any');
    case 'exists':
      return sql<SqlBool>`${eb.ref('contacts.tags')} <> ${'[]'}`;
    default:
      return sql<SqlBool>`${eb.ref('contacts.tags')} = ${'[]'}`;
  }
}

function attributeCondition(eb: Eb, engine: SqlEngine, c: Condition): Expression<SqlBool> {
  const key = c.field.slice(ATTRIBUTE_PREFIX.length);
  const attributes = eb.ref('contacts.attributes');
  if (c.op === 'gt' || c.op === 'lt') {
    return eb(engine.jsonObjectNumber(attributes, key), c.op === 'gt' ? '>' : '<', c.value as number);
  }
  return textCondition(eb, engine.jsonObjectText(attributes, key), c);
}

function conditionOf(eb: Eb, engine: SqlEngine, workspaceId: string, c: Condition, now: Date): Expression<SqlBool> {
  switch (kindOf(c.field)) {
    case 'activity':
      return activityCondition(eb, workspaceId, c, now);
    case 'tags':
      return tagsCondition(eb, engine, c);
    case 'attribute':
      return attributeCondition(eb, engine, c);
    case 'email':
      // email_key is the address lowercased (and indexed).
      return textCondition(eb, eb.ref('contacts.email_key'), c);
    case 'choice': {
      const column = eb.ref(c.field === 'status' ? 'contacts.status' : 'contacts.source');
      if (c.op === 'in') return eb(column, 'in', c.value as string[]);
      return eb(column, c.op === 'eq' ? '=' : '<>', c.value as string);
    }
    case 'date':
      return eb(eb.ref('contacts.created_at'), c.op === 'before' ? '<' : '>', c.value as string);
    case 'text': {
      const column = c.field === 'first_name' ? 'first_name' : c.field === 'last_name' ? 'last_name' : 'phone';
      return textCondition(eb, eb.ref(`contacts.${column}`), c);
    }
    default:
      // Conditions are validated before they are stored; one that no longer is matches nobody.
      return sql<SqlBool>`1 = 0`;
  }
}

/**
 * The contacts (table `contacts`) of the workspace that match the segment:
 * every condition (match all) or at least one (match any); no conditions
 * match every contact. Values and attribute keys are bound parameters.
 * `now` anchors `within_days`.
 */
export function segmentWhere(
  engine: SqlEngine,
  workspaceId: string,
  segment: { match: 'all' | 'any'; conditions: Condition[] },
  now: Date = new Date(),
): Expression<SqlBool> {
  const eb = expressionBuilder<Tables, 'contacts'>();
  const inWorkspace = eb(eb.ref('contacts.workspace_id'), '=', workspaceId);
  if (segment.conditions.length === 0) return inWorkspace;
  const each = segment.conditions.map((c) => conditionOf(eb, engine, workspaceId, c, now));
  return eb.and([inWorkspace, segment.match === 'any' ? eb.or(each) : eb.and(each)]);
}
