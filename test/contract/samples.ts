import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

// Real small files of the binary kinds a file source can be, made once per
// run (as src/features/chatbots/sources/files.test.ts makes its own).

export interface SampleFiles {
  pdf: Uint8Array;
  docx: Uint8Array;
}

export async function sampleFiles(): Promise<SampleFiles> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Opening hours');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('The shop opens at 9am, Monday to Saturday.', { x: 50, y: 720, size: 12, font });
  pdf.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  pdf.setModificationDate(new Date(Date.UTC(2026, 0, 1)));
  const docx = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Returns', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Return any item within 30 days for a full refund.'),
        ],
      },
    ],
  });
  return { pdf: await pdf.save(), docx: await Packer.toBuffer(docx) };
}

/** The first bytes of a PNG image: a file no source can be. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
  'base64',
);
