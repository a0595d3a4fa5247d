// Section-level ranking metrics over labelled questions.

/** What one question came to. */
export interface Outcome {
  /** Gold keys of the question (empty: off-topic). */
  gold: string[];
  /** Keys of the search endpoint's sections, best first. */
  ranked: string[];
  /** Keys of the chat's sources, in order (empty when it refused). */
  sources: string[];
  answered: boolean;
}

export interface Figures {
  questions: number;
  mrr3: number;
  recall3: number;
  hit1: number;
  /** Share of questions whose gold page is among the chat's first three sources. */
  page3: number;
  /** Answerable questions answered / off-topic questions refused. */
  answered: number;
}

const page = (key: string) => key.split('#')[0]!;

/** Ranking figures of answerable questions (MRR@3, recall@3, hit@1 on sections; page among the first three sources). */
export function rankingFigures(outcomes: Outcome[]): Figures {
  const n = outcomes.length || 1;
  let mrr = 0;
  let recall = 0;
  let hit1 = 0;
  let page3 = 0;
  let answered = 0;
  for (const o of outcomes) {
    const top3 = o.ranked.slice(0, 3);
    const rank = top3.findIndex((key) => o.gold.includes(key));
    if (rank >= 0) mrr += 1 / (rank + 1);
    recall += o.gold.filter((g) => top3.includes(g)).length / o.gold.length;
    if (o.ranked[0] !== undefined && o.gold.includes(o.ranked[0])) hit1++;
    const goldPages = new Set(o.gold.map(page));
    if (o.sources.slice(0, 3).some((key) => goldPages.has(page(key)))) page3++;
    if (o.answered) answered++;
  }
  return {
    questions: outcomes.length,
    mrr3: mrr / n,
    recall3: recall / n,
    hit1: hit1 / n,
    page3: page3 / n,
    answered: answered / n,
  };
}

/** Share of off-topic questions the chat refused. */
export function refusedShare(outcomes: Outcome[]): number {
  return outcomes.length === 0 ? NaN : outcomes.filter((o) => !o.answered).length / outcomes.length;
}
