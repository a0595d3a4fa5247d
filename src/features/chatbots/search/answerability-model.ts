// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1111 development questions (591 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 1.6555,
  weights: {
    coverage: -1.3037,
    headingCoverage: 2.9801,
    absent: -2.6023,
    normalizedScore: 1.5035,
    gap: -1.3396,
    together: -0.8056,
    size: -5.2687,
    proximity: 3.4529,
    matched: 4.4141,
    focus: 1.323
  },
  threshold: 0.44
};
