// Questions a visitor of the Python documentation asks, for the retrieval
// part of `npm run bench:train`: 40 written by hand, each asked in five
// wordings (so the full-text queries differ), 200 in all.

const QUESTIONS = [
  'How do I open a file for reading?',
  'What does str.split do?',
  'How do I define a class?',
  'How to sort a list in reverse?',
  'What is a lambda?',
  'How do I read a CSV file?',
  'What is the difference between a list and a tuple?',
  'How do I handle exceptions with try and except?',
  'How can I format a string with f-strings?',
  'What does the with statement do?',
  'How do I create a virtual environment?',
  'How do I parse JSON?',
  'What is a generator and how does yield work?',
  'How do I iterate over a dictionary?',
  'What are decorators?',
  'How do I start a thread?',
  'How to run a subprocess and capture its output?',
  'What does the __init__ method do?',
  'How do I join paths with os.path.join?',
  'How do I get the current date and time?',
  'What is a list comprehension?',
  'How do I remove an item from a list?',
  'How do I write unit tests with unittest?',
  'What are keyword arguments and *args?',
  'How do I use regular expressions to match a pattern?',
  'How do I copy a dictionary?',
  'What does the global statement do?',
  'How do I import a module from a package?',
  'What is asyncio and how do I await a coroutine?',
  'How do I convert a string to an integer?',
  'How do I make a dataclass?',
  'What is the difference between is and ==?',
  'How can I log messages with the logging module?',
  'How do I read command line arguments with argparse?',
  'What is a set and how do I add elements?',
  'How do I define an enum?',
  'How do I use type hints?',
  'How do I check if a key is in a dictionary?',
  'What does zip do?',
  'How do I serialize objects with pickle?',
];

const WORDINGS: ((q: string) => string)[] = [
  (q) => q,
  (q) => `In Python, ${lowerFirst(q)}`,
  (q) => `${q} Please give an example.`,
  (q) => `Python 3.11: ${lowerFirst(q)}`,
  (q) => `Quick question about the standard library — ${lowerFirst(q)}`,
];

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** `n` questions: every question in its first wording, then every one in the next… */
export function benchQuestions(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const wording = WORDINGS[Math.floor(i / QUESTIONS.length) % WORDINGS.length]!;
    out.push(wording(QUESTIONS[i % QUESTIONS.length]!));
  }
  return out;
}

/** The 40 questions as written, for a warm-up pass. */
export const BASE_QUESTIONS: readonly string[] = QUESTIONS;
