// Server-Sent Events, as far as an OpenAI-style stream needs them: the data
// of each event, in order. Written to the WHATWG parsing rules, because the
// network splits the stream anywhere — inside a line, between a \r and its
// \n, inside a multi-byte character.

/**
 * The `data` of each event of an SSE body, multi-line data joined by "\n".
 * Comments (": keep-alive"), other fields and events without data are
 * skipped; an unterminated last event is still delivered.
 */
export async function* readSseData(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  const lineEnd = /\r\n|\r|\n/g;
  for await (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    let consumed = 0;
    for (;;) {
      lineEnd.lastIndex = consumed;
      const at = lineEnd.exec(buffer)?.index;
      if (at === undefined) break;
      // A \r at the very end may be the first half of \r\n: wait for the next chunk.
      if (buffer[at] === '\r' && at === buffer.length - 1) break;
      const line = buffer.slice(consumed, at);
      consumed = at + (buffer.startsWith('\r\n', at) ? 2 : 1);
      if (line === '') {
        if (data.length > 0) yield data.join('\n');
        data = [];
      } else {
        const value = dataOf(line);
        if (value !== undefined) data.push(value);
      }
    }
    buffer = buffer.slice(consumed);
  }
  buffer += decoder.decode();
  const last = buffer.replace(/\r$/, '');
  const value = last === '' ? undefined : dataOf(last);
  if (value !== undefined) data.push(value);
  if (data.length > 0) yield data.join('\n');
}

/** The value of a `data` line ("data: x" or "data:x"); undefined for comments and other fields. */
function dataOf(line: string): string | undefined {
  if (line === 'data') return '';
  if (!line.startsWith('data:')) return undefined;
  return line.slice(line.startsWith('data: ') ? 6 : 5);
}
