import { describe, expect, it } from 'vitest';
import { isArithmetic } from './arithmetic.js';

describe('isArithmetic', () => {
  it('knows a sum in words or symbols, in many languages', () => {
    for (const sum of [
      'what is 17 times 23',
      '17*23',
      '17 × 23 =',
      'what is 15% of 80',
      'was ist 17 mal 23',
      'combien font 17 fois 23',
      'cuánto es 17 por 23',
      'сколько будет 17 умножить на 23',
      'πόσο κάνει 17 επί 23',
      'كم يساوي 17 ضرب 23',
      '17乘以23等于多少',
      '17かける23はいくつ',
      '17 คูณ 23 เท่ากับเท่าไร',
    ])
      expect(isArithmetic(sum), sum).toBe(true);
  });

  it('leaves questions with numbers in them alone', () => {
    for (const question of [
      'open 9 to 5?',
      'do you have size 54 or 56 frames',
      'how much for 2 bags of 250 g',
      'Is delivery free over £30 or £50?',
      'can I return 2 of 3 items',
      'python 3.11 vs 3.12',
      'what is 17',
      'times',
    ])
      expect(isArithmetic(question), question).toBe(false);
  });
});
