/** The variable holding the recipient's open-tracking pixel URL. */
export const OPEN_VARIABLE = '__open';

/** The variable holding the recipient's unsubscribe URL, which templates may use. */
export const UNSUBSCRIBE_VARIABLE = 'unsubscribe_url';

const OPEN_PIXEL = `<img src="{{ ${OPEN_VARIABLE} }}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">`;

const HTML_FOOTER =
  '<p style="margin:24px 0 0;font-size:12px;line-height:18px;color:#888888;text-align:center">' +
  `<a href="{{ ${UNSUBSCRIBE_VARIABLE} }}" style="color:#888888;text-decoration:underline">Unsubscribe</a></p>`;

// The inline comment stops a `-%}` or `-}}` at the end of the text from
// trimming away the blank line before the footer.
const TEXT_FOOTER = `{% # unsubscribe footer %}\n\nUnsubscribe: {{ ${UNSUBSCRIBE_VARIABLE} }}\n`;

/** A template source with its masked twin (see liquid-mask.ts), edited together. */
export interface MaskedSource {
  source: string;
  masked: string;
}

/**
 * Adds the open pixel, and the unsubscribe footer unless the template links
 * to unsubscribe_url itself, just before </body> (or at the end when there
 * is none). The additions are masked as blanks: link rewriting leaves them
 * alone, and a URL just before them still ends where it should.
 */
export function addHtmlTracking({ source, masked }: MaskedSource, hasUnsubscribe: boolean): MaskedSource {
  const markup = (hasUnsubscribe ? '' : HTML_FOOTER) + OPEN_PIXEL;
  let at = masked.length;
  // The last </body> outside Liquid markup: one inside {% comment %} is not the document's.
  for (const match of masked.matchAll(/<\/body\s*>/gi)) at = match.index;
  return {
    source: source.slice(0, at) + markup + source.slice(at),
    masked: masked.slice(0, at) + ' '.repeat(markup.length) + masked.slice(at),
  };
}

/** Appends the unsubscribe line unless the template uses unsubscribe_url itself. */
export function addTextTracking({ source, masked }: MaskedSource, hasUnsubscribe: boolean): MaskedSource {
  if (hasUnsubscribe) return { source, masked };
  // Trailing whitespace is always literal text (markup ends in `}`), so both trim alike.
  const kept = source.trimEnd().length;
  return {
    source: source.slice(0, kept) + TEXT_FOOTER,
    masked: masked.slice(0, kept) + ' '.repeat(TEXT_FOOTER.length),
  };
}
