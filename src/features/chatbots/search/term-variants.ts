import type { Executor } from '../../../storage/database.js';

// Stemmers disagree with themselves ("define" → defin, "definition" →
// definit) and segmenters with each other (软件 / 软件包): a question term
// also matches the index's terms that extend it, or that it extends, by a
// short ending. They count for less than the term itself.
const SPACELESS = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+$/u;
const LETTERS = /^\p{L}+$/u;
const MAX_VARIANTS = 4;

interface Shape {
  /** Shortest term that gets variants. */
  min: number;
  /** Most characters a variant adds or drops. */
  ending: number;
}

function shapeOf(term: string): Shape | null {
  if (SPACELESS.test(term)) return term.length >= 2 ? { min: 2, ending: 1 } : null;
  return LETTERS.test(term) && term.length >= 5 ? { min: 4, ending: 3 } : null;
}

/** For each question term, the index's terms that extend it or that it extends by a short ending, most frequent first. */
export async function loadTermVariants(db: Executor, chatbotId: string, terms: string[]): Promise<Map<string, { term: string; df: number }[]>> {
  const variants = new Map<string, { term: string; df: number }[]>();
  const shaped = terms.flatMap((term) => {
    const shape = shapeOf(term);
    return shape ? [{ term, shape }] : [];
  });
  if (shaped.length === 0) return variants;
  const shorter = shaped.flatMap(({ term, shape }) =>
    Array.from({ length: shape.ending }, (_, i) => term.slice(0, term.length - i - 1)).filter((t) => t.length >= shape.min),
  );
  const rows = await db
    .selectFrom('chatbot_terms')
    .select(['term', 'chunks'])
    .where('chatbot_id', '=', chatbotId)
    .where((eb) =>
      eb.or([
        ...shaped.map(({ term }) => eb.and([eb('term', '>', term), eb('term', '<', `${term}\u{10FFFF}`)])),
        ...(shorter.length > 0 ? [eb('term', 'in', shorter)] : []),
      ]),
    )
    .execute();
  for (const { term, shape } of shaped) {
    const found = rows
      .filter((r) => r.term !== term && Math.abs(r.term.length - term.length) <= shape.ending && (r.term.startsWith(term) || term.startsWith(r.term)))
      .sort((a, b) => b.chunks - a.chunks || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_VARIANTS)
      .map((r) => ({ term: r.term, df: r.chunks }));
    if (found.length > 0) variants.set(term, found);
  }
  return variants;
}
