import { stemmer as snowball } from '@orama/stemmers/finnish';

// Snowball's Finnish stemmer leaves a verb's person ending: a shop's "we
// sell" (myymme) and a visitor's "do you sell?" (myyttekö) stem to myym and
// myyt, and never met. The plural persons' endings, -mme and -tte (and the
// possessive suffixes -mme "our", whose shape they share), are taken off
// first, with a question's or an emphasis' clitic after them (-ko/-kö,
// -han/-hän, -pa/-pä, -kin), when three letters remain: myymme and myyttekö
// are both myy. On the answers benchmark's Finnish site: MRR@3 0.472
// unchanged, page@3 46.7 → 48.3 %, answered 81.7 → 85.0 %, off-topic
// refused 80.0 % unchanged (held-out half: MRR@3 0.471 → 0.489, page@3 44.8
// → 48.3 %, answered 79.3 → 82.8 %).
const PERSON = /^(\p{L}{3,}?)(?:mme|tte)(?:k[oö]|h[aä]n|p[aä]|kin)?$/u;

/** A lower-case Finnish word, without a plural person's ending, stemmed by Snowball. */
export function finnish(word: string): string {
  return snowball(word.replace(PERSON, '$1'));
}
