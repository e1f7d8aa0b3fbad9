import PDFDocument from 'pdfkit';
import { formatDate, type IsoDate } from '../kernel/dates.ts';
import { type Lang, LOCALE, type MessageParams } from '../kernel/i18n.ts';
import { formatEuro } from '../kernel/money.ts';
import type { ScenarioInputs, ScenarioOutcome } from './business-case.ts';
import { reportsMessages } from './messages.ts';
import type { PeopleSource } from './scenario-ruleset.ts';

type Doc = PDFKit.PDFDocument;
const MARGIN = 50;
const COLOURS = ['#1f4e79', '#2e7d32', '#b45309', '#6b21a8', '#0f766e'];

type Key = (typeof reportsMessages.keys)[number];

/** The comparison table's rows, in order, with their labels. */
const ROWS: readonly (readonly [keyof ScenarioOutcome, Key])[] = [
  ['peopleReached', 'rowPeopleReached'],
  ['debtInScope', 'rowDebtInScope'],
  ['statusQuoRecovery', 'rowStatusQuoRecovery'],
  ['expectedRecovery', 'rowExpectedRecovery'],
  ['costsAvoided', 'rowCostsAvoided'],
  ['claimsNotToBailiff', 'rowClaimsNotToBailiff'],
  ['staffCost', 'rowStaffCost'],
  ['netEffect', 'rowNetEffect'],
];

/**
 * A count in the language's way. The standard PDF fonts (WinAnsi) have no U+202F, which French
 * grouping uses: it becomes the no-break space U+00A0 they do have.
 */
function countIn(lang: Lang): (n: number) => string {
  return (n) => n.toLocaleString(LOCALE[lang]).replace(/\u202f/g, '\u00a0');
}

const COUNT_ROWS = new Set(['peopleReached', 'claimsNotToBailiff']);

function table(doc: Doc, lang: Lang, scenarios: readonly { name: string; outcome: ScenarioOutcome }[]) {
  const count = countIn(lang);
  const width = doc.page.width - 2 * MARGIN;
  const first = width * 0.4;
  const col = (width - first) / Math.max(1, scenarios.length);
  let y = doc.y;
  doc.font('Helvetica-Bold').fontSize(9);
  for (const [i, s] of scenarios.entries()) {
    doc.text(s.name, MARGIN + first + i * col, y, { width: col - 4, align: 'right' });
  }
  y = doc.y + 4;
  for (const [key, label] of ROWS) {
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(reportsMessages.text(lang, label), MARGIN, y, { width: first - 4 });
    scenarios.forEach((s, i) => {
      const v = s.outcome[key];
      const text = COUNT_ROWS.has(key) ? count(v) : formatEuro(v, lang);
      doc.text(text, MARGIN + first + i * col, y, { width: col - 4, align: 'right' });
    });
    y += 16;
  }
  doc.y = y + 10;
}

/** Rows of text: a label, then one value per scenario. */
function textTable(
  doc: Doc,
  names: readonly string[],
  rows: readonly (readonly [string, readonly string[]])[],
) {
  const width = doc.page.width - 2 * MARGIN;
  const first = width * 0.4;
  const col = (width - first) / Math.max(1, names.length);
  let y = doc.y;
  doc.font('Helvetica-Bold').fontSize(9);
  for (const [i, name] of names.entries())
    doc.text(name, MARGIN + first + i * col, y, { width: col - 4, align: 'right' });
  y = doc.y + 4;
  for (const [label, values] of rows) {
    const height = Math.max(
      doc
        .font('Helvetica')
        .fontSize(9)
        .heightOfString(label, { width: first - 4 }),
      ...values.map((v) => doc.heightOfString(v, { width: col - 4 })),
    );
    if (y + height > doc.page.height - MARGIN) {
      doc.addPage();
      y = doc.y;
    }
    doc.text(label, MARGIN, y, { width: first - 4 });
    values.forEach((v, i) => {
      doc.text(v, MARGIN + first + i * col, y, { width: col - 4, align: 'right' });
    });
    y += Math.max(16, height + 4);
  }
  doc.x = MARGIN;
  doc.y = y + 10;
}

/** Every assumption of each scenario with its value: what the figures above rest on. */
function assumptionRows(lang: Lang, scenarios: readonly PdfScenario[]): [string, string[]][] {
  const l = (key: Key, params?: MessageParams) => reportsMessages.text(lang, key, params);
  const euro = (c: number) => formatEuro(c, lang);
  const count = countIn(lang);
  const pct = (n: number) => `${count(n)} %`;
  const row = (label: string, value: (s: PdfScenario) => string): [string, string[]] => [
    label,
    scenarios.map(value),
  ];
  return [
    row(l('source'), (s) => {
      if (s.source.kind !== 'ruleset') return l('typed');
      const date = formatDate(s.source.date, lang);
      return s.source.version === null
        ? l('fromDraftRuleset', { date })
        : l('fromRuleset', { version: String(s.source.version), date });
    }),
    row(l('inputPeopleReached'), (s) => count(s.inputs.peopleReached)),
    row(l('inputAverageDebtPerPerson'), (s) => euro(s.inputs.averageDebtPerPerson)),
    row(l('inputClaimsPerPerson'), (s) => count(s.inputs.claimsPerPerson)),
    row(l('inputRepaymentRatePct'), (s) => pct(s.inputs.repaymentRatePct)),
    row(l('inputStatusQuoRecoveryPct'), (s) => pct(s.inputs.statusQuoRecoveryPct)),
    row(l('inputBailiffSharePct'), (s) => pct(s.inputs.bailiffSharePct)),
    row(l('inputStaffMinutesPerFile'), (s) => count(s.inputs.staffMinutesPerFile)),
    row(l('inputStaffCostPerHour'), (s) => euro(s.inputs.staffCostPerHour)),
    row(l('inputReminderCost'), (s) => euro(s.inputs.costModel.reminderCost)),
    row(l('inputPaidReminders'), (s) => count(s.inputs.costModel.paidReminders)),
    row(l('inputFormalNotice'), (s) =>
      s.inputs.costModel.formalNotice === 'book-xix'
        ? l('bookXix')
        : euro(s.inputs.costModel.formalNoticeCost),
    ),
    row(l('inputBailiffCostPerClaim'), (s) => euro(s.inputs.costModel.bailiffCostPerClaim)),
    row(l('inputBailiffAfterDays'), (s) => count(s.inputs.costModel.bailiffAfterDays)),
  ];
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

export interface PdfScenario {
  readonly name: string;
  readonly inputs: ScenarioInputs;
  readonly outcome: ScenarioOutcome;
  readonly source: PeopleSource;
}

/**
 * The business case as an A4 PDF: the date it was calculated, a comparison table, its charts, and every
 * assumption with its value per scenario.
 */
export function businessCasePdf(
  lang: Lang,
  scenarios: readonly PdfScenario[],
  calculatedOn: IsoDate,
): Promise<Buffer> {
  const l = (key: Key, params?: MessageParams) => reportsMessages.text(lang, key, params);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: l('pdfTitle') },
    lang: LOCALE[lang],
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(16).text(l('pdfTitle'));
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text(l('pdfIntro'));
  doc.text(l('calculated', { date: formatDate(calculatedOn, lang) })).moveDown();
  table(doc, lang, scenarios);
  const groups = scenarios.map((s) => ({
    name: s.name,
    values: [s.outcome.statusQuoRecovery, s.outcome.expectedRecovery],
  }));
  barChart(doc, lang, l('chartRecovery'), groups, [l('statusQuo'), l('rowExpectedRecovery')]);
  barChart(
    doc,
    lang,
    l('chartNet'),
    scenarios.map((s) => ({ name: s.name, values: [s.outcome.netEffect] })),
    [l('rowNetEffect')],
  );
  if (doc.y + 120 > doc.page.height - MARGIN) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(12).text(l('assumptions'), MARGIN, doc.y);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text(l('assumptionsIntro'), MARGIN).moveDown(0.5);
  textTable(
    doc,
    scenarios.map((s) => s.name),
    assumptionRows(lang, scenarios),
  );
  doc.end();
  return done;
}
