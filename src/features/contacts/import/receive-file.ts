import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { ApiError } from '../../../http/api-error.js';
import { describeStringProblem, stringProblem } from '../../../lib/well-formed.js';
import { formatBytes } from '../../../storage/uploads.js';

/** Content types taken as the raw file (browsers send .csv as application/vnd.ms-excel on Windows). */
const RAW_TYPES = [
  'text/csv',
  'application/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.ms-excel',
  'application/octet-stream',
];

export interface ReceivedFile {
  stream: AsyncIterable<Uint8Array>;
  filename: string | null;
  /** Form fields sent before the file. */
  fields: Record<string, string | string[]>;
}

/** Lets this scope's routes take a file as multipart/form-data or as a raw CSV body, unread until the handler streams it. */
export async function acceptFiles(app: FastifyInstance, maxBytes: number): Promise<void> {
  app.addContentTypeParser(RAW_TYPES, function passThrough(_request, payload, done) {
    done(null, payload);
  });
  // One byte over our own limit, so our counter reports the 413 first.
  await app.register(multipart, { limits: { fileSize: maxBytes + 1, files: 1, fields: 20, fieldSize: 10_000 } });
}

export async function receiveFile(request: FastifyRequest, maxBytes: number): Promise<ReceivedFile> {
  const length = Number(request.headers['content-length']);
  if (length > maxBytes + 64 * 1024) {
    throw new ApiError(
      'payload_too_large',
      `The file is larger than the ${formatBytes(maxBytes)} this server accepts.`,
    );
  }
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part)
      throw new ApiError(
        'invalid_request',
        'The form has no file. Send the CSV in a form field named "file" with a filename (a part without one is read as text).',
        'file',
      );
    if (part.fieldname !== 'file') {
      part.file.resume();
      throw new ApiError(
        'invalid_request',
        `Send the CSV in a form field named "file" (received "${part.fieldname}").`,
        'file',
      );
    }
    let fields: Record<string, string | string[]>;
    try {
      fields = formFields(part.fields);
      if (part.filename) refuseBadField('filename', part.filename);
    } catch (error) {
      part.file.resume();
      throw error;
    }
    return { stream: part.file, filename: part.filename || null, fields };
  }
  const body = request.body as (AsyncIterable<Uint8Array> & { pipe?: unknown }) | undefined;
  if (!body || typeof body.pipe !== 'function') {
    throw new ApiError(
      'unsupported_media_type',
      'Send the CSV file as multipart/form-data (in a field named "file") or as the raw body with Content-Type: text/csv.',
    );
  }
  return { stream: body, filename: null, fields: {} };
}

function formFields(parts: MultipartFile['fields']): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(parts)) {
    if (name === 'file') continue;
    for (const field of Array.isArray(value) ? value : [value]) {
      if (field?.type !== 'field') continue;
      const text = String(field.value);
      refuseBadField(name, text);
      const prior = fields[name];
      fields[name] = prior === undefined ? text : [...(Array.isArray(prior) ? prior : [prior]), text];
    }
  }
  return fields;
}

// Form fields follow the input rule of every other parameter (see lib/well-formed.ts).
function refuseBadField(name: string, value: string): void {
  const problem = stringProblem(name) ?? stringProblem(value);
  if (problem)
    throw new ApiError('invalid_parameter', describeStringProblem(`The form field '${name}'`, problem), name);
}
