import { Tokenizer, TokenKind, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';

/** Stands in for every character of Liquid markup in a masked source. */
export const MASK = '\uE000';

// Blocks whose whole content is treated as Liquid, by their closing tag.
const BLOCK_ENDS = new Map([
  ['comment', 'endcomment'],
  ['raw', 'endraw'],
]);

/** A span of Liquid markup in a template source: [begin, end). */
export interface LiquidSpan {
  begin: number;
  end: number;
}

/**
 * The spans of a template source that are Liquid rather than literal text:
 * every {{ }} and {% %}, and the whole of {% comment %} blocks (never output)
 * and {% raw %} blocks (output as written, so markup added inside one would
 * come out literally). The source must already have parsed.
 */
export function liquidSpans(engine: Liquid, source: string): LiquidSpan[] {
  const { options } = engine;
  const tokens = new Tokenizer(
    source,
    options.operators,
    undefined,
    undefined,
    options.groupedExpressions,
  ).readTopLevelTokens(options);
  const spans: LiquidSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === TokenKind.HTML) continue;
    let end = token.end;
    const closing = token.kind === TokenKind.Tag ? BLOCK_ENDS.get((token as TagToken).name) : undefined;
    if (closing !== undefined) {
      while (i + 1 < tokens.length && !isTag(tokens[i]!, closing)) i++;
      end = tokens[i]!.end;
    }
    spans.push({ begin: token.begin, end });
  }
  return spans;
}

/**
 * The source with every Liquid character replaced by MASK, same length, so
 * that HTML and URLs can be found with plain patterns (a `>` or a quote inside
 * `{% if a > b %}` no longer looks like markup) and positions still match.
 */
export function maskLiquid(source: string, spans: LiquidSpan[]): string {
  let masked = '';
  let at = 0;
  for (const { begin, end } of spans) {
    masked += source.slice(at, begin) + MASK.repeat(end - begin);
    at = end;
  }
  return masked + source.slice(at);
}

function isTag(token: TopLevelToken, name: string): boolean {
  return token.kind === TokenKind.Tag && (token as TagToken).name === name;
}
