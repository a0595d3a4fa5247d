// Written by `npx tsx bench/answers/fit-rerank.ts`: the re-ranking's weights
// over RerankFeatures, fitted by coordinate ascent on section MRR@3 over the
// development half of bench:answers' questions. Do not edit by hand; refit
// after changing the first stage or the features.
// Fitted on 1087 development questions (281 of documentation).
export const RERANK_MODEL = {
  base: 1,
  bm25: 3,
  coverage: 0.5,
  headings: 0.2,
  ownHeading: 0.1,
  headingPrecision: 0.05,
  proximity: 0.05,
  depth: 1,
};
