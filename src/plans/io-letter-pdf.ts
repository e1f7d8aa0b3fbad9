import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Block, LetterDocument } from './letter-content.ts';

/**
 * Draws a letter (see letter-content.ts) as an A4 PDF with real text in the standard Helvetica font,
 * the title, author and language in the metadata, and the EPC QR code as an embedded PNG image.
 */

const MARGIN = 56;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const SIZE = 10;
const QR_SIZE = 120;
/** EPC069-12: error correction level M and at most QR version 13. */
const EPC_MAX_VERSION = 13;

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc): number {
  return doc.page.width - 2 * MARGIN;
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
}

function drawRow(
  doc: Doc,
  block: Extract<Block, { kind: 'table' }>,
  cells: readonly string[],
  bold: boolean,
): void {
  const width = contentWidth(doc);
  doc.font(bold ? BOLD : FONT).fontSize(SIZE);
  const widths = block.columns.map((c) => c.width * width - 6);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: widths[i] ?? width })));
  ensureRoom(doc, height + 4);
  const y = doc.y;
  let x = MARGIN;
  block.columns.forEach((column, i) => {
    const w = widths[i] ?? width;
    doc.text(cells[i] ?? '', x, y, { width: w, align: column.align });
    x += column.width * width;
  });
  doc.x = MARGIN;
  doc.y = y + height + 4;
}

function drawTable(doc: Doc, block: Extract<Block, { kind: 'table' }>): void {
  ensureRoom(doc, 40);
  drawRow(
    doc,
    block,
    block.columns.map((c) => c.header),
    true,
  );
  doc
    .moveTo(MARGIN, doc.y - 2)
    .lineTo(MARGIN + contentWidth(doc), doc.y - 2)
    .lineWidth(0.5)
    .stroke();
  for (const row of block.rows) drawRow(doc, block, row.cells, row.bold === true);
  doc.moveDown(0.5);
}

function drawKeyValues(doc: Doc, rows: readonly (readonly [string, string])[]): void {
  const labelWidth = contentWidth(doc) * 0.4;
  for (const [label, value] of rows) {
    ensureRoom(doc, 16);
    const y = doc.y;
    doc
      .font(FONT)
      .fontSize(SIZE)
      .text(label, MARGIN, y, { width: labelWidth - 6 });
    const afterLabel = doc.y;
    doc.font(BOLD).text(value, MARGIN + labelWidth, y, { width: contentWidth(doc) - labelWidth });
    doc.x = MARGIN;
    doc.y = Math.max(afterLabel, doc.y) + 2;
  }
  doc.moveDown(0.5);
}

async function drawQr(doc: Doc, payload: string, caption: string): Promise<void> {
  const version = QRCode.create(payload, { errorCorrectionLevel: 'M' }).version;
  if (version > EPC_MAX_VERSION)
    throw new Error(`EPC QR payload needs QR version ${version} (max ${EPC_MAX_VERSION})`);
  const png = await QRCode.toBuffer(payload, { errorCorrectionLevel: 'M', margin: 4, scale: 6, type: 'png' });
  ensureRoom(doc, QR_SIZE + 10);
  const y = doc.y;
  doc.image(png, MARGIN, y, { width: QR_SIZE, height: QR_SIZE });
  doc
    .font(FONT)
    .fontSize(SIZE)
    .text(caption, MARGIN + QR_SIZE + 16, y + 20, { width: contentWidth(doc) - QR_SIZE - 16 });
  doc.x = MARGIN;
  doc.y = y + QR_SIZE + 10;
}

async function drawBlock(doc: Doc, block: Block): Promise<void> {
  switch (block.kind) {
    case 'heading':
      ensureRoom(doc, 40);
      doc.moveDown(0.5).font(BOLD).fontSize(12).text(block.text, MARGIN).moveDown(0.3);
      return;
    case 'paragraph':
      doc
        .font(FONT)
        .fontSize(SIZE)
        .text(block.text, MARGIN, doc.y, { width: contentWidth(doc) })
        .moveDown(0.6);
      return;
    case 'keyValues':
      drawKeyValues(doc, block.rows);
      return;
    case 'table':
      drawTable(doc, block);
      return;
    case 'qr':
      await drawQr(doc, block.payload, block.caption);
      return;
  }
}

function drawPageNumbers(doc: Doc, lang: LetterDocument['lang']): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const label = lang === 'nl' ? `Pagina ${i + 1} van ${range.count}` : `Page ${i + 1} of ${range.count}`;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc
      .font(FONT)
      .fontSize(8)
      .text(label, MARGIN, doc.page.height - MARGIN + 16, { width: contentWidth(doc), align: 'right' });
    doc.page.margins.bottom = bottom;
  }
}

export async function renderLetterPdf(letter: LetterDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: letter.lang === 'nl' ? 'nl-BE' : 'en',
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: letter.title, Author: letter.sender[0] ?? '', Subject: letter.subject, Creator: 'EvS' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc
    .font(BOLD)
    .fontSize(SIZE)
    .text(letter.sender[0] ?? '', MARGIN, MARGIN);
  doc.font(FONT).text(letter.sender.slice(1).join('\n'));
  doc.text(letter.recipient.join('\n'), 320, 150, { width: contentWidth(doc) - 264 });
  doc.font(FONT).text(letter.placeAndDate, MARGIN, 240);
  doc.moveDown(1).font(BOLD).fontSize(13).text(letter.subject, MARGIN).moveDown(0.8);
  for (const block of letter.blocks) await drawBlock(doc, block);

  drawPageNumbers(doc, letter.lang);
  doc.end();
  return done;
}
