import PDFDocument from 'pdfkit';
import { formatEuro } from '../kernel/money.ts';
import type { Lang } from '../platform/scope.ts';
import type { ScenarioOutcome } from './business-case.ts';

type Doc = PDFKit.PDFDocument;
const MARGIN = 50;
const COLOURS = ['#1f4e79', '#2e7d32', '#b45309', '#6b21a8', '#0f766e'];

const LABELS = {
  nl: {
    title: 'Businesscase Eenheid van Schuld',
    intro: 'Scenario’s naast elkaar en tegenover het status quo, per jaar. Bedragen in euro.',
    statusQuo: 'Status quo',
    rows: {
      peopleReached: 'Bereikte personen',
      debtInScope: 'Schuld in scope',
      statusQuoRecovery: 'Invordering zonder EvS',
      expectedRecovery: 'Verwachte invordering met EvS',
      costsAvoided: 'Vermeden invorderingskosten (burgers)',
      claimsNotToBailiff: 'Vorderingen niet naar deurwaarder',
      staffCost: 'Personeelskost',
      netEffect: 'Netto-effect voor de stad',
    },
    chartRecovery: 'Invordering per jaar: status quo tegenover scenario',
    chartNet: 'Netto-effect per jaar',
  },
  en: {
    title: 'Business case Eenheid van Schuld',
    intro: 'Scenarios side by side and against the status quo, per year. Amounts in euro.',
    statusQuo: 'Status quo',
    rows: {
      peopleReached: 'People reached',
      debtInScope: 'Debt in scope',
      statusQuoRecovery: 'Recovery without EvS',
      expectedRecovery: 'Expected recovery with EvS',
      costsAvoided: 'Collection costs avoided (citizens)',
      claimsNotToBailiff: 'Claims not sent to a bailiff',
      staffCost: 'Staff cost',
      netEffect: 'Net effect for the city',
    },
    chartRecovery: 'Recovery per year: status quo against scenario',
    chartNet: 'Net effect per year',
  },
} as const;

const COUNT_ROWS = new Set(['peopleReached', 'claimsNotToBailiff']);

function table(doc: Doc, lang: Lang, scenarios: readonly { name: string; outcome: ScenarioOutcome }[]) {
  const l = LABELS[lang];
  const width = doc.page.width - 2 * MARGIN;
  const first = width * 0.4;
  const col = (width - first) / Math.max(1, scenarios.length);
  let y = doc.y;
  doc.font('Helvetica-Bold').fontSize(9);
  for (const [i, s] of scenarios.entries()) {
    doc.text(s.name, MARGIN + first + i * col, y, { width: col - 4, align: 'right' });
  }
  y = doc.y + 4;
  for (const [key, label] of Object.entries(l.rows) as [keyof ScenarioOutcome, string][]) {
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(label, MARGIN, y, { width: first - 4 });
    scenarios.forEach((s, i) => {
      const v = s.outcome[key];
      const text = COUNT_ROWS.has(key)
        ? v.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-BE')
        : formatEuro(v, lang);
      doc.text(text, MARGIN + first + i * col, y, { width: col - 4, align: 'right' });
    });
    y += 16;
  }
  doc.y = y + 10;
}

/** A bar chart drawn as vectors: one group per scenario, one bar per series, values on the bars. */
function barChart(
  doc: Doc,
  lang: Lang,
  title: string,
  groups: readonly { name: string; values: readonly number[] }[],
  series: readonly string[],
) {
  const width = doc.page.width - 2 * MARGIN;
  const height = 150;
  if (doc.y + height + 60 > doc.page.height - MARGIN) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).text(title, MARGIN, doc.y);
  const top = doc.y + 8;
  const max = Math.max(1, ...groups.flatMap((g) => g.values.map(Math.abs)));
  const groupWidth = width / Math.max(1, groups.length);
  const barWidth = Math.min(40, (groupWidth - 20) / Math.max(1, series.length));
  const base = top + height;
  doc
    .moveTo(MARGIN, base)
    .lineTo(MARGIN + width, base)
    .strokeColor('#444')
    .stroke();
  groups.forEach((g, gi) => {
    g.values.forEach((v, si) => {
      const h = (Math.abs(v) / max) * (height - 14);
      const x = MARGIN + gi * groupWidth + 10 + si * barWidth;
      doc.rect(x, base - h, barWidth - 4, h).fill(COLOURS[si % COLOURS.length] ?? '#333');
      doc
        .fillColor('#000')
        .font('Helvetica')
        .fontSize(7)
        .text(formatEuro(v, lang), x - 10, base - h - 10, { width: barWidth + 16, align: 'center' });
    });
    doc.fontSize(8).text(g.name, MARGIN + gi * groupWidth, base + 4, { width: groupWidth, align: 'center' });
  });
  let lx = MARGIN;
  const ly = base + 20;
  series.forEach((s, si) => {
    doc.rect(lx, ly, 8, 8).fill(COLOURS[si % COLOURS.length] ?? '#333');
    doc
      .fillColor('#000')
      .fontSize(8)
      .text(s, lx + 12, ly, { lineBreak: false });
    lx += doc.widthOfString(s) + 30;
  });
  doc.y = ly + 24;
}

/** The business case as an A4 PDF: a comparison table and its charts. */
export function businessCasePdf(
  lang: Lang,
  scenarios: readonly { name: string; outcome: ScenarioOutcome }[],
): Promise<Buffer> {
  const l = LABELS[lang];
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: l.title },
    lang: lang === 'en' ? 'en-GB' : 'nl-BE',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(16).text(l.title);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text(l.intro).moveDown();
  table(doc, lang, scenarios);
  const groups = scenarios.map((s) => ({
    name: s.name,
    values: [s.outcome.statusQuoRecovery, s.outcome.expectedRecovery],
  }));
  barChart(doc, lang, l.chartRecovery, groups, [l.statusQuo, l.rows.expectedRecovery]);
  barChart(
    doc,
    lang,
    l.chartNet,
    scenarios.map((s) => ({ name: s.name, values: [s.outcome.netEffect] })),
    [l.rows.netEffect],
  );
  doc.end();
  return done;
}
