// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1111 development questions (591 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 2.1088,
  weights: {
    coverage: -2.2555,
    headingCoverage: 1.3717,
    absent: -2.2521,
    normalizedScore: 8.116,
    gap: -1.1756,
    together: -1.0436,
    size: -6.1441,
    proximity: 3.4969,
    matched: 2.7728,
    focus: 0.9891,
  },
  threshold: 0.415,
};
