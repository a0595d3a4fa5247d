import { forEachTerm, type FieldTerms } from '../lib/text-analysis/fields.js';

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
 * Training writes one for each of thousands of chunks: each field is read in
 * place (its terms space-separated, as analyzed), and each lexeme's positions
 * are one growing string.
 */
export function tsvectorLiteral(fields: [weight: 'A' | 'B' | 'C' | 'D', terms: string][]): string {
  // A lexeme's number, in order of first position; its positions and their count.
  const lexemes = new Map<string, number>();
  const lists: string[] = [];
  const counts: number[] = [];
  let position = 0;
  for (const [weight, terms] of fields) {
    const mark = weight === 'D' ? '' : weight;
    forEachTerm(terms, (term) => {
      position = Math.min(position + 1, MAX_POSITION);
      const n = lexemes.get(term);
      if (n === undefined) {
        lexemes.set(term, lists.length);
        lists.push(position + mark);
        counts.push(1);
      } else if (counts[n]! < MAX_POSITIONS) {
        lists[n] += `,${position}${mark}`;
        counts[n]!++;
      }
    });
  }
  const written: string[] = [];
  for (const [term, n] of lexemes) written.push(`${quoteLexeme(term)}:${lists[n]}`);
  return written.join(' ');
}

/** A tsquery matching any (`|`) or all (`&`) of `terms`, each an exact lexeme. */
export function tsqueryLiteral(terms: string[], operator: '|' | '&'): string {
  return terms.map(quoteLexeme).join(` ${operator} `);
}

/** A chunk's tsvector: page title A, own heading B, parent headings C, text D. */
export function fieldsVector(terms: FieldTerms): string {
  return tsvectorLiteral([
    ['A', terms.title],
    ['B', terms.heading],
    ['C', terms.path],
    ['D', terms.text],
  ]);
}
