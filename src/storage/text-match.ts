import { type Expression, type SqlBool, sql } from 'kysely';

const likePattern = (needle: string) => `%${needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Whether a column's text (JSON included) holds any of `needles`, case-insensitively, on
 * both engines. A coarse first pass: it also matches `bob@x.com` for `ob@x.com`, so the
 * caller checks each row found with lib/mentions.ts before changing it.
 */
export function containsAny(column: Expression<unknown>, needles: readonly string[]): Expression<SqlBool> {
  if (needles.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(
    needles.map((n) => sql`lower(cast(${column} as text)) like ${likePattern(n)} escape '\\'`),
    sql` or `,
  )})`;
}
