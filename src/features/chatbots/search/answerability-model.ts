// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 2023 development questions (1087 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 1.1974,
  weights: {
    coverage: -2.2702,
    headingCoverage: 2.7486,
    absent: -1.9382,
    normalizedScore: 1.6304,
    gap: -0.9994,
    together: -1.0635,
    size: -5.1117,
    proximity: 2.8582,
    matched: 6.1593,
    focus: -0.0753,
    specificity: 0.6546,
    variantShare: 0.3972,
    guessShare: -3.1217,
    unknownName: -2.544,
  },
  threshold: 0.415,
};
