// Splitting passage text into sentences, for quoting. Documentation is full
// of dots that end nothing — `str.split()`, `3.11`, `e.g.`, `os.path` — so a
// sentence ends only at . ! or ? followed by a space and a capital, digit or
// opening quote, and not after a known abbreviation or an initial.

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'vs', 'cf', 'al', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'fig', 'approx', 'incl', 'jr', 'sr', 'z.b', 'd.h']);
const BULLET = /^(?:[-*•–]|\d+[.)])\s/;
// Terminal punctuation, any closing quotes or brackets, then a space.
const TERMINAL = /[.!?]+["'”’)\]]*(?= )/g;
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"'“‘([]/u;

/**
 * The sentences of `text`, in order, whitespace collapsed. List items and
 * title-like lines stand alone; interactive examples (a `>>>` line up to the
 * next blank line) and `...` continuation lines are code, and left out.
 */
export function splitSentences(text: string): string[] {
  return paragraphsOf(text).flatMap(sentencesOf);
}

function sentencesOf(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(TERMINAL)) {
    const end = match.index + match[0].length;
    if (!endsSentence(paragraph, match.index, end)) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

function endsSentence(paragraph: string, at: number, end: number): boolean {
  if (!STARTS_SENTENCE.test(paragraph.slice(end + 1))) return false;
  if (paragraph[at] !== '.' || paragraph.startsWith('..', at)) return true;
  const word = /[^\s("'“‘[]*$/u.exec(paragraph.slice(0, at))?.[0].toLowerCase() ?? '';
  // "J. Smith" — but not "Python 3." or "step 2."
  if (/^\p{L}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word);
}

/**
 * Paragraphs of `text`: blank lines separate them, and so does a list item or
 * a short unpunctuated line before a capitalised one (a title or label);
 * other line breaks are only wrapping.
 */
function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) paragraphs.push(lines.join(' ').replace(/\s+/g, ' '));
    lines = [];
  };
  let inExample = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const previous = lines.at(-1);
    if (line.startsWith('>>>')) inExample = true;
    if (line === '') {
      flush();
      inExample = false;
    } else if (inExample || line.startsWith('... ') || line === '...') {
      // An example and its output are no sentences; they end what came before.
      flush();
    } else {
      if (previous !== undefined && (BULLET.test(line) || isTitleLike(previous, line))) flush();
      lines.push(line);
    }
  }
  flush();
  return paragraphs;
}

function isTitleLike(line: string, next: string): boolean {
  return line.length < 60 && !/[.!?:;,]$/.test(line) && /^\p{Lu}/u.test(next);
}
