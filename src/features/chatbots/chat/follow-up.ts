import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { sectionFields } from '../../../lib/text-analysis/fields.js';
import { answerTypes, holdsAnswerType, type AnswerType } from '../search/answer-types.js';
import type { Passage } from '../search/passage.js';
import { readQuestion } from '../search/query-terms.js';
import { retrieve, type Retrieval, type RetrieveDeps } from '../search/retrieve.js';

// A question mark in the scripts that have their own (Greek's is ";").
const ASKS = /[?？؟;;]\s*$/u;
// What a section holds when it holds the kind of answer asked for; no term has a space.
const ANSWER = ' answer';

/**
 * A question of a conversation read with the visitor's previous one, when
 * that finds what it asks better than the question alone: "What fork does it
 * have?" after "Tell me about the Trek FX 2" is about the Trek, not the first
 * bike whose page says "fork"; "How much is it?" after "Tell me about the
 * Brompton" asks the Brompton's price. `alone` is the question's own
 * retrieval, returned when the previous question does not help.
 *
 * The section found with the previous question must hold what the new
 * question adds: one of its terms the previous one lacks, or, when it adds
 * none, the kind of answer it asks for (a price); and everything of it that
 * the section found alone holds. So a new topic stays the
 * question's own ("How much is a full service?" after the Brompton, whose
 * page mentions a free first service, is answered from the repairs page), and
 * "Is it waterproof?" or "What's the weather tomorrow?" stay refused when the
 * section found says nothing of them. The quote is then chosen by what the
 * new question adds, not by the previous one's words.
 */
export async function inContext(
  deps: RetrieveDeps,
  input: {
    workspaceId: string;
    chatbotId: string;
    question: string;
    history: readonly { role: 'user' | 'assistant'; content: string }[];
  },
  alone: Retrieval,
  options: { limit: number; signal?: AbortSignal },
): Promise<Retrieval> {
  const previous = input.history.findLast((message) => message.role === 'user')?.content.trim();
  if (!previous) return alone;
  const together = await retrieve(deps, input, `${previous}\n${input.question}`, options);
  const [best] = together.passages;
  const [bestAlone] = alone.passages;
  if (!together.relevant || best === undefined || best.chunkId === bestAlone?.chunkId) return alone;

  const asked = new Asked(input.question, previous);
  const found = asked.heldBy(best);
  const own = asked.terms(best.language);
  const enough =
    own.size > 0 ? [...own].some((term) => found.has(term)) : ASKS.test(input.question) && found.has(ANSWER);
  if (!enough) return alone;
  if (alone.relevant && bestAlone && ![...asked.heldBy(bestAlone)].every((what) => found.has(what))) return alone;
  return {
    ...together,
    passages: together.passages.map((passage) => {
      const terms = asked.terms(passage.language);
      return { ...passage, terms: passage.terms.filter((t) => terms.has(t.term)), answerTypes: asked.types };
    }),
  };
}

/** What a question adds to the one before it: its own terms, per language, and the kinds of answer it asks for. */
class Asked {
  readonly types: AnswerType[];
  private readonly added = new Map<string, Set<string>>();

  constructor(
    private readonly question: string,
    private readonly previous: string,
  ) {
    this.types = answerTypes(question);
  }

  terms(language: string): Set<string> {
    let terms = this.added.get(language);
    if (terms === undefined) {
      const read = (text: string) => readQuestion(text, [language])[0]?.terms ?? [];
      const before = new Set(read(this.previous));
      terms = new Set(read(this.question).filter((term) => !before.has(term)));
      this.added.set(language, terms);
    }
    return terms;
  }

  /** What of it a passage holds: the added terms (or the forms the ranking counted for them), and ANSWER when it holds one. */
  heldBy(passage: Passage): Set<string> {
    const fields = sectionFields(passage.pageTitle, passage.headingPath, passage.text);
    const words = new Set(Object.values(fields).flatMap((text) => analyze(text, passage.language)));
    const held = new Set<string>();
    for (const term of this.terms(passage.language)) {
      const forms = passage.terms.find((t) => t.term === term)?.variants ?? [];
      if (words.has(term) || forms.some((form) => words.has(form))) held.add(term);
    }
    if (holdsAnswerType(this.types, passage.text)) held.add(ANSWER);
    return held;
  }
}
