// Written by `npm run bench:answers -- --fit`: a logistic regression over
// AnswerabilityFeatures, fitted on the development half of the labelled
// questions (answerable questions of every site and language against the
// off-topic ones), with the threshold set where both error rates are lowest
// together. Do not edit by hand; refit after changing the ranking.
// Fitted on 1624 development questions (870 answerable), sqlite.
export const ANSWERABILITY_MODEL = {
  intercept: 1.3118,
  weights: {
    coverage: -1.8045,
    headingCoverage: 3.2097,
    absent: -1.7732,
    normalizedScore: 1.6749,
    gap: -0.9877,
    together: -1.2435,
    size: -5.0227,
    proximity: 2.6758,
    matched: 5.6668,
    focus: 0.4975,
    specificity: 0.2892,
    variantShare: -0.0343,
    guessShare: -6.4259,
  },
  threshold: 0.395,
};
