import { splitTerms, type FieldTerms } from '../lib/text-analysis/fields.js';

// PostgreSQL's tsvector and tsquery written out literally, from terms
// already analyzed in TypeScript: PostgreSQL's own parser would split
// `str.split` or `max_tokens` differently, so it is never asked to.

const MAX_POSITION = 16383;

/** A lexeme as tsvector/tsquery input reads it verbatim: quoted, quotes and backslashes escaped. */
function quoteLexeme(term: string): string {
  return `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/**
 * A tsvector literal of weighted fields, positions counted across them:
 * `[['A', 'title terms'], ['D', 'body terms']]` → `'body':3D 'terms':2A,4D …`.
 */
export function tsvectorLiteral(fields: [weight: 'A' | 'B' | 'C' | 'D', terms: string[]][]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [weight, terms] of fields) {
    for (const term of terms) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(term);
      const entry = `${position}${weight === 'D' ? '' : weight}`;
      if (list) {
        // tsvector keeps at most 256 positions a lexeme.
        if (list.length < 256) list.push(entry);
      } else positions.set(term, [entry]);
    }
  }
  return [...positions].map(([term, list]) => `${quoteLexeme(term)}:${list.join(',')}`).join(' ');
}

/** A tsquery matching any (`|`) or all (`&`) of `terms`, each an exact lexeme. */
export function tsqueryLiteral(terms: string[], operator: '|' | '&'): string {
  return terms.map(quoteLexeme).join(` ${operator} `);
}

/** A chunk's tsvector: page title A, own heading B, parent headings C, text D. */
export function fieldsVector(terms: FieldTerms): string {
  return tsvectorLiteral([
    ['A', splitTerms(terms.title)],
    ['B', splitTerms(terms.heading)],
    ['C', splitTerms(terms.path)],
    ['D', splitTerms(terms.text)],
  ]);
}
