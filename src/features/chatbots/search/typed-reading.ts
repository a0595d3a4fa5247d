import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { answerTypeTerms, kindWords, namesTopic, onlyNamesKind, type AnswerType } from './answer-types.js';

/**
 * The terms a question is searched by when it asks for kinds of answer (a
 * phone number, an address), in one reading's language. The words an answer
 * of a kind stands under ("contact", "email" for a phone number; "address",
 * "street" for "Where are you located?") join the question's own when the
 * question names that kind in no word the index holds: by a phrase alone, or
 * only by words the site never uses ("phone number" on a contact page that
 * says "Ring reception on 01632 960 123"). Those words of the question, which
 * only name the kind, are then left out: the answer's pattern stands in for
 * them, and they are no evidence that the site cannot answer. A question
 * naming the kind in a word the index holds ("How do I call a function?" in
 * a manual) is searched by its own words alone: "call" there is no phone call.
 * `inIndex` tells whether the index holds a term or a variant of it.
 */
export function typedTerms(
  reading: { language: string; terms: string[] },
  types: readonly AnswerType[],
  question: string,
  inIndex: (term: string) => boolean,
): string[] {
  const { language, terms } = reading;
  const unnamed = new Set<string>();
  const added: string[] = [];
  for (const type of types) {
    const kind = analyze(kindWords([type], question).join(' '), language);
    // A word that may also be the topic ("whatsapp") leaves the question as
    // asked, less the words that only say what kind of answer it wants and
    // the index lacks ("number" beside a footer's "Phone 0117 496 0321"):
    // they are no evidence that the site cannot answer.
    if (kind.some((term) => inIndex(term) || namesTopic(term))) {
      for (const term of kind) if (onlyNamesKind(type, term) && !inIndex(term)) unnamed.add(term);
      continue;
    }
    for (const term of kind) unnamed.add(term);
    // An added word the index lacks is no evidence against the site: it is left out.
    for (const term of answerTypeTerms([type], language))
      if (inIndex(term) && !terms.includes(term) && !added.includes(term)) added.push(term);
  }
  const own = terms.filter((t) => !unnamed.has(t));
  return own.length + added.length > 0 ? [...own, ...added] : terms;
}
