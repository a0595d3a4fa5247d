import { ApiError } from '../../../http/api-error.js';

/** The kinds of file a source can be. */
export type FileKind = 'pdf' | 'docx' | 'html' | 'markdown';

export const FILE_MEDIA_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
};

// What a file's name or declared type says it is; text kinds say little
// (a .txt may hold Markdown or HTML), binary ones say exactly.
const CLAIMS: [RegExp, FileKind | 'text'][] = [
  [/\.pdf$|^application\/pdf$/i, 'pdf'],
  [/\.docx$|wordprocessingml/i, 'docx'],
  [/\.(html?|md|markdown|txt|text)$|^text\//i, 'text'],
];

/**
 * What a file is, by its bytes: a PDF, a Word document, or UTF-8 text (HTML
 * when it reads as a page, else Markdown — plain text is Markdown too). A
 * file whose name or declared type claims another kind than its bytes show,
 * or any other kind, is refused with 415.
 */
export async function sniffFile(bytes: Uint8Array, name: string | null, declared: string | null): Promise<FileKind> {
  // Loaded with the first file: most servers never get one.
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  const kind: FileKind | undefined =
    found?.ext === 'pdf' ? 'pdf' : found?.ext === 'docx' ? 'docx' : found ? undefined : textKind(bytes);
  if (!kind)
    throw new ApiError(
      'unsupported_media_type',
      `This file is ${found ? `a ${found.ext.toUpperCase()} file` : 'not text'}; a source can be a PDF, a Word document (.docx), Markdown, plain text or HTML.`,
      'file',
    );
  for (const claim of [name, declared === 'application/octet-stream' ? null : declared]) {
    const said = claim ? CLAIMS.find(([pattern]) => pattern.test(claim))?.[1] : undefined;
    if (said !== undefined && said !== (kind === 'html' || kind === 'markdown' ? 'text' : kind))
      throw new ApiError(
        'unsupported_media_type',
        `The file says it is ${said === 'text' ? 'text' : said.toUpperCase()} ("${claim}") but its bytes are ${kind === 'pdf' || kind === 'docx' ? `a ${kind.toUpperCase()} file` : 'text'}.`,
        'file',
      );
  }
  return kind;
}

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i;

function textKind(bytes: Uint8Array): FileKind | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.includes('\u0000')) return undefined;
  return HTML_START.test(text.replace(/^\uFEFF/, '').slice(0, 4096)) ? 'html' : 'markdown';
}
