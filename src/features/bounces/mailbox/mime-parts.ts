/** One part of a multipart body: its media type (lowercased, no parameters) and its decoded body. */
export interface MimePart {
  contentType: string;
  body: string;
}

/**
 * The top-level parts of a multipart message whose boundary is given.
 * mailparser folds the parts of a report it does not know
 * (`message/delivery-status`, `message/feedback-report`) into the text, so
 * the report's parts are read here: split at the boundary lines, each part's
 * headers read for its type and transfer encoding, its body decoded.
 * Nested multiparts stay whole (a report's parts are at the top).
 */
export function topLevelParts(raw: string, boundary: string): MimePart[] {
  const text = raw.replace(/\r\n?/g, '\n');
  const bodyStart = text.indexOf('\n\n');
  if (bodyStart < 0) return [];
  const delimiter = `--${boundary}`;
  const parts: MimePart[] = [];
  let current: string[] | undefined;
  for (const line of text.slice(bodyStart + 2).split('\n')) {
    const bare = line.trimEnd();
    if (bare === delimiter || bare === `${delimiter}--`) {
      if (current) parts.push(partOf(current.join('\n')));
      if (bare !== delimiter) return parts;
      current = [];
    } else current?.push(line);
  }
  // No closing delimiter: the last part still counts.
  if (current) parts.push(partOf(current.join('\n')));
  return parts;
}

function partOf(text: string): MimePart {
  const split = text.indexOf('\n\n');
  const head = split < 0 ? text : text.slice(0, split);
  const body = split < 0 ? '' : text.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const contentType = (headers.get('content-type') ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
  return { contentType, body: decode(body, headers.get('content-transfer-encoding')?.toLowerCase()) };
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = Buffer.from(body.replace(/=\n/g, ''), 'latin1');
    const out: number[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const hex = bytes[i] === 0x3d ? bytes.subarray(i + 1, i + 3).toString('latin1') : '';
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out.push(Number.parseInt(hex, 16));
        i += 2;
      } else out.push(bytes[i]!);
    }
    return Buffer.from(out).toString('utf8');
  }
  return body;
}
