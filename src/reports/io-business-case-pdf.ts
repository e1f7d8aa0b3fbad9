import PDFDocument from 'pdfkit';
import { formatDate, type IsoDate } from '../kernel/dates.ts';
import { formatEuro } from '../kernel/money.ts';
import { legacyLang } from '../platform/i18n.ts';
import type { Lang } from '../platform/scope.ts';
import type { ScenarioInputs, ScenarioOutcome } from './business-case.ts';
import type { PeopleSource } from './scenario-ruleset.ts';

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
    calculated: (date: string) => `Berekend op ${date}, met de aannames hieronder.`,
    assumptions: 'Aannames',
    assumptionsIntro: 'Elke aanname en haar waarde per scenario, zoals gebruikt voor de berekening.',
    source: 'Bron bereikte personen',
    typed: 'ingevuld',
    fromRuleset: (version: number | null, date: string) =>
      version === null
        ? `what-if van een ontwerp-regelset op ${date}`
        : `what-if van regelset versie ${version} op ${date}`,
    inputs: {
      peopleReached: 'Bereikte personen per jaar',
      averageDebtPerPerson: 'Gemiddelde schuld per persoon',
      claimsPerPerson: 'Vorderingen per persoon',
      repaymentRatePct: 'Terugbetaald via EvS-plannen',
      statusQuoRecoveryPct: 'Vandaag ingevorderd zonder EvS',
      bailiffSharePct: 'Zonder EvS naar de deurwaarder',
      staffMinutesPerFile: 'Personeelstijd per dossier (minuten)',
      staffCostPerHour: 'Personeelskost per uur',
      reminderCost: 'Kost van een betaalde herinnering',
      paidReminders: 'Betaalde herinneringen per vordering',
      formalNotice: 'Ingebrekestelling',
      bailiffCostPerClaim: 'Deurwaarderskost per vordering',
      bailiffAfterDays: 'Naar de deurwaarder na (dagen achterstand)',
    },
    bookXix: 'plafond Boek XIX WER',
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
    calculated: (date: string) => `Calculated on ${date}, with the assumptions below.`,
    assumptions: 'Assumptions',
    assumptionsIntro: 'Every assumption and its value per scenario, as used for the calculation.',
    source: 'Source of people reached',
    typed: 'typed in',
    fromRuleset: (version: number | null, date: string) =>
      version === null
        ? `what-if of a draft ruleset on ${date}`
        : `what-if of ruleset version ${version} on ${date}`,
    inputs: {
      peopleReached: 'People reached per year',
      averageDebtPerPerson: 'Average debt per person',
      claimsPerPerson: 'Claims per person',
      repaymentRatePct: 'Repaid through EvS plans',
      statusQuoRecoveryPct: 'Recovered today without EvS',
      bailiffSharePct: 'Sent to a bailiff without EvS',
      staffMinutesPerFile: 'Staff time per file (minutes)',
      staffCostPerHour: 'Staff cost per hour',
      reminderCost: 'Cost of a paid reminder',
      paidReminders: 'Paid reminders per claim',
      formalNotice: 'Formal notice',
      bailiffCostPerClaim: 'Bailiff cost per claim',
      bailiffAfterDays: 'To a bailiff after (days overdue)',
    },
    bookXix: 'Book XIX cap',
  },
} as const;

const COUNT_ROWS = new Set(['peopleReached', 'claimsNotToBailiff']);

function table(doc: Doc, lang: Lang, scenarios: readonly { name: string; outcome: ScenarioOutcome }[]) {
  const l = LABELS[legacyLang(lang)];
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
  const l = LABELS[legacyLang(lang)];
  const euro = (c: number) => formatEuro(c, lang);
  const count = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-BE');
  const pct = (n: number) => `${count(n)} %`;
  const row = (label: string, value: (s: PdfScenario) => string): [string, string[]] => [
    label,
    scenarios.map(value),
  ];
  const i = l.inputs;
  return [
    row(l.source, (s) =>
      s.source.kind === 'ruleset'
        ? l.fromRuleset(s.source.version, formatDate(s.source.date, lang))
        : l.typed,
    ),
    row(i.peopleReached, (s) => count(s.inputs.peopleReached)),
    row(i.averageDebtPerPerson, (s) => euro(s.inputs.averageDebtPerPerson)),
    row(i.claimsPerPerson, (s) => count(s.inputs.claimsPerPerson)),
    row(i.repaymentRatePct, (s) => pct(s.inputs.repaymentRatePct)),
    row(i.statusQuoRecoveryPct, (s) => pct(s.inputs.statusQuoRecoveryPct)),
    row(i.bailiffSharePct, (s) => pct(s.inputs.bailiffSharePct)),
    row(i.staffMinutesPerFile, (s) => count(s.inputs.staffMinutesPerFile)),
    row(i.staffCostPerHour, (s) => euro(s.inputs.staffCostPerHour)),
    row(i.reminderCost, (s) => euro(s.inputs.costModel.reminderCost)),
    row(i.paidReminders, (s) => count(s.inputs.costModel.paidReminders)),
    row(i.formalNotice, (s) =>
      s.inputs.costModel.formalNotice === 'book-xix' ? l.bookXix : euro(s.inputs.costModel.formalNoticeCost),
    ),
    row(i.bailiffCostPerClaim, (s) => euro(s.inputs.costModel.bailiffCostPerClaim)),
    row(i.bailiffAfterDays, (s) => count(s.inputs.costModel.bailiffAfterDays)),
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
  const l = LABELS[legacyLang(lang)];
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
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text(l.intro);
  doc.text(l.calculated(formatDate(calculatedOn, lang))).moveDown();
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
  if (doc.y + 120 > doc.page.height - MARGIN) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(12).text(l.assumptions, MARGIN, doc.y);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text(l.assumptionsIntro, MARGIN).moveDown(0.5);
  textTable(
    doc,
    scenarios.map((s) => s.name),
    assumptionRows(lang, scenarios),
  );
  doc.end();
  return done;
}
