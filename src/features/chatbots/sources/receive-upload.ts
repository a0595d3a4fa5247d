import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../../http/api-error.js';
import { describeStringProblem, stringProblem } from '../../../lib/well-formed.js';
import { formatBytes } from '../../../storage/uploads.js';
import type { Upload } from './new-source.js';

/**
 * A source file sent as multipart/form-data: its `file` part read whole (up
 * to `maxBytes`, else 413 before anything is stored) and its `title` part.
 */
export async function receiveUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ upload: Upload; title: string | undefined }> {
  const tooLarge = () =>
    new ApiError('payload_too_large', `The file is larger than the ${formatBytes(maxBytes)} a source may be.`, 'file');
  if (Number(request.headers['content-length']) > maxBytes + 64 * 1024) throw tooLarge();
  let upload: Upload | undefined;
  let title: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      const value = String(part.value);
      const problem = stringProblem(part.fieldname) ?? stringProblem(value);
      if (problem)
        throw new ApiError(
          'invalid_parameter',
          describeStringProblem(`The form field '${part.fieldname}'`, problem),
          part.fieldname,
        );
      if (part.fieldname === 'title') title = value;
      else if (part.fieldname !== 'type')
        throw new ApiError(
          'unknown_parameter',
          `Unknown form field '${part.fieldname}': a file source takes "file" and "title".`,
          part.fieldname,
        );
      continue;
    }
    if (part.fieldname !== 'file') {
      part.file.resume();
      throw new ApiError(
        'invalid_request',
        `Send the file in a form field named "file" (received "${part.fieldname}").`,
        'file',
      );
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        part.file.resume();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
    if (part.filename) {
      const problem = stringProblem(part.filename);
      if (problem) throw new ApiError('invalid_parameter', describeStringProblem('The file name', problem), 'file');
    }
    upload = { bytes: Buffer.concat(chunks), name: part.filename || null, mediaType: part.mimetype || null };
  }
  if (!upload)
    throw new ApiError(
      'invalid_request',
      'The form has no file. Send it in a form field named "file" with a filename (a part without one is read as text).',
      'file',
    );
  return { upload, title };
}
