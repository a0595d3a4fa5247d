// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1624 development questions (870 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 1.2489,
  weights: {
    coverage: -2.3408,
    headingCoverage: 3.2943,
    absent: -2.343,
    normalizedScore: 1.5058,
    gap: -1.0992,
    together: -0.6503,
    size: -5.0065,
    proximity: 2.8439,
    matched: 5.5994,
    focus: 0.3343,
    specificity: 0.4403,
    variantShare: -0.2674,
    guessShare: -6.075,
  },
  threshold: 0.405,
};
