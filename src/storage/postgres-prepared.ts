// Kysely hands pg bare SQL texts, which PostgreSQL parses and plans anew at
// every call. For the few texts run thousands of times a minute (a send's
// claims and results) that was most of the server's CPU for the statement.
// Nothing here loads pg: a feature marks its texts on SQLite too, where pg is
// never needed (open-postgres.ts runs them).
const names = new Map<string, string>();

/**
 * Marks a SQL text to run as a named prepared statement on PostgreSQL:
 * parsed and planned once per connection. Returns the text unchanged. Only
 * for fixed texts (not ones built per call), since each stays prepared on
 * every connection for the connection's life.
 */
export function preparedOnPostgres(text: string): string {
  if (!names.has(text)) names.set(text, `grivo_${names.size + 1}`);
  return text;
}

/** The statement name of a text marked above, if it was. */
export const preparedName = (text: string): string | undefined => names.get(text);
