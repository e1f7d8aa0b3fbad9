import type { Cents } from '../kernel/money.ts';
import { centsToDecimal } from '../kernel/money.ts';
import type { Camt053Version } from './camt053.ts';
import type { IsoDate, StructuredRef } from './statement.ts';

/** Writes camt.053.001.02 / .08 documents: for samples, tests and benchmark data. */

export interface CamtEntryInput {
  readonly ref: string;
  readonly amount: Cents;
  readonly bookingDate: IsoDate;
  readonly valueDate: IsoDate;
  readonly reversal?: boolean;
  readonly endToEndId?: string;
  readonly counterparty?: { readonly name: string; readonly iban: string };
  readonly reference?: StructuredRef;
  readonly unstructured?: string;
}

export interface CamtStatementInput {
  readonly id: string;
  readonly sequence: number;
  readonly iban: string;
  readonly openingBalance: Cents;
  readonly openingDate: IsoDate;
  readonly closingDate: IsoDate;
  readonly entries: readonly CamtEntryInput[];
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const amt = (cents: Cents): string => `<Amt Ccy="EUR">${centsToDecimal(Math.abs(cents))}</Amt>`;
const cdtDbt = (cents: Cents): string => `<CdtDbtInd>${cents < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd>`;

function balance(code: string, cents: Cents, date: IsoDate): string {
  return `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp>${amt(cents)}${cdtDbt(cents)}<Dt><Dt>${date}</Dt></Dt></Bal>`;
}

function party(version: Camt053Version, role: 'Dbtr' | 'Cdtr', name: string, iban: string): string {
  const nm = `<Nm>${escapeXml(name)}</Nm>`;
  const who = version === '02' ? `<${role}>${nm}</${role}>` : `<${role}><Pty>${nm}</Pty></${role}>`;
  return `${who}<${role}Acct><Id><IBAN>${iban}</IBAN></Id></${role}Acct>`;
}

function remittance(e: CamtEntryInput): string {
  let inner = '';
  if (e.unstructured !== undefined) inner += `<Ustrd>${escapeXml(e.unstructured)}</Ustrd>`;
  if (e.reference !== undefined) {
    const issuer = e.reference.kind === 'ogm' ? '<Issr>BBA</Issr>' : '<Issr>ISO</Issr>';
    inner +=
      `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry>${issuer}</Tp>` +
      `<Ref>${e.reference.value}</Ref></CdtrRefInf></Strd>`;
  }
  return inner === '' ? '' : `<RmtInf>${inner}</RmtInf>`;
}

function entry(version: Camt053Version, e: CamtEntryInput): string {
  const status = version === '02' ? '<Sts>BOOK</Sts>' : '<Sts><Cd>BOOK</Cd></Sts>';
  const payerIsDebtor = e.amount > 0 !== (e.reversal === true);
  const parties =
    e.counterparty === undefined
      ? ''
      : `<RltdPties>${party(version, payerIsDebtor ? 'Dbtr' : 'Cdtr', e.counterparty.name, e.counterparty.iban)}</RltdPties>`;
  const txAmount =
    version === '02'
      ? `<AmtDtls><TxAmt>${amt(e.amount)}</TxAmt></AmtDtls>`
      : amt(e.amount) + cdtDbt(e.amount);
  return (
    `<Ntry>${amt(e.amount)}${cdtDbt(e.amount)}${e.reversal === true ? '<RvslInd>true</RvslInd>' : ''}${status}` +
    `<BookgDt><Dt>${e.bookingDate}</Dt></BookgDt><ValDt><Dt>${e.valueDate}</Dt></ValDt>` +
    `<AcctSvcrRef>${escapeXml(e.ref)}</AcctSvcrRef>` +
    '<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>' +
    `<NtryDtls><TxDtls><Refs><AcctSvcrRef>${escapeXml(e.ref)}</AcctSvcrRef>` +
    `<EndToEndId>${escapeXml(e.endToEndId ?? 'NOTPROVIDED')}</EndToEndId><TxId>${escapeXml(e.ref)}</TxId></Refs>` +
    `${txAmount}${parties}${remittance(e)}</TxDtls></NtryDtls></Ntry>`
  );
}

function statement(version: Camt053Version, s: CamtStatementInput): string {
  const closing = s.entries.reduce((sum, e) => sum + e.amount, s.openingBalance);
  return (
    `<Stmt><Id>${escapeXml(s.id)}</Id><ElctrncSeqNb>${s.sequence}</ElctrncSeqNb>` +
    `<CreDtTm>${s.closingDate}T18:00:00</CreDtTm>` +
    `<Acct><Id><IBAN>${s.iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>` +
    balance('OPBD', s.openingBalance, s.openingDate) +
    balance('CLBD', closing, s.closingDate) +
    s.entries.map((e) => entry(version, e)).join('\n') +
    '</Stmt>'
  );
}

/** A complete camt.053 document; `createdAt` is an ISO date-time (no clock is read here). */
export function writeCamt053(
  version: Camt053Version,
  messageId: string,
  createdAt: string,
  statements: readonly CamtStatementInput[],
): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}">` +
    `<BkToCstmrStmt><GrpHdr><MsgId>${escapeXml(messageId)}</MsgId><CreDtTm>${createdAt}</CreDtTm></GrpHdr>\n` +
    statements.map((s) => statement(version, s)).join('\n') +
    '</BkToCstmrStmt></Document>\n'
  );
}
