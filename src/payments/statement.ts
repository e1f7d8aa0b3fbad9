import type { IsoDate } from '../kernel/dates.ts';
import type { Lang } from '../kernel/i18n.ts';
import type { Cents } from '../kernel/money.ts';
import { type Message, paymentsMessages, perLang } from './messages.ts';

export type { IsoDate };

export type StructuredRefKind = 'ogm' | 'rf';

export interface StructuredRef {
  readonly kind: StructuredRefKind;
  /** OGM: the 12 digits; RF: the reference without spaces, upper case (`RF18539007547034`). */
  readonly value: string;
}

export interface StatementLine {
  /** Unique per line and stable across re-imports of the same statement: use it as the import id. */
  readonly bankRef: string;
  readonly bookingDate: IsoDate;
  readonly valueDate: IsoDate;
  /** Positive for a credit, negative for a debit. */
  readonly amount: Cents;
  readonly reversal: boolean;
  readonly reversedBankRef?: string;
  readonly counterpartyName: string | null;
  readonly counterpartyIban: string | null;
  /** As the bank delivered it; check digits are verified by `extractReference`, not by the parsers. */
  readonly structuredRef: StructuredRef | null;
  readonly unstructured: string | null;
  /** Set only when the bank booked the line in another currency than euro and gave no euro amount:
   * `amount` is then in that currency's hundredths and the line is never allocated as euros. */
  readonly currency?: string;
}

export type StatementFormat = 'coda' | 'camt053';

export interface BankStatement {
  readonly format: StatementFormat;
  /** IBAN in electronic format (no spaces). */
  readonly account: string;
  readonly statementId: string;
  /** camt ElctrncSeqNb or CODA sequence number, for spotting a missing statement. */
  readonly sequence?: string;
  readonly date: IsoDate;
  readonly openingBalance: Cents;
  readonly closingBalance: Cents;
  readonly lines: readonly StatementLine[];
}

export type { Message };

export type StatementErrorCode =
  | 'unreadable' // binary or not decodable text
  | 'unknown_format'
  | 'line_length'
  | 'record_type'
  | 'record_order'
  | 'field'
  | 'balance_mismatch'
  | 'detail_mismatch' // the details of a globalised movement do not add up to it
  | 'currency' // an account (or balance) in another currency than euro
  | 'trailer_mismatch'
  | 'truncated'
  | 'xml_malformed'
  | 'xml_forbidden' // DOCTYPE / entity declarations (XML bombs)
  | 'xml_namespace'
  | 'xml_missing';

export interface StatementError {
  readonly code: StatementErrorCode;
  readonly file: string;
  /** 1-based line number in the file, when the problem sits on a line. */
  readonly line?: number;
  /** The CODA record (`2.1`) or XML path (`Document/BkToCstmrStmt/Stmt[2]/Bal`) concerned. */
  readonly where?: string;
  /** Full sentence naming file, place and what was expected. */
  readonly message: Message;
}

export function statementError(
  code: StatementErrorCode,
  file: string,
  place: { line?: number; where?: string },
  detail: Message,
): StatementError {
  const location = (lang: Lang): string => {
    const at: string[] = [];
    if (place.line !== undefined)
      at.push(paymentsMessages.text(lang, 'atLine', { line: String(place.line) }));
    if (place.where !== undefined) at.push(place.where);
    return at.length > 0 ? ` (${at.join(', ')})` : '';
  };
  return {
    code,
    file,
    ...(place.line !== undefined ? { line: place.line } : {}),
    ...(place.where !== undefined ? { where: place.where } : {}),
    message: perLang((lang) =>
      paymentsMessages.text(lang, 'fileProblem', { file, location: location(lang), detail: detail[lang] }),
    ),
  };
}
