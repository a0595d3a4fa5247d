import type JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import type { FileKind } from './file-types.js';
import { escapeHtml, headingIds, markdownHtml } from './html.js';

/** Why a file could not be trained on, in words for its owner. */
export class SourceProblem extends Error {
  override readonly name = 'SourceProblem';
}

// A Word document is a zip: its parts may unpack to at most this much, in at
// most this many parts, whatever the size of the upload (a zip bomb is a few
// kilobytes that unpack to gigabytes).
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 5_000;

/** A file as an HTML page for the extractor, with its title. */
export async function fileHtml(kind: FileKind, bytes: Uint8Array, title: string): Promise<string> {
  switch (kind) {
    case 'pdf':
      return pdfHtml(bytes, title);
    case 'docx':
      return docxHtml(bytes, title);
    case 'html':
      return new TextDecoder().decode(bytes);
    case 'markdown':
      return page(title, markdownHtml(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')));
  }
}

/** A PDF's title as its metadata gives it, if it does. */
export async function pdfTitle(bytes: Uint8Array): Promise<string | undefined> {
  try {
    const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { info } = (await doc.getMetadata()) as { info?: { Title?: unknown } };
    await doc.destroy();
    return typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
  } catch {
    return undefined;
  }
}

// Each page a section of its own, anchored `page=N`: browsers' PDF viewers
// open a file at `#page=N`, so a citation lands on the page it quotes.
// pdf.js takes a plain Uint8Array (not a Buffer), and detaches what it is given: always a copy.
async function pdfHtml(bytes: Uint8Array, title: string): Promise<string> {
  let pages: string[];
  try {
    const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    pages = (await extractText(doc, { mergePages: false })).text;
    await doc.destroy();
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new SourceProblem('The PDF is protected by a password. Upload a copy without one.');
    throw new SourceProblem('The PDF could not be read: the file is damaged or not a PDF.');
  }
  if (pages.every((text) => text.trim() === ''))
    throw new SourceProblem(
      'The PDF holds no text, only images (a scan?). Run it through text recognition (OCR) and upload it again.',
    );
  const sections = pages.map((text, i) =>
    text.trim() === ''
      ? ''
      : `<section><h2 id="page=${i + 1}">Page ${i + 1}</h2>${text
          .split(/\n\s*\n/)
          .map((block) => `<p>${pdfLines(block)}</p>`)
          .join('')}</section>`,
  );
  return page(title, sections.join(''));
}

// A PDF's text comes line by line: a paragraph's lines are joined, but a short
// line without a full stop (a title, "Opening hours", "Tel 0161 496 0000")
// keeps its own line, or it ran into the sentence after it ("Membership terms
// Monthly membership costs…").
const SHORT_LINE = /^(?!.*[.!?:;,]$)\S+(?:\s+\S+){0,4}$/u;

function pdfLines(block: string): string {
  const lines = block.split(/\s*\n\s*/).filter((line) => line !== '');
  return lines
    .map(
      (line, i) =>
        escapeHtml(line) + (i === lines.length - 1 ? '' : SHORT_LINE.test(line) && line.length <= 40 ? '<br>' : ' '),
    )
    .join('');
}

async function docxHtml(bytes: Uint8Array, title: string): Promise<string> {
  await refuseZipBomb(bytes);
  let html: string;
  try {
    // Loaded on the first DOCX: most servers never read one.
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new SourceProblem('The Word document could not be read: the file is damaged.');
  }
  const slug = headingIds();
  return page(
    title,
    html.replace(/<h([1-6])>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => {
      return `<h${level} id="${slug(inner)}">${inner}</h${level}>`;
    }),
  );
}

async function refuseZipBomb(bytes: Uint8Array): Promise<void> {
  let zip: JSZip;
  try {
    // Loaded on the first DOCX, as mammoth is.
    const { default: JSZip } = await import('jszip');
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new SourceProblem('The Word document could not be read: the file is damaged.');
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > MAX_ZIP_ENTRIES)
    throw new SourceProblem(`The Word document holds more than ${MAX_ZIP_ENTRIES} parts; it is refused.`);
  let total = 0;
  for (const entry of entries) {
    // Read, not kept: counting each part's unpacked bytes stops a bomb early.
    await new Promise<void>((resolve, reject) => {
      const stream = entry.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total <= MAX_UNZIPPED_BYTES) return;
        stream.pause();
        reject(
          new SourceProblem(
            `The Word document unpacks to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB; it is refused.`,
          ),
        );
      });
      stream.on('error', () => reject(new SourceProblem('The Word document could not be read: the file is damaged.')));
      stream.on('end', resolve);
    });
  }
}

function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
