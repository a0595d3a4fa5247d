import { splitTerms, type FieldTerms } from '../lib/text-analysis/fields.js';

// PostgreSQL's tsvector and tsquery written out literally, from terms
// already analyzed in TypeScript: PostgreSQL's own parser would split
// `str.split` or `max_tokens` differently, so it is never asked to.

const MAX_POSITION = 16383;

/** A lexeme as tsvector/tsquery input reads it verbatim: quoted, quotes and backslashes escaped. */
function quoteLexeme(term: string): string {
  if (!term.includes("'") && !term.includes('\\')) return `'${term}'`;
  return `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

// tsvector keeps at most 256 positions a lexeme.
const MAX_POSITIONS = 256;

/**
 * A tsvector literal of weighted fields, positions counted across them:
 * `[['A', 'title terms'], ['D', 'body terms']]` → `'body':3D 'terms':2A,4D …`.
 * Training writes one for each of thousands of chunks: each lexeme's positions
 * are one growing string.
 */
export function tsvectorLiteral(fields: [weight: 'A' | 'B' | 'C' | 'D', terms: string[]][]): string {
  const positions = new Map<string, { list: string; count: number }>();
  let position = 0;
  for (const [weight, terms] of fields) {
    const mark = weight === 'D' ? '' : weight;
    for (const term of terms) {
      position = Math.min(position + 1, MAX_POSITION);
      const entry = positions.get(term);
      if (entry === undefined) positions.set(term, { list: `${position}${mark}`, count: 1 });
      else if (entry.count < MAX_POSITIONS) {
        entry.list += `,${position}${mark}`;
        entry.count++;
      }
    }
  }
  const lexemes: string[] = [];
  for (const [term, { list }] of positions) lexemes.push(`${quoteLexeme(term)}:${list}`);
  return lexemes.join(' ');
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
