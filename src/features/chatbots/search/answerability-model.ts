// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1111 development questions (591 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 0.9175,
  weights: {
    coverage: -2.1708,
    headingCoverage: 3.0939,
    absent: -2.7125,
    normalizedScore: 2.453,
    gap: -1.6447,
    together: -0.6479,
    size: -5.368,
    proximity: 3.4921,
    matched: 4.9009,
    focus: 0.5315,
    specificity: 1.1091,
  },
  threshold: 0.44,
};
