import { CsvFormatError } from './types.js';

/** How many bytes decide the encoding and whether the file is binary. */
export const SNIFF_BYTES = 64 * 1024;

// Small upload chunks are joined into pieces of about this many characters:
// the parser has a fixed cost per piece it is given.
const PIECE_CHARS = 64 * 1024;

/** The encodings a contacts CSV is read in. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding of a file from its first bytes: BOM first, then UTF-8 if they are valid UTF-8, else windows-1252. */
export function detectEncoding(head: Uint8Array): CsvEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    // `stream: true` so a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, SNIFF_BYTES), { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * Decodes a CSV byte stream to text, in pieces. The decoder is stateful, so a
 * character split across two chunks comes out whole (Buffer#toString per
 * chunk would turn it into two U+FFFD). The BOM is dropped. Throws
 * CsvFormatError before yielding anything when the start holds a NUL.
 */
export async function* decodeCsvText(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const source = chunks[Symbol.asyncIterator]();
  let ended = false;
  try {
    const head: Uint8Array[] = [];
    let headLength = 0;
    while (headLength < SNIFF_BYTES) {
      const next = await source.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(next.value);
      headLength += next.value.length;
    }
    const first = Buffer.concat(head);
    const encoding = detectEncoding(first);
    const decoder = new TextDecoder(encoding);
    // Always `stream: true`, then an empty flush: since Node 20.18.3 a one-shot
    // decode of windows-1252 takes a latin1 fast path and turns 0x80–0x9F
    // (€, curly quotes, …) into C1 controls (nodejs/node#56542, #60888); the
    // streaming path maps them correctly.
    let text = decoder.decode(first, { stream: true });
    if (ended) text += decoder.decode();
    const binary = isUtf16(encoding)
      ? text.lastIndexOf('\0', SNIFF_BYTES / 2) !== -1
      : first.subarray(0, SNIFF_BYTES).includes(0);
    if (binary) throw new CsvFormatError('The file is not a CSV text file.');
    while (!ended) {
      if (text.length >= PIECE_CHARS) {
        yield text;
        text = '';
      }
      const next = await source.next();
      if (next.done) {
        ended = true;
        text += decoder.decode();
        continue;
      }
      // Large chunks (uploads are stored in 1 MiB ones) are decoded and handed
      // on in pieces: the parser is twice as slow on megabyte strings.
      for (let at = 0; at < next.value.length; at += SNIFF_BYTES) {
        text += decoder.decode(next.value.subarray(at, at + SNIFF_BYTES), { stream: true });
        if (text.length >= PIECE_CHARS) {
          yield text;
          text = '';
        }
      }
    }
    if (text.length > 0) yield text;
  } finally {
    // The consumer stopped early (or we threw): let the source release its resources.
    if (!ended) await source.return?.();
  }
}

function isUtf16(encoding: CsvEncoding): boolean {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}
