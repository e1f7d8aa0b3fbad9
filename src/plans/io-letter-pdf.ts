import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { LOCALE } from '../kernel/i18n.ts';
import type { Block, LetterDocument } from './letter-content.ts';
import { letterMessages } from './letter-messages.ts';

/**
 * Draws a letter (see letter-content.ts) as a tagged A4 PDF (headings, paragraphs, tables and the QR
 * figure in the structure tree, page numbers as artifacts, so screen readers read it in order) with
 * an embedded font, the title, author and language in the metadata, and the EPC QR code beside the
 * payment instructions.
 */

const MARGIN = 56;
/** DejaVu Sans (Debian's fonts-dejavu-core) is embedded when present; else the standard Helvetica. */
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const DEJAVU_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
const EMBEDDED = existsSync(DEJAVU) && existsSync(DEJAVU_BOLD);
const FONT = 'Body';
const BOLD = 'Body-Bold';
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
  const height = Math.max(
    ...cells.map((cell, i) =>
      block.columns[i]?.noWrap
        ? doc.currentLineHeight(true)
        : doc.heightOfString(cell, { width: widths[i] ?? width }),
    ),
  );
  ensureRoom(doc, height + 4);
  const y = doc.y;
  let x = MARGIN;
  block.columns.forEach((column, i) => {
    const w = widths[i] ?? width;
    const cell = cells[i] ?? '';
    if (column.noWrap) {
      // a reference is never split over two lines: it is drawn smaller until it fits its column
      const size = fittingSize(doc, cell, w);
      doc.fontSize(size).text(cell, x, y, { lineBreak: false });
      doc.fontSize(SIZE);
    } else doc.text(cell, x, y, { width: w, align: column.align });
    x += column.width * width;
  });
  doc.x = MARGIN;
  doc.y = y + height + 4;
}

/** The largest font size (at most the body size, at least 6 pt) at which `text` fits `width` on one line. */
export function fittingSize(doc: Doc, text: string, width: number): number {
  let size = SIZE;
  while (size > 6 && doc.fontSize(size).widthOfString(text) > width) size -= 0.5;
  doc.fontSize(SIZE);
  return size;
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

/** The payment instructions on the left and their QR code on the right, at the same height. */
async function drawPayment(
  doc: Doc,
  rows: readonly (readonly [string, string])[],
  qr: Extract<Block, { kind: 'qr' }>,
): Promise<void> {
  ensureRoom(doc, QR_SIZE + 40);
  const top = doc.y;
  const left = contentWidth(doc) - QR_SIZE - 16;
  const labelWidth = left * 0.45;
  const table = doc.struct('Table');
  doc.addStructure(table);
  for (const [label, value] of rows) {
    const y = doc.y;
    table.add(
      doc.struct('TR', {}, [
        doc.struct('TH', {}, () =>
          doc
            .font(FONT)
            .fontSize(SIZE)
            .text(label, MARGIN, y, { width: labelWidth - 6 }),
        ),
        doc.struct('TD', {}, () =>
          doc
            .font(BOLD)
            .fontSize(SIZE)
            .text(value, MARGIN + labelWidth, y, { width: left - labelWidth }),
        ),
      ]),
    );
    doc.y = Math.max(doc.y, y + 14) + 2;
  }
  table.end();
  const bottom = doc.y;
  const png = await qrPng(qr.payload);
  const figure = doc.struct('Figure', { alt: qr.caption }, () =>
    doc.image(png, MARGIN + contentWidth(doc) - QR_SIZE, top, { width: QR_SIZE, height: QR_SIZE }),
  );
  doc.addStructure(figure);
  const p = doc.struct('P', {}, () =>
    doc
      .font(FONT)
      .fontSize(8)
      .text(qr.caption, MARGIN + contentWidth(doc) - QR_SIZE, top + QR_SIZE + 2, { width: QR_SIZE }),
  );
  doc.addStructure(p);
  doc.x = MARGIN;
  doc.y = Math.max(bottom, doc.y) + 8;
}

async function qrPng(payload: string): Promise<Buffer> {
  const version = QRCode.create(payload, { errorCorrectionLevel: 'M' }).version;
  if (version > EPC_MAX_VERSION)
    throw new Error(`EPC QR payload needs QR version ${version} (max ${EPC_MAX_VERSION})`);
  return QRCode.toBuffer(payload, { errorCorrectionLevel: 'M', margin: 4, scale: 6, type: 'png' });
}

async function drawBlock(doc: Doc, block: Block): Promise<void> {
  switch (block.kind) {
    case 'heading':
      ensureRoom(doc, 40);
      doc.moveDown(0.5);
      doc.addStructure(doc.struct('H2', {}, () => doc.font(BOLD).fontSize(12).text(block.text, MARGIN)));
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      doc.addStructure(
        doc.struct('P', {}, () =>
          doc
            .font(FONT)
            .fontSize(SIZE)
            .text(block.text, MARGIN, doc.y, { width: contentWidth(doc) }),
        ),
      );
      doc.moveDown(0.6);
      return;
    case 'keyValues':
      doc.addStructure(doc.struct('Div', {}, () => drawKeyValues(doc, block.rows)));
      return;
    case 'table':
      doc.addStructure(doc.struct('Div', {}, () => drawTable(doc, block)));
      return;
    case 'qr': {
      const png = await qrPng(block.payload);
      ensureRoom(doc, QR_SIZE + 10);
      const y = doc.y;
      doc.addStructure(
        doc.struct('Figure', { alt: block.caption }, () =>
          doc.image(png, MARGIN, y, { width: QR_SIZE, height: QR_SIZE }),
        ),
      );
      doc.addStructure(
        doc.struct('P', {}, () =>
          doc
            .font(FONT)
            .fontSize(SIZE)
            .text(block.caption, MARGIN + QR_SIZE + 16, y + 20, { width: contentWidth(doc) - QR_SIZE - 16 }),
        ),
      );
      doc.x = MARGIN;
      doc.y = y + QR_SIZE + 10;
      return;
    }
  }
}

function drawPageNumbers(doc: Doc, lang: LetterDocument['lang']): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const label = letterMessages.text(lang, 'page', { page: String(i + 1), pages: String(range.count) });
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(FONT)
      .fontSize(8)
      .text(label, MARGIN, doc.page.height - MARGIN + 16, { width: contentWidth(doc), align: 'right' });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** `embedFont: false` draws with the standard Helvetica (WinAnsi) even where DejaVu Sans is installed. */
export async function renderLetterPdf(
  letter: LetterDocument,
  options: { readonly embedFont?: boolean } = {},
): Promise<Buffer> {
  const embed = EMBEDDED && options.embedFont !== false;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: LOCALE[letter.lang],
    displayTitle: true,
    pdfVersion: '1.7',
    tagged: true,
    info: { Title: letter.title, Author: letter.sender[0] ?? '', Subject: letter.subject, Creator: 'EvS' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont(FONT, embed ? DEJAVU : 'Helvetica');
  doc.registerFont(BOLD, embed ? DEJAVU_BOLD : 'Helvetica-Bold');
  const part = (type: string, draw: () => void) => doc.addStructure(doc.struct(type, {}, draw));
  part('P', () => {
    doc
      .font(BOLD)
      .fontSize(SIZE)
      .text(letter.sender[0] ?? '', MARGIN, MARGIN);
    doc.font(FONT).text(letter.sender.slice(1).join('\n'));
  });
  part('P', () => doc.text(letter.recipient.join('\n'), 320, 150, { width: contentWidth(doc) - 264 }));
  part('P', () => doc.font(FONT).text(letter.placeAndDate, MARGIN, 240));
  doc.moveDown(1);
  part('H1', () => doc.font(BOLD).fontSize(13).text(letter.subject, MARGIN));
  doc.moveDown(0.8);
  const blocks = letter.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = blocks[i + 1];
    if (block.kind === 'keyValues' && next?.kind === 'qr') {
      await drawPayment(doc, block.rows, next);
      i++;
    } else await drawBlock(doc, block);
  }

  drawPageNumbers(doc, letter.lang);
  doc.end();
  return done;
}
