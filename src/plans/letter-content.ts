import { formatDate, type IsoDate } from '../kernel/dates.ts';
import type { Lang, MessageParams } from '../kernel/i18n.ts';
import { formatIban } from '../kernel/iban.ts';
import { type Cents, formatEuro } from '../kernel/money.ts';
import { formatOgm, parseOgm } from '../kernel/ogm.ts';
import { spokenName } from '../kernel/personal-name.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { epcQrPayload } from './epc-qr.ts';
import { letterMessages } from './letter-messages.ts';
import { type Instalment, scheduleTotal } from './schedule.ts';

/** What a letter says, independent of how it is drawn (the PDF adapter renders these blocks). */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'keyValues'; readonly rows: readonly (readonly [string, string])[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly {
        readonly header: string;
        readonly width: number;
        readonly align: 'left' | 'right';
        /** A code (a reference) that must stay on one line: drawn smaller rather than split. */
        readonly noWrap?: boolean;
      }[];
      readonly rows: readonly { readonly cells: readonly string[]; readonly bold?: boolean }[];
    }
  | { readonly kind: 'qr'; readonly payload: string; readonly caption: string };

export interface LetterDocument {
  readonly title: string;
  readonly lang: Lang;
  readonly sender: readonly string[];
  readonly recipient: readonly string[];
  readonly placeAndDate: string;
  readonly subject: string;
  readonly blocks: readonly Block[];
}

export interface Party {
  readonly name: string;
  readonly addressLines: readonly string[];
}

interface LetterBase {
  readonly lang: Lang;
  readonly date: IsoDate;
  readonly place: string;
  readonly sender: Party;
  readonly recipient: Party;
  /** Phone number or e-mail address the citizen can reach. */
  readonly contact: string;
  /** The city's contact details from the plan settings, shown as their own block when given. */
  readonly contactDetails?: ContactDetails;
}

export interface ContactDetails {
  readonly service: string | null;
  readonly person: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

type LetterKey = (typeof letterMessages.keys)[number];

/** The letter's texts in its language. */
function textsOf(lang: Lang) {
  return (key: LetterKey, params?: MessageParams) => letterMessages.text(lang, key, params);
}

/** The "Contact" heading and its rows (service, person, phone, e-mail), or nothing when none is set. */
function contactBlocks(input: LetterBase): Block[] {
  const m = textsOf(input.lang);
  const d = input.contactDetails;
  if (!d) return [];
  const rows = (
    [
      [m('contactService'), d.service],
      [m('contactPerson'), d.person],
      [m('contactPhone'), d.phone],
      [m('contactEmail'), d.email],
    ] as const
  ).filter((r): r is readonly [string, string] => r[1] !== null && r[1].trim() !== '');
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', text: m('contactHeading') },
    { kind: 'keyValues', rows },
  ];
}

export interface OfferLetterInput extends LetterBase {
  readonly departments: readonly {
    readonly department: string;
    readonly claimCount: number;
    readonly open: Cents;
  }[];
  readonly proposedMonthly?: Cents;
  readonly respondBy: IsoDate;
}

export interface PlanLetterClaim {
  readonly department: string;
  readonly reference: string;
  readonly description: string;
  readonly amount: Cents;
}

export interface PlanLetterInput extends LetterBase {
  readonly claims: readonly PlanLetterClaim[];
  readonly instalments: readonly Instalment[];
  readonly creditor: { readonly name: string; readonly iban: string; readonly bic?: string };
  /** The plan's Belgian structured reference, digits or `+++123/4567/89002+++`. */
  readonly ogm: string;
  /** Charges (costs and interest) the city waived on these claims when it bundled them. */
  readonly waived?: Cents;
}

function header(input: LetterBase, subject: string, title: string) {
  return {
    title,
    lang: input.lang,
    sender: [input.sender.name, ...input.sender.addressLines],
    recipient: [input.recipient.name, ...input.recipient.addressLines],
    placeAndDate: `${input.place}, ${formatDate(input.date, input.lang)}`,
    subject,
  };
}

export function offerLetter(input: OfferLetterInput): LetterDocument {
  const m = textsOf(input.lang);
  const euro = (c: Cents) => formatEuro(c, input.lang);
  const total = input.departments.reduce((s, d) => s + d.open, 0);
  const blocks: Block[] = [
    { kind: 'paragraph', text: m('greeting', { name: spokenName(input.recipient.name) }) },
    { kind: 'paragraph', text: m('offerIntro', { org: input.sender.name }) },
    {
      kind: 'table',
      columns: [
        { header: m('department'), width: 0.55, align: 'left' },
        { header: m('claimCount'), width: 0.2, align: 'right' },
        { header: m('open'), width: 0.25, align: 'right' },
      ],
      rows: [
        ...input.departments.map((d) => ({ cells: [d.department, String(d.claimCount), euro(d.open)] })),
        {
          cells: [m('total'), String(input.departments.reduce((s, d) => s + d.claimCount, 0)), euro(total)],
          bold: true,
        },
      ],
    },
  ];
  if (input.proposedMonthly !== undefined)
    blocks.push({ kind: 'paragraph', text: m('proposal', { amount: euro(input.proposedMonthly) }) });
  blocks.push(
    { kind: 'paragraph', text: m('offerNoCosts') },
    {
      kind: 'paragraph',
      text: m('respond', { date: formatDate(input.respondBy, input.lang), contact: input.contact }),
    },
    ...contactBlocks(input),
    { kind: 'paragraph', text: m('closing', { org: input.sender.name }) },
  );
  return { ...header(input, m('offerSubject'), m('offerTitle', { org: input.sender.name })), blocks };
}

function claimsTable(input: PlanLetterInput): Block {
  const m = textsOf(input.lang);
  const euro = (c: Cents) => formatEuro(c, input.lang);
  const departments = [...new Set(input.claims.map((c) => c.department))];
  const rows = departments.flatMap((department) => {
    const claims = input.claims.filter((c) => c.department === department);
    const subtotal = claims.reduce((s, c) => s + c.amount, 0);
    return [
      ...claims.map((c) => ({ cells: [department, c.reference, c.description, euro(c.amount)] })),
      { cells: ['', '', m('subtotal', { department }), euro(subtotal)], bold: true },
    ];
  });
  rows.push({ cells: ['', '', m('total'), euro(scheduleTotal(input.instalments))], bold: true });
  return {
    kind: 'table',
    columns: [
      { header: m('department'), width: 0.24, align: 'left' },
      { header: m('reference'), width: 0.2, align: 'left', noWrap: true },
      { header: m('description'), width: 0.36, align: 'left' },
      { header: m('amount'), width: 0.2, align: 'right' },
    ],
    rows,
  };
}

export function planLetter(input: PlanLetterInput): Result<LetterDocument, string[]> {
  const m = textsOf(input.lang);
  const euro = (c: Cents) => formatEuro(c, input.lang);
  const date = (d: IsoDate) => formatDate(d, input.lang);
  const first = input.instalments[0];
  const last = input.instalments.at(-1);
  const ogm = parseOgm(input.ogm);
  const claimsTotal = input.claims.reduce((s, c) => s + c.amount, 0);
  const problems: string[] = [];
  if (!first || !last) problems.push('instalments: at least one');
  if (!ogm.ok) problems.push(`ogm: ${ogm.error}`);
  if (claimsTotal !== scheduleTotal(input.instalments))
    problems.push('claims and instalments do not add up to the same total');
  if (!first || !last || !ogm.ok || problems.length > 0) return err(problems);

  const qr = epcQrPayload({
    name: input.creditor.name,
    iban: input.creditor.iban,
    ...(input.creditor.bic ? { bic: input.creditor.bic } : {}),
    amount: first.amount,
    structuredReference: ogm.value,
  });
  if (!qr.ok) return err(qr.error.map((p) => `payment: ${p}`));

  const plan: (readonly [string, string])[] = [
    [m('monthly'), euro(first.amount)],
    [m('count'), String(input.instalments.length)],
    [m('firstDue'), date(first.dueDate)],
  ];
  if (input.instalments.length > 1 && last.amount !== first.amount) {
    plan.push([m('lastInstalment'), `${euro(last.amount)} (${date(last.dueDate)})`]);
  }
  plan.push([m('total'), euro(claimsTotal)]);

  const blocks: Block[] = [
    { kind: 'paragraph', text: m('greeting', { name: spokenName(input.recipient.name) }) },
    { kind: 'paragraph', text: m('planIntro') },
    { kind: 'heading', text: m('claimsHeading') },
    claimsTable(input),
    { kind: 'heading', text: m('planHeading') },
    { kind: 'keyValues', rows: plan },
    { kind: 'heading', text: m('howToPay') },
    {
      kind: 'keyValues',
      rows: [
        [m('beneficiary'), input.creditor.name],
        [m('iban'), formatIban(input.creditor.iban)],
        ...(input.creditor.bic ? [[m('bic'), input.creditor.bic] as const] : []),
        [m('ogm'), formatOgm(ogm.value)],
        [m('monthly'), euro(first.amount)],
      ],
    },
    { kind: 'qr', payload: qr.value, caption: m('qrCaption') },
    { kind: 'paragraph', text: m('planNoCosts') },
    ...(input.waived && input.waived > 0
      ? [{ kind: 'paragraph' as const, text: m('waived', { amount: euro(input.waived) }) }]
      : []),
    { kind: 'paragraph', text: m('trouble', { contact: input.contact }) },
    ...contactBlocks(input),
    { kind: 'heading', text: m('scheduleHeading') },
    {
      kind: 'table',
      columns: [
        { header: m('seq'), width: 0.2, align: 'right' },
        { header: m('dueDate'), width: 0.4, align: 'left' },
        { header: m('amount'), width: 0.4, align: 'right' },
      ],
      rows: input.instalments.map((i) => ({ cells: [String(i.seq), date(i.dueDate), euro(i.amount)] })),
    },
    { kind: 'paragraph', text: m('closing', { org: input.sender.name }) },
  ];
  return ok({ ...header(input, m('planSubject'), m('planTitle', { ogm: formatOgm(ogm.value) })), blocks });
}
