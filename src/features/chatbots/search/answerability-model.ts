// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 2023 development questions (1087 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 1.4638,
  weights: {
    coverage: -2.3705,
    headingCoverage: 3.4336,
    absent: -2.3103,
    normalizedScore: 0.5427,
    gap: -1.1561,
    together: -0.6694,
    size: -5.3998,
    proximity: 2.9929,
    matched: 6.0839,
    focus: -0.5801,
    specificity: 0.6879,
    variantShare: 0.3034,
    guessShare: -3.0629,
    unknownName: -2.5577,
  },
  threshold: 0.415,
};
