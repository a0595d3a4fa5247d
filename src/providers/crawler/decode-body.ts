import { TextDecoder } from 'node:util';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** Thrown when a compressed body inflates past the size cap. */
export class BodyTooLargeError extends Error {}

/**
 * Undoes `Content-Encoding`. We ask for gzip/deflate/br to spare the sites'
 * bandwidth; the output is capped too, so a small compressed bomb cannot
 * exhaust memory.
 */
export function decodeContentEncoding(bytes: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity') return bytes;
  const options = { maxOutputLength: maxBytes };
  try {
    if (name === 'gzip' || name === 'x-gzip') return gunzipSync(bytes, options);
    if (name === 'deflate') return inflateSync(bytes, options);
    if (name === 'br') return brotliDecompressSync(bytes, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new BodyTooLargeError(`body inflates past ${maxBytes} bytes`);
    throw error;
  }
  // An encoding we never asked for: hand the bytes on; the parsers cope or report.
  return bytes;
}

/** The media type of a Content-Type header, lowercased, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Decodes a body to text: the header charset wins, then a byte-order mark,
 * then (for HTML) a `<meta charset>` in the first 1024 bytes, then UTF-8.
 */
export function decodeText(bytes: Buffer, contentType: string | undefined): string {
  const label = charsetOf(contentType) ?? bomCharset(bytes) ?? metaCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // An unknown label is the page's mistake, not a reason to lose the page.
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1];
}

function bomCharset(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function metaCharset(bytes: Buffer): string | undefined {
  // Latin-1 maps bytes one to one, so the ASCII of the meta tag reads true whatever the real charset.
  const head = bytes.subarray(0, 1024).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1];
}
