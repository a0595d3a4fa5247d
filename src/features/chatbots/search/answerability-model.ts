// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1282 development questions (684 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 0.9923,
  weights: {
    coverage: -3.2326,
    headingCoverage: 2.9459,
    absent: -2.324,
    normalizedScore: 2.6989,
    gap: -1.6965,
    together: -0.4131,
    size: -5.2995,
    proximity: 3.1483,
    matched: 5.485,
    focus: 0.1182,
    specificity: 1.0826,
  },
  threshold: 0.42,
};
