// Generates the demo attachments: PDF decisions and plans in Vietnamese, typeset with
// DejaVu Sans (which has every Vietnamese letter) from the dejavu-fonts-ttf package.
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export type DemoDocument = {
  agency: string;
  number: string;
  place: string;
  date: string;
  kind: string;
  subject: string;
  paragraphs: string[];
  list?: { heading: string; items: string[] };
  signer: { title: string; name: string };
};

export function generatePdf(doc: DemoDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 70, right: 56 }, info: { Title: `${doc.kind} ${doc.subject}`, Author: doc.agency } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.registerFont('regular', path.join(FONT_DIR, 'DejaVuSans.ttf'));
    pdf.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
    const width = pdf.page.width - 126;

    pdf.font('bold').fontSize(10).text(doc.agency.toUpperCase(), { width: width / 2, align: 'center' });
    pdf.font('regular').fontSize(10).text(`Số: ${doc.number}`, { width: width / 2, align: 'center' });
    pdf.moveUp(2).font('bold').text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 70 + width / 2, undefined, { width: width / 2, align: 'center' });
    pdf.text('Độc lập - Tự do - Hạnh phúc', { width: width / 2, align: 'center' });
    pdf.font('regular').fontSize(10).text(`${doc.place}, ${doc.date}`, { width: width / 2, align: 'center' });
    pdf.moveDown(2);
    pdf.x = 70;
    pdf.font('bold').fontSize(14).text(doc.kind.toUpperCase(), { width, align: 'center' });
    pdf.font('bold').fontSize(11).text(doc.subject, { width, align: 'center' });
    pdf.moveDown(1.2);
    pdf.font('regular').fontSize(11);
    for (const paragraph of doc.paragraphs) {
      pdf.text(paragraph, { width, align: 'justify', indent: 24, lineGap: 3 });
      pdf.moveDown(0.6);
    }
    if (doc.list) {
      pdf.font('bold').text(doc.list.heading, { width, lineGap: 3 });
      pdf.moveDown(0.3);
      pdf.font('regular');
      doc.list.items.forEach((item, index) => {
        pdf.text(`${index + 1}. ${item}`, { width, indent: 12, lineGap: 2 });
      });
      pdf.moveDown(1);
    }
    pdf.font('bold').text(doc.signer.title.toUpperCase(), 70 + width / 2, undefined, { width: width / 2, align: 'center' });
    pdf.moveDown(3);
    pdf.text(doc.signer.name, { width: width / 2, align: 'center' });
    pdf.end();
  });
}
