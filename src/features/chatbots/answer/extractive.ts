import { citationUrl, type Passage } from './passage.js';
import { coverage, coverageIn, isRelevant, passageContext, RELEVANCE_THRESHOLD } from './relevance.js';
import { splitSentences } from './sentences.js';
import { contentTerms } from './terms.js';

/** What the bot says when the website does not answer the question; it claims nothing else. */
export const NOT_FOUND_ANSWER =
  "Sorry, I couldn't find that on this website. Try rephrasing your question, or ask about something the site covers.";

/** Options of extractiveAnswer. */
export interface ExtractiveOptions {
  /** Most sentences quoted; 3 by default. */
  maxSentences?: number;
  /** Rough length limit of the answer in characters, markers aside; 600 by default. */
  maxChars?: number;
  /** Relevance threshold below which the answer is NOT_FOUND_ANSWER. */
  threshold?: number;
}

/** An answer quoting the site, and the passages its [n] markers point to, in order. */
export interface ExtractiveAnswer {
  answer: string;
  sources: Passage[];
}

interface Candidate {
  rank: number;
  position: number;
  text: string;
  score: number;
  passage: Passage;
}

// A sentence scoring below this share of the best one is off on a tangent.
const MIN_SHARE_OF_BEST = 0.5;

/**
 * The answer without a language model: the sentences of the passages that
 * best match the question's terms, quoted verbatim with [n] markers. Passages
 * are preferred in score order, sentences keep their order within a section,
 * and `sources` holds exactly the sections cited, deduplicated by url+anchor.
 * When the passages do not answer the question, NOT_FOUND_ANSWER and no sources.
 */
export function extractiveAnswer(question: string, passages: Passage[], options: ExtractiveOptions = {}): ExtractiveAnswer {
  const { maxSentences = 3, maxChars = 600, threshold = RELEVANCE_THRESHOLD } = options;
  if (!isRelevant(question, passages, threshold)) return { answer: NOT_FOUND_ANSWER, sources: [] };
  const chosen = chooseSentences(scoreSentences(question, passages), maxSentences, maxChars);
  if (chosen.length === 0) return { answer: NOT_FOUND_ANSWER, sources: [] };

  // One group per cited section, in the order of their best sentence.
  const groups = new Map<string, Candidate[]>();
  for (const candidate of chosen) {
    const key = citationUrl(candidate.passage);
    groups.set(key, [...(groups.get(key) ?? []), candidate]);
  }
  const parts: string[] = [];
  const sources: Passage[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.rank - b.rank || a.position - b.position);
    sources.push(group[0]!.passage);
    parts.push(`${group.map((c) => c.text).join(' ')} [${sources.length}]`);
  }
  return { answer: parts.join(' '), sources };
}

function scoreSentences(question: string, passages: Passage[]): Candidate[] {
  const terms = contentTerms(question);
  const ranked = [...passages].sort((a, b) => b.score - a.score);
  const candidates: Candidate[] = [];
  ranked.forEach((passage, rank) => {
    const passageCoverage = coverage(terms, passageContext(passage));
    const sentences = splitSentences(passage.text);
    // What the section's first sentence is about: its headings, and what came
    // before it (the signature "str.split(sep=None)" it goes on to explain).
    const lead = sentences.findIndex(isQuotable);
    const header = [passage.pageTitle, ...passage.headingPath, ...sentences.slice(0, Math.max(lead, 0))].join('\n');
    const headerCoverage = coverage(terms, header);
    sentences
      .filter(isQuotable)
      .forEach((text, position) => {
        let own = coverageIn(terms, new Set(contentTerms(text)));
        if (position === 0) own = Math.max(own, 0.8 * headerCoverage);
        if (own === 0) return;
        // The section as a whole (its headings too) vouches for each of its
        // sentences; better-ranked passages and opening sentences come first.
        let score = (0.75 * own + 0.25 * passageCoverage) / (1 + 0.2 * rank);
        if (position === 0) score *= 1.1;
        if (text.split(' ').length < 5) score *= 0.7;
        candidates.push({ rank, position, text, score, passage });
      });
  });
  return candidates.sort((a, b) => b.score - a.score);
}

function chooseSentences(candidates: Candidate[], maxSentences: number, maxChars: number): Candidate[] {
  const best = candidates[0]?.score ?? 0;
  const chosen: Candidate[] = [];
  const seen = new Set<string>();
  let length = 0;
  for (const candidate of candidates) {
    if (chosen.length === maxSentences || candidate.score < best * MIN_SHARE_OF_BEST) break;
    // Overlapping chunks repeat sentences.
    const normal = candidate.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
    if (seen.has(normal)) continue;
    const text = chosen.length === 0 ? truncate(candidate.text, maxChars) : candidate.text;
    if (chosen.length > 0 && length + text.length > maxChars) continue;
    seen.add(normal);
    chosen.push({ ...candidate, text });
    length += text.length + 1;
  }
  return chosen;
}

/**
 * A sentence worth quoting alone: prose (mostly letters and spaces, not a
 * signature or a line of code), of a few words, and not the "For example:"
 * that leads to an example left out.
 */
function isQuotable(text: string): boolean {
  const letters = text.match(/[\p{L}\s]/gu)?.length ?? 0;
  return letters / text.length >= 0.6 && text.split(' ').length >= 3 && !text.endsWith(':');
}

function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxChars / 2))}…`;
}
