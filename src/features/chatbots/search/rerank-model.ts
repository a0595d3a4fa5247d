// Written by `npx tsx bench/answers/fit-rerank.ts`: the re-ranking's weights
// over RerankFeatures, fitted by coordinate ascent on section MRR@3 over the
// development half of bench:answers' questions. Do not edit by hand; refit
// after changing the first stage or the features.
// Not fitted yet: the first stage's order.
export const RERANK_MODEL = {
  base: 1,
  bm25: 0,
  coverage: 0,
  sectionCoverage: 0,
  headings: 0,
  title: 0,
  ownHeading: 0,
  headingPrecision: 0,
  proximity: 0,
  answerType: 0,
  length: 0,
  depth: 0,
  pageMates: 0,
  pageBest: 0,
  children: 0,
  pageCoverage: 0,
  rarest: 0,
};
