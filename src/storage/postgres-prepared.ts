import pg from 'pg';

// Kysely hands pg bare SQL texts, which PostgreSQL parses and plans anew at
// every call. For the few texts run thousands of times a minute (a send's
// claims and results) that was most of the server's CPU for the statement.
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

/** pg's client, running the texts marked above as their named statements. */
export class PreparingClient extends pg.Client {
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() is overloaded; this only adds a name to one form of it
  override query(config: any, values?: any, callback?: any): any {
    const name = typeof config === 'string' ? names.get(config) : undefined;
    return name === undefined
      ? super.query(config, values, callback)
      : super.query({ name, text: config, values }, callback);
  }
}
