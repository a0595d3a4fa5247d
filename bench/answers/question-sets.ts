// The labelled questions of bench:answers (sets/*.json, see sets/FORMAT.md),
// each in the development or the held-out half: by a hash of its id, so a
// question and its translations always fall in the same half.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Question {
  id: string;
  question: string;
  /** Gold sections: `<page>#<anchor>` or `<page>`; empty for off-topic questions. */
  gold: string[];
  site: string;
  language: string;
  split: 'dev' | 'test';
  /** About the business, but on none of the pages a small site holds: to be refused (gold empty). */
  unanswered?: true;
}

/**
 * The questions a site holding only some pages of its question set is asked:
 * those about its pages as they are, those about none of them as questions it
 * does not answer; a question about some of each is left out.
 */
export function forPagesHeld(
  questions: Question[],
  holds: ReadonlySet<string>,
  pageOf: (key: string) => string,
): Question[] {
  return questions.flatMap((q) => {
    const held = q.gold.filter((g) => holds.has(pageOf(g)));
    if (q.gold.length === 0 || held.length === q.gold.length) return [q];
    return held.length === 0 ? [{ ...q, gold: [], unanswered: true as const }] : [];
  });
}

const SETS_DIR = path.join(import.meta.dirname, 'sets');

export function splitOf(id: string): 'dev' | 'test' {
  return createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'dev' : 'test';
}

/** Every question of `site` (or off-topic: site `offtopic`), by language. */
export function loadQuestions(site: string): Map<string, Question[]> {
  const byLanguage = new Map<string, Question[]>();
  for (const file of fs
    .readdirSync(SETS_DIR)
    .filter((f) => f.startsWith(`${site}.`) && f.endsWith('.json'))
    .sort()) {
    const set = JSON.parse(fs.readFileSync(path.join(SETS_DIR, file), 'utf8')) as {
      site: string;
      language: string;
      questions: { id: string; question: string; gold: string[] }[];
    };
    if (set.site !== site) throw new Error(`${file}: site is ${set.site}, not ${site}`);
    byLanguage.set(
      set.language,
      set.questions.map((q) => ({ ...q, site, language: set.language, split: splitOf(q.id) })),
    );
  }
  return byLanguage;
}
