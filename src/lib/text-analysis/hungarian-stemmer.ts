import { stemmer } from '@orama/stemmers/hungarian';

// Snowball's Hungarian stemmer (Orama's) takes nouns' case and possessive
// endings off but knows nothing of verbs: a verb's forms stay apart, and its
// bare stem loses letters that look like a case ending. fizet, fizetni,
// fizethet ("pay", "to pay", "can pay") gave fiz, fizetn, fizeth;
// kipróbálni and kipróbálhatod ("to try", "you can try") kiprobaln and
// kiprobalhat. The infinitive's -ni, the potential's -hat/-het with its
// personal ending, and the conditional's -ná/-né with one are taken off
// first, so every form reaches the stemmer as the bare stem does.
const INFINITIVE = /ni$/;
const POTENTIAL =
  /(?:hat|het)(?:ok|ek|ök|sz|unk|ünk|tok|tek|tök|nak|nek|om|em|öm|od|ed|öd|ja|i|juk|jük|játok|itek|ják|ik|nék|nánk|nátok|nának|né|ná)?$/;
const CONDITIONAL = /(?:ná|né)(?:m|k|d|nk|tok|tek|nak|nek)?$|(?:na|ne)(?:m|k|d|nk|tok|tek|nak|nek)$/;
const MIN_STEM = 3;

/** A lower-case Hungarian word's stem. */
export function hungarian(word: string): string {
  let base = word;
  for (const ending of [INFINITIVE, POTENTIAL, CONDITIONAL]) {
    const found = ending.exec(base);
    if (found && found.index >= MIN_STEM) {
      base = base.slice(0, found.index);
      break;
    }
  }
  return stemmer(base);
}
