import { ApiError } from '../../../http/api-error.js';
import { pdfTitle } from './file-html.js';
import { sniffFile } from './file-types.js';
import type { CreateSourceBody } from './schema.js';
import type { FileContent, QnaContent, TextContent } from './source-page.js';

// What a new source holds, from its request: a Q&A's question (perhaps from a
// conversation), a file's kind and title (from its bytes).

/** A visitor's question a Q&A source is made from: found by the caller from `from_message_id`. */
export interface AskedQuestion {
  messageId: string;
  question: string | undefined;
}

export function qnaOf(body: Extract<CreateSourceBody, { type: 'qna' }>, asked: AskedQuestion | undefined) {
  const question = body.question ?? asked?.question;
  if (question === undefined)
    throw new ApiError(
      'invalid_parameter',
      asked
        ? `Message '${asked.messageId}' answers no question; give question.`
        : 'question is required unless from_message_id is given.',
      'question',
    );
  const content: QnaContent = { question, answer: body.answer, alternatives: body.alternatives ?? [] };
  return { title: question, content, fromMessageId: asked?.messageId ?? null };
}

/** A file as the route received it. */
export interface Upload {
  bytes: Uint8Array;
  name: string | null;
  /** The type the client declared for it. */
  mediaType: string | null;
}

export type SourceContent = TextContent | QnaContent | FileContent;

export async function fileOf(body: Extract<CreateSourceBody, { type: 'file' }>, upload: Upload | undefined) {
  if (!upload)
    throw new ApiError(
      'unsupported_media_type',
      'Send a file as multipart/form-data, in a part named "file" (and an optional "title" part).',
      'file',
    );
  if (upload.bytes.length === 0) throw new ApiError('invalid_parameter', 'The file is empty.', 'file');
  const kind = await sniffFile(upload.bytes, upload.name, upload.mediaType);
  const title =
    body.title ??
    (kind === 'pdf' ? await pdfTitle(upload.bytes) : undefined) ??
    upload.name?.replace(/\.[^.]*$/, '').trim() ??
    'Untitled file';
  const content: FileContent = { name: upload.name, kind, size: upload.bytes.length };
  return { title: title.slice(0, 200) || 'Untitled file', content, fromMessageId: null };
}

// A file's characters are known once it is read, when it trains.
export function charactersOf(content: SourceContent): number {
  if ('kind' in content) return 0;
  return 'text' in content
    ? content.text.length
    : content.question.length + content.answer.length + content.alternatives.reduce((n, a) => n + a.length, 0);
}
