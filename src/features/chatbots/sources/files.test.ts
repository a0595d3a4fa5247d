import fs from 'node:fs';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { ask, createChatbot } from '../../../../test/helpers/chatbots.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';

async function pdfOf(pages: string[][], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title) pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage();
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 720 - 20 * i, size: 12, font }));
  }
  return pdf.save();
}

async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  // A 1×1 grey PNG, drawn large: a "scan" with no text layer.
  const png = await pdf.embedPng(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
      'base64',
    ),
  );
  pdf.addPage().drawImage(png, { x: 0, y: 0, width: 600, height: 800 });
  return pdf.save();
}

async function docxOf(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Workshop handbook', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Servicing', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('A full service takes one working day and includes new brake pads.'),
          new Paragraph({ text: 'Wheel truing', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            text: 'We true buckled wheels while you wait, for £15 a wheel.',
            alignment: AlignmentType.LEFT,
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// A few kilobytes that unpack to 80 MB: a Word document's bomb.
async function zipBomb(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file('word/document.xml', '<w:document/>');
  zip.file('word/media/padding.bin', new Uint8Array(80 * 1024 * 1024));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function multipart(parts: Record<string, string | { bytes: Uint8Array; name: string; type: string }>) {
  const form = new FormData();
  for (const [field, value] of Object.entries(parts))
    if (typeof value === 'string') form.append(field, value);
    else form.append(field, new Blob([value.bytes], { type: value.type }), value.name);
  const encoded = new Response(form);
  return {
    headers: { 'content-type': encoded.headers.get('content-type')! },
    payload: Buffer.from(await encoded.arrayBuffer()),
  };
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.each(ENGINES_AND_QUEUES)('file sources ($name)', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  let botId: string;
  const sources = () => `/v1/chatbots/${botId}/sources`;

  async function upload(parts: Parameters<typeof multipart>[0], who = tenant, bot = botId) {
    const { headers, payload } = await multipart(parts);
    return t.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${bot}/sources`,
      headers: { ...who.auth, ...headers },
      payload,
    });
  }
  async function settled(id: string, who = tenant, bot = botId): Promise<any> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const source = (
        await t.app.inject({ method: 'GET', url: `/v1/chatbots/${bot}/sources/${id}`, headers: who.auth })
      ).json();
      if (source.status === 'trained' || source.status === 'failed') return source;
      if (Date.now() > deadline) throw new Error(`source did not train: ${JSON.stringify(source)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
  async function uploaded(parts: Parameters<typeof multipart>[0]): Promise<any> {
    const res = await upload(parts);
    expect(res.statusCode, res.body).toBe(201);
    return settled(res.json().id);
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, {
      ...env,
      GRIVO_RATE_LIMIT_PRO: '100000',
      GRIVO_RATE_LIMIT_FREE: '100000',
      GRIVO_PLAN_FREE_SOURCE_CHARACTERS: '100',
      GRIVO_SOURCE_MAX_FILE_BYTES: String(200 * 1024),
      GRIVO_PUBLIC_URL: 'https://grivo.example',
    });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
    botId = (await createChatbot(t, tenant, { name: 'Manuals' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('learns a PDF page by page, cites the page, and serves the file', async () => {
    const bytes = await pdfOf(
      [
        ['Welcome to the owner manual of the Trailblazer 29 mountain bike.'],
        ['Tyre pressure: inflate the tyres to between 25 and 30 psi for trails.', 'Use a floor pump with a gauge.'],
        ['Chain care: clean and lubricate the chain every 200 km.'],
      ],
      'Trailblazer 29 manual',
    );
    const created = await upload({ file: { bytes, name: 'trailblazer.pdf', type: PDF } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      type: 'file',
      title: 'Trailblazer 29 manual',
      file: { name: 'trailblazer.pdf', media_type: PDF, size: bytes.length },
      status: 'pending',
      characters: 0,
      url: `https://grivo.example/files/${created.json().id}`,
    });
    const source = await settled(created.json().id);
    expect(source).toMatchObject({ status: 'trained', error: null, pages: 1 });
    expect(source.characters).toBeGreaterThan(100);

    const reply = await ask(t, tenant, botId, 'What tyre pressure should I use?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/25 and 30 psi/);
    expect(reply.sources[0]).toMatchObject({ url: `${source.url}#page=2`, title: 'Trailblazer 29 manual' });
    expect(reply.sources[0].section).toMatch(/Page 2/);

    const file = await t.app.inject({ method: 'GET', url: `/files/${source.id}` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(PDF);
    expect(file.headers['content-security-policy']).toBe('sandbox');
    expect(Buffer.compare(file.rawPayload, Buffer.from(bytes))).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/files/src_nope' })).statusCode).toBe(404);
  });

  it('keeps a short title line of a PDF page on a line of its own, not run into the sentence after it', async () => {
    const bytes = await pdfOf([
      [
        'Membership terms',
        'Monthly membership costs 65 GBP and renews automatically. You can freeze',
        'your membership for up to two months a year.',
      ],
    ]);
    await uploaded({ file: { bytes, name: 'terms.pdf', type: PDF } });
    const reply = await ask(t, tenant, botId, 'Can I freeze my membership?');
    expect(reply.answer).toMatch(
      /^Monthly membership costs 65 GBP and renews automatically\. You can freeze your membership for up to two months a year\./,
    );
  });

  it('learns a Word document by its headings, and Markdown and HTML files', async () => {
    const docx = await uploaded({
      file: { bytes: await docxOf(), name: 'handbook.docx', type: DOCX },
      title: 'Workshop handbook',
    });
    expect(docx).toMatchObject({ status: 'trained', title: 'Workshop handbook', file: { media_type: DOCX } });
    const truing = await ask(t, tenant, botId, 'How much is wheel truing?');
    expect(truing.answer).toMatch(/£15 a wheel/);
    expect(truing.sources[0].url).toBe(`https://grivo.example/sources/${docx.id}#wheel-truing`);
    const view = await t.app.inject({ method: 'GET', url: `/sources/${docx.id}` });
    expect(view.body).toContain('id="wheel-truing"');

    const markdown = '# Gift cards\n\nGift cards are sold in amounts from £10 to £200 and never expire.\n';
    const md = await uploaded({
      file: { bytes: new TextEncoder().encode(markdown), name: 'gift-cards.txt', type: 'text/plain' },
    });
    expect(md).toMatchObject({ status: 'trained', title: 'gift-cards', file: { media_type: 'text/markdown' } });
    expect((await ask(t, tenant, botId, 'Do gift cards expire?')).answer).toMatch(/never expire/);

    const html =
      '<!doctype html><html><head><title>Rentals</title></head><body><main><h1>Bike rental</h1><p>Rent an e-bike for £35 a day, helmet included.</p></main></body></html>';
    const page = await uploaded({
      file: { bytes: new TextEncoder().encode(html), name: 'rentals.html', type: 'text/html' },
    });
    expect(page).toMatchObject({ status: 'trained', file: { media_type: 'text/html' } });
    expect((await ask(t, tenant, botId, 'How much does it cost to rent an e-bike?')).answer).toMatch(/£35 a day/);

    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `${sources()}/${docx.id}`,
      headers: tenant.auth,
      payload: { title: 'Workshop guide' },
    });
    expect(renamed.json()).toMatchObject({ title: 'Workshop guide', status: 'pending' });
    expect((await settled(docx.id)).status).toBe('trained');
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: `${sources()}/${docx.id}`,
      headers: tenant.auth,
      payload: { text: 'x' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/file source has no text; it takes title/);
  });

  it('refuses files that are too large, empty, unknown or lying about their type, storing nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: sources(), headers: tenant.auth })).json().total;
    const pdf = await pdfOf([['A page.']]);
    const cases: [Parameters<typeof multipart>[0], number, RegExp][] = [
      [
        { file: { bytes: new Uint8Array(200 * 1024 + 1).fill(65), name: 'big.txt', type: 'text/plain' } },
        413,
        /larger than the 200 KB/,
      ],
      [{ file: { bytes: new Uint8Array(0), name: 'empty.txt', type: 'text/plain' } }, 400, /empty/],
      [
        {
          file: {
            bytes: Buffer.from(
              'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
              'base64',
            ),
            name: 'photo.png',
            type: 'image/png',
          },
        },
        415,
        /PNG file; a source can be a PDF/,
      ],
      [{ file: { bytes: pdf, name: 'notes.docx', type: DOCX } }, 415, /says it is DOCX .* but its bytes are a PDF/],
      [
        { file: { bytes: new TextEncoder().encode('just text'), name: 'report.pdf', type: PDF } },
        415,
        /says it is PDF .* but its bytes are text/,
      ],
      [
        {
          file: {
            bytes: new Uint8Array([0x41, 0xc3, 0x28, 0x42]),
            name: 'odd.bin',
            type: 'application/octet-stream',
          },
        },
        415,
        /not text/,
      ],
      [{ title: 'No file' }, 400, /no file/],
      // The form's documented title has a minLength of 1, as the JSON one.
      [{ title: '', file: { bytes: pdf, name: 'a.pdf', type: PDF } }, 400, /title must not be empty/],
      [{ file: { bytes: pdf, name: 'a.pdf', type: PDF }, colour: 'red' }, 400, /Unknown form field 'colour'/],
    ];
    for (const [parts, status, message] of cases) {
      const res = await upload(parts);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.message).toMatch(message);
    }
    const json = await t.app.inject({
      method: 'POST',
      url: sources(),
      headers: tenant.auth,
      payload: { type: 'file', title: 'x' },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toMatch(/multipart\/form-data/);
    expect((await t.app.inject({ method: 'GET', url: sources(), headers: tenant.auth })).json().total).toBe(before);
  });

  it('reports an encrypted, image-only, damaged or bomb file as failed, and keeps answering', async () => {
    const good = await uploaded({
      file: {
        bytes: new TextEncoder().encode('# Opening hours\n\nThe workshop opens at 8am on weekdays.'),
        name: 'hours.md',
        type: 'text/markdown',
      },
    });
    expect(good.status).toBe('trained');
    const valid = await pdfOf([['Some text on a page.']]);
    const cases: [Parameters<typeof multipart>[0], RegExp][] = [
      [
        { file: { bytes: fs.readFileSync('test/fixtures/sources/encrypted.pdf'), name: 'secret.pdf', type: PDF } },
        /protected by a password/,
      ],
      [{ file: { bytes: await imageOnlyPdf(), name: 'scan.pdf', type: PDF } }, /holds no text, only images/],
      [{ file: { bytes: valid.slice(0, 60), name: 'cut.pdf', type: PDF } }, /could not be read: the file is damaged/],
      [{ file: { bytes: await zipBomb(), name: 'bomb.docx', type: DOCX } }, /unpacks to more than 64 MB/],
    ];
    for (const [parts, message] of cases) {
      const res = await upload(parts);
      expect(res.statusCode, res.body).toBe(201);
      const source = await settled(res.json().id);
      expect(source).toMatchObject({ status: 'failed', pages: 0, chunks: 0 });
      expect(source.error).toMatch(message);
    }
    expect((await ask(t, tenant, botId, 'When does the workshop open?')).answer).toMatch(/8am on weekdays/);
  });

  it("fails a file whose text passes the plan's characters, and keeps others' files out of reach", async () => {
    const free = await t.tenant('free');
    const bot = (await createChatbot(t, free, { name: 'Small' })).id;
    const long = await upload(
      { file: { bytes: new TextEncoder().encode('Words '.repeat(50)), name: 'long.txt', type: 'text/plain' } },
      free,
      bot,
    );
    expect(long.statusCode).toBe(201);
    const source = await settled(long.json().id, free, bot);
    expect(source.status).toBe('failed');
    expect(source.error).toMatch(/your free plan allows 100/);

    expect(
      (await upload({ file: { bytes: await pdfOf([['x']]), name: 'x.pdf', type: PDF } }, free, botId)).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/v1/chatbots/${bot}/sources/${source.id}`, headers: tenant.auth }))
        .statusCode,
    ).toBe(404);
  });
});
