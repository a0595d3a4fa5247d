import { LiquidError, type Liquid, type Template } from 'liquidjs';

/** The campaign fields that are Liquid templates. */
export type TemplateField = 'subject' | 'html' | 'text';

/** A template problem, for a 400 answer: which field, where, why. */
export interface TemplateProblem {
  field: TemplateField;
  /** 1-based, within the field. */
  line: number;
  /** 1-based, within the line. */
  column: number;
  /** What is wrong, without the position: "unknown filter 'uppercse'". */
  reason: string;
  /** All of it in one sentence: "html, line 3, column 5: unknown filter 'uppercse'". */
  message: string;
}

/** Thrown by compileCampaign when a template cannot be parsed or compiled. */
export class TemplateError extends Error {
  readonly problem: TemplateProblem;
  constructor(problem: TemplateProblem) {
    super(problem.message);
    this.name = 'TemplateError';
    this.problem = problem;
  }
}

/** A problem at a position, with its message. */
export function templateProblem(field: TemplateField, line: number, column: number, reason: string): TemplateProblem {
  return { field, line, column, reason, message: `${field}, line ${line}, column ${column}: ${reason}` };
}

/** Parses one field, throwing TemplateError with the field's position on failure. */
export function parseTemplate(engine: Liquid, field: TemplateField, source: string): Template[] {
  try {
    return engine.parse(source);
  } catch (error) {
    throw new TemplateError(problemFromError(field, error));
  }
}

/** The problem a LiquidJS error (parse or render) describes, positioned within the field it came from. */
export function problemFromError(field: TemplateField, error: unknown): TemplateProblem {
  if (!LiquidError.is(error)) {
    return templateProblem(field, 1, 1, readableReason(error instanceof Error ? error.message : String(error)));
  }
  // LiquidJS appends ", line:X, col:Y" to the message; the token has the same position as numbers.
  const reason = readableReason(error.message.replace(/, line:\d+, col:\d+$/, ''));
  const { input, begin, end } = error.token;
  let offset = begin;
  // An unknown filter is reported at the start of its {{ }} or {% %}; point at the filter itself.
  const filter = /^undefined filter: (.+)$/.exec(error.originalError?.message ?? '')?.[1];
  if (filter !== undefined) {
    const at = input.slice(begin, end).search(new RegExp(`\\|\\s*${escapeRegExp(filter)}(?![\\w-])`));
    if (at !== -1) offset = begin + at + input.slice(begin + at).indexOf(filter);
  }
  const [line, column] = positionAt(input, offset);
  return templateProblem(field, line, column, reason);
}

// LiquidJS's wording, in the terms a template author uses.
const REWORDINGS: [RegExp, string][] = [
  [/^undefined filter: (.+)$/, "unknown filter '$1'"],
  [/^tag "(end\w+)" not found$/, '{% $1 %} without the tag it closes'],
  [/^tag "(.+)" not found$/, "unknown tag '$1'"],
];

function readableReason(message: string): string {
  for (const [pattern, wording] of REWORDINGS) {
    if (pattern.test(message)) return message.replace(pattern, wording);
  }
  return message;
}

function positionAt(input: string, offset: number): [line: number, column: number] {
  let line = 1;
  let lineStart = 0;
  for (let i = input.indexOf('\n'); i !== -1 && i < offset; i = input.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
