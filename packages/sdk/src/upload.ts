import { uuid } from './uuid.js';

// What a Blob is built of (named without the DOM's BlobPart, which Node's types lack).
type Part = NonNullable<ConstructorParameters<typeof Blob>[0]>[number];

/** A file as the SDK takes it: bytes, text, a Blob (or File), or a stream of bytes. */
export type FileInput = Blob | Uint8Array | string | ReadableStream<Uint8Array>;

/** A file that can be sent more than once (so its call can be retried). */
export type ReplayableFile = Blob | Uint8Array | string;

/**
 * A multipart/form-data body: text fields, then one `file` part. Built as a
 * Blob with a boundary of its own, so each retry sends the same bytes (the
 * server's idempotency check compares them by type and length).
 */
export function multipartBody(
  fields: Record<string, string | undefined>,
  file: ReplayableFile,
  filename: string,
  fileType: string,
): { value: Blob; contentType: string } {
  const boundary = `grivo-${uuid()}`;
  const parts: Part[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`);
  }
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(filename)}"\r\n` +
      `Content-Type: ${fileType}\r\n\r\n`,
    file as Part,
    `\r\n--${boundary}--\r\n`,
  );
  return { value: new Blob(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The name a Blob that is a File carries. */
export function fileNameOf(file: FileInput): string | undefined {
  const name = (file as { name?: unknown }).name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** The media type a Blob carries, if any. */
export function fileTypeOf(file: FileInput): string | undefined {
  return file instanceof Blob && file.type !== '' ? file.type : undefined;
}

// Quotes and line breaks would end the header early.
function quote(value: string): string {
  return value.replace(/[\r\n"]/g, (c) => encodeURIComponent(c));
}
