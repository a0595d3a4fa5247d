import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { SUPPORTED_LANGUAGES } from '../../../lib/text-analysis/languages.js';

// Sums are never a website's to answer ("what is 17 times 23", "17*23",
// "combien font 17 fois 23"), but a page that mentions "7 days" and "any
// time" can look like it answers one. A message that is numbers joined by
// arithmetic, in words or symbols, with nothing else but question words, is
// arithmetic.
const OPERATOR_WORDS =
  // en, de, fr, es, it, pt, nl
  'times plus minus divided multiplied squared cubed square root percent equals x ' +
  'mal geteilt durch multipliziert hoch wurzel prozent von gleich ergibt ' +
  'fois divisé multiplié par moins racine carrée pourcent font fait égal ' +
  'por más mas menos dividido entre multiplicado raíz cuadrada porciento es son igual ' +
  'per più meno diviso moltiplicato radice quadrata fa ' +
  'vezes mais menos dividido multiplicado raiz quadrada é dá igual ' +
  'keer gedeeld vermenigvuldigd min ' +
  // ru, uk, el, tr, ar, hi, ja, zh, th
  'умножить умноженное разделить делить плюс минус на равно будет помножити поділити дорівнює ' +
  'επί συν πλην διά διαιρεμένο ίσον κάνει ' +
  'çarpı artı eksi bölü bölü kere eder ' +
  'ضرب زائد ناقص قسمة على تقسيم يساوي ' +
  'गुणा जोड़ घटा भाग बटा बराबर ' +
  '掛ける かける 足す たす 引く ひく 割る わる は いくつ 乗 ' +
  '乘以 乘 加上 加 减去 减 除以 除 等于 是 ' +
  'คูณ บวก ลบ หาร เท่ากับ';
const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
const operators = OPERATOR_WORDS.split(' ').filter(Boolean);
const spacelessOperators = operators.filter((w) => SPACELESS.test(w)).sort((a, b) => b.length - a.length);
const spacedOperators = new Set(operators.filter((w) => !SPACELESS.test(w)));
const NUMBER = /\d+(?:[.,]\d+)*/gu;
const SYMBOLS = /[+\-*/×÷^=%]/gu;
const HAS_SYMBOL = /[+\-*/×÷^=%]/u;

/** Whether a message is a sum to work out, not a question about the site. */
export function isArithmetic(message: string): boolean {
  const text = message.normalize('NFKC').toLowerCase();
  if ((text.match(NUMBER) ?? []).length < 2) return false;
  let rest = text.replace(NUMBER, ' ');
  let operated = HAS_SYMBOL.test(rest);
  rest = rest.replace(SYMBOLS, ' ');
  for (const word of spacelessOperators)
    if (rest.includes(word)) {
      operated = true;
      rest = rest.replaceAll(word, ' ');
    }
  const words = rest.split(/[^\p{L}\p{M}]+/u).filter((w) => {
    if (!spacedOperators.has(w)) return true;
    operated = true;
    return false;
  });
  if (!operated) return false;
  // What is left must be nothing but question words, in some language: a
  // few words say too little to tell which.
  const remainder = words.join(' ');
  return SUPPORTED_LANGUAGES.some((language) => analyze(remainder, language, { query: true }).length === 0);
}
