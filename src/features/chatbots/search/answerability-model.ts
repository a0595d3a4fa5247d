// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1339 development questions (715 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 0.8222,
  weights: {
    coverage: -3.2361,
    headingCoverage: 2.6716,
    absent: -2.0487,
    normalizedScore: 3.1895,
    gap: -1.5723,
    together: -0.9236,
    size: -5.2298,
    proximity: 3.0387,
    matched: 6.0974,
    focus: -0.0823,
    specificity: 1.1256,
  },
  threshold: 0.425,
};
