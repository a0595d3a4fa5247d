import fc from 'fast-check';
import { paramsOf } from './fixtures.js';
import type { Planned, Target } from './requests.js';
import { text, valid, type Schema } from './schema-arbitrary.js';

// Requests to an operation that takes multipart/form-data (a file upload),
// generated from the form's documented schema: its text fields, then its
// file parts (a property with `contentMediaType`), whose content the
// operation's fixture supplies. Encoded by hand, byte for byte, so that the
// invalid ones can break what a form-data library would never let through.

/** A file as one part of a form carries it. */
export interface FormFile {
  /** Left out: the part has no filename, and a server reads it as a text field. */
  filename?: string;
  /** The part's Content-Type; left out, the part has none. */
  type?: string;
  bytes: Uint8Array;
}

export type FormPart = { name: string; value: string } | ({ name: string } & FormFile);

const CRLF = '\r\n';

/** The multipart/form-data body of `parts`, between `boundary` lines. */
export function encodeForm(parts: FormPart[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const isFile = 'bytes' in part;
    const head = [
      `--${boundary}`,
      `Content-Disposition: form-data; name="${part.name}"${isFile && part.filename !== undefined ? `; filename="${part.filename}"` : ''}`,
      ...(isFile && part.type ? [`Content-Type: ${part.type}`] : []),
    ];
    chunks.push(Buffer.from(head.join(CRLF) + CRLF + CRLF));
    chunks.push(isFile ? Buffer.from(part.bytes) : Buffer.from(part.value));
    chunks.push(Buffer.from(CRLF));
  }
  chunks.push(Buffer.from(`--${boundary}--${CRLF}`));
  return Buffer.concat(chunks);
}

const boundary = fc.stringMatching(/^[A-Za-z0-9'()+_,-]{1,40}$/).map((b) => `grivo${b}`);

function form(parts: FormPart[], b: string): NonNullable<Planned['body']> {
  return { contentType: `multipart/form-data; boundary=${b}`, payload: encodeForm(parts, b) };
}

const isFilePart = (schema: Schema) => typeof schema.contentMediaType === 'string';

/** The form's text fields and file parts, by their documented schemas. */
function fieldsOf(target: Target) {
  const schema = target.op.form!;
  const properties = Object.entries<Schema>(schema.properties ?? {}).map(
    ([name, sub]) => [name, target.gen.resolve(sub)] as const,
  );
  const required = new Set<string>(schema.required ?? []);
  return {
    texts: properties.filter(([, s]) => !isFilePart(s)),
    files: properties.filter(([, s]) => isFilePart(s)),
    required,
  };
}

/** A file for a part of this media type: the fixture's, else a small text file. */
function fileFor(target: Target, name: string, mediaType: string): fc.Arbitrary<FormFile> {
  const given = target.fixture.files?.(target.world)[name];
  if (given) return given;
  return text(1, 200).map((content) => ({
    filename: `${name}.txt`,
    type: mediaType,
    bytes: Buffer.from(content),
  }));
}

/** Valid forms: the documented text fields (the required ones always, the others at times) before the files. */
function validParts(target: Target): fc.Arbitrary<FormPart[]> {
  const { texts, files, required } = fieldsOf(target);
  const fields = Object.fromEntries(
    texts.map(([name, s]) => [name, valid(s, target.gen, 0, name).map((v) => String(v))] as const),
  );
  const uploads = files.map(([name, s]) =>
    fileFor(target, name, s.contentMediaType).map((file): FormPart => ({ name, ...file })),
  );
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: texts.map(([n]) => n).filter((n) => required.has(n)) }),
      fc.tuple(...uploads),
    )
    .map(([values, fileParts]) => [
      ...Object.entries(values).map(([name, value]): FormPart => ({ name, value: value as string })),
      ...fileParts,
    ]);
}

export function validForms(target: Target): fc.Arbitrary<Planned> {
  return fc.tuple(validParts(target), boundary).map(([parts, b]) => ({
    label: 'valid form',
    params: target.fixture.fresh ? 'fresh' : 'owner',
    query: [],
    auth: 'owner',
    body: form(parts, b),
  }));
}

/** What is wrong with an invalid form, and the form. */
export interface FormAttack {
  label: string;
  arbitrary: fc.Arbitrary<Planned>;
}

/** An id of the same kind as `real` that nothing has. */
const unknownId = (real: string) => `${real.split('_')[0]}_${'0'.repeat(20)}`;

/**
 * Invalid forms, by kind, each breaking one rule of a valid form: no file, a
 * file under another name or without a filename (so a text field), a field
 * outside its schema,
 * an unknown field, a file over the size limit or one the fixture knows is
 * bad, a body that is not multipart as it says — and a valid form with wrong
 * credentials or ids.
 */
export function invalidForms(target: Target): FormAttack[] {
  const { op, fixture, world } = target;
  const { texts, files } = fieldsOf(target);
  const fileNames = new Set(files.map(([name]) => name));
  const base = { params: 'owner' as const, query: [] as Array<[string, string]>, auth: 'owner' as const };
  const attacks: FormAttack[] = [];
  const broken = (label: string, change: (parts: FormPart[]) => FormPart[]) =>
    attacks.push({
      label,
      arbitrary: fc
        .tuple(validParts(target), boundary)
        .map(([parts, b]) => ({ ...base, label, body: form(change(parts), b) })),
    });
  const mapFiles = (parts: FormPart[], change: (part: FormPart & FormFile) => FormPart) =>
    parts.map((part) => ('bytes' in part && fileNames.has(part.name) ? change(part) : part));

  broken('no file part', (parts) => parts.filter((p) => !fileNames.has(p.name)));
  broken('the file under another name', (parts) => mapFiles(parts, (p) => ({ ...p, name: `${p.name}_upload` })));
  // Without a filename or a Content-Type, a part is a text field (RFC 7578), whatever its name.
  broken('a file part without a filename', (parts) => mapFiles(parts, ({ name, bytes }) => ({ name, bytes })));
  broken('an unknown form field', (parts) => [{ name: 'zz_unknown', value: '1' }, ...parts]);
  for (const [name, s] of texts) {
    const wrong: string[] = [];
    if (Array.isArray(s.enum)) wrong.push('not-a-valid-choice');
    if (s.maxLength !== undefined) wrong.push('x'.repeat(s.maxLength + 1));
    if (s.minLength) wrong.push('');
    for (const value of wrong)
      broken(`form field ${name}=${value.slice(0, 12)}`, (parts) => [
        { name, value },
        ...parts.filter((p) => p.name !== name),
      ]);
  }
  if (fixture.fileLimit !== undefined) {
    const limit = fixture.fileLimit;
    // Just over the limit, read to find out; and over by far, known from Content-Length.
    for (const size of [limit + 1, limit + 100 * 1024])
      broken(`a file of ${size} bytes`, (parts) =>
        mapFiles(parts, (p) => ({ ...p, bytes: Buffer.alloc(size, p.bytes.length > 0 ? p.bytes[0] : 97) })),
      );
  }
  for (const [label, bad] of Object.entries(fixture.badFiles?.(world) ?? {}))
    attacks.push({
      label,
      arbitrary: fc.tuple(validParts(target), boundary).map(([parts, b]) => ({
        ...base,
        label,
        body: form(
          mapFiles(parts, (p) => ({ name: p.name, ...bad })),
          b,
        ),
      })),
    });

  // Bodies that are not the multipart they claim to be.
  const malformed = (label: string, make: (payload: Buffer, b: string) => NonNullable<Planned['body']>) =>
    attacks.push({
      label,
      arbitrary: fc
        .tuple(validParts(target), boundary)
        .map(([parts, b]) => ({ ...base, label, body: make(encodeForm(parts, b), b) })),
    });
  malformed('a form without a boundary', (payload) => ({ contentType: 'multipart/form-data', payload }));
  malformed('a form whose boundary is not the one its header names', (payload, b) => ({
    contentType: `multipart/form-data; boundary=${b}x`,
    payload,
  }));
  malformed('a form cut short', (payload, b) => ({
    contentType: `multipart/form-data; boundary=${b}`,
    payload: payload.subarray(0, Math.max(payload.length - b.length - 8, Math.floor(payload.length / 2))),
  }));
  malformed('a form of garbage', (_, b) => ({
    contentType: `multipart/form-data; boundary=${b}`,
    payload: Buffer.from('this is not a multipart body\r\n\r\n--\r\n'),
  }));

  // A valid form, but from the wrong caller or to the wrong resource.
  const valid = (planned: Omit<Planned, 'body' | 'query'>) =>
    fc.tuple(validParts(target), boundary).map(([parts, b]) => ({ ...planned, query: [], body: form(parts, b) }));
  attacks.push({
    label: 'credentials: none',
    arbitrary: valid({ ...base, label: 'credentials: none', auth: 'none' }),
  });
  attacks.push({
    label: 'credentials: wrong',
    arbitrary: valid({ ...base, label: 'credentials: wrong', auth: 'wrong' }),
  });
  const ownerParams = paramsOf(op.path, world.owner);
  for (const name of op.parameters.filter((p) => p.in === 'path').map((p) => p.name)) {
    const label = `unknown ${name}`;
    attacks.push({
      label,
      arbitrary: valid({ ...base, label, params: { ...ownerParams, [name]: unknownId(ownerParams[name] ?? 'x_') } }),
    });
  }
  if (op.parameters.some((p) => p.in === 'path')) {
    const label = "another workspace's ids";
    attacks.push({ label, arbitrary: valid({ ...base, label, params: paramsOf(op.path, world.stranger) }) });
  }
  return attacks;
}
