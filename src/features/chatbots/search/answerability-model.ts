// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1111 development questions (591 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 0.454,
  weights: {
    coverage: 1.1568,
    headingCoverage: 2.6423,
    absent: -3.3593,
    normalizedScore: 2.1731,
    gap: -0.416,
    together: 0,
    size: 0,
    proximity: 0,
    matched: 0,
    focus: 0
  },
  threshold: 0.435
};
