// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1111 development questions (591 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 0.455,
  weights: {
    coverage: 1.1342,
    headingCoverage: 2.6537,
    absent: -3.3543,
    normalizedScore: 2.186,
    gap: -0.4092
  },
  threshold: 0.435
};
