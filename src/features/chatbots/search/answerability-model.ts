// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1111 development questions (591 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 1.9093,
  weights: {
    coverage: -0.2443,
    headingCoverage: 1.6825,
    absent: -2.024,
    normalizedScore: 7.5607,
    gap: -1.0302,
    together: -1.3437,
    size: -5.8963,
    proximity: 3.3628,
    matched: 1.5842,
    focus: 0.4314
  },
  threshold: 0.45
};
