// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 2023 development questions (1087 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 3.1327,
  weights: {
    coverage: -4.1541,
    headingCoverage: 3.4224,
    absent: -3.1802,
    normalizedScore: 1.5343,
    gap: -1.1803,
    together: 0.2862,
    size: -6.0843,
    proximity: 2.3167,
    matched: 7.8512,
    focus: -1.8715,
    specificity: 0.2531,
    variantShare: -0.1267,
    guessShare: -4.3971,
    missing: -4.0613,
    unknownName: -2.5871,
  },
  threshold: 0.41,
};
