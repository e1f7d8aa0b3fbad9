import type { Store, Term } from 'n3';
import { centsToDecimal, parseAmount } from '../kernel/money.ts';
import { csvField } from '../platform/csv.ts';
import { ADMS, DCT, DOS, PERS, RDF_TYPE, SB, SCHEMA, SCHEME, SKOS } from './vocabulary.ts';

/** The claim import's columns (src/claims/columns.ts, English names), in the order we write them. */
export const IMPORT_COLUMNS = [
  'claim_id',
  'national_number',
  'customer_number',
  'name',
  'category',
  'principal',
  'charges',
  'paid',
  'issue_date',
  'due_date',
  'status',
] as const;

export interface OsloClaimRecord {
  /** The Schuldvordering's IRI (or blank node label), to name it in the report. */
  readonly subject: string;
  /** The department code named by the claim identifier's scheme, when it names one. */
  readonly department: string | null;
  /** Values in IMPORT_COLUMNS order, as text: the claims import validates them like a CSV row. */
  readonly fields: readonly string[];
}

function objects(store: Store, subject: Term, predicate: string): Term[] {
  return store.getObjects(subject, predicate, null);
}

function first(store: Store, subject: Term | undefined, predicate: string): Term | undefined {
  return subject ? objects(store, subject, predicate)[0] : undefined;
}

function text(term: Term | undefined): string {
  return term?.value ?? '';
}

/** The scheme suffix of an Identificator notation's datatype, e.g. `…:vordering:SCHOOL` → SCHOOL. */
function notation(store: Store, identifier: Term | undefined): { value: string; scheme: string } {
  const literal = first(store, identifier, `${SKOS}notation`);
  const scheme = literal && literal.termType === 'Literal' ? literal.datatype.value : '';
  return { value: text(literal), scheme };
}

/** Adds decimal amounts in cents; null when one of them is not an amount (the import then reports it). */
function sumCents(values: readonly string[]): number | null {
  let total = 0;
  for (const v of values) {
    const parsed = parseAmount(v);
    if (!parsed.ok) return null;
    total += parsed.value;
  }
  return total;
}

function amountsOf(store: Store, nodes: readonly Term[], amountPredicate: string): string[] {
  return nodes.map((n) => text(first(store, first(store, n, amountPredicate), `${SCHEMA}value`)));
}

/**
 * Reads the claims (sb:Schuldvordering) of an OSLO Schuldbeheer graph as rows for the claims import.
 * paid = principal + charges − the latest Schuldvorderingssaldo − reductions (Vermindering); a closed
 * claim (einddatum) is cancelled when it was reduced, else paid. Missing values stay empty so the
 * import's own validation reports them, exactly as for a CSV row.
 */
export function claimRecords(store: Store): OsloClaimRecord[] {
  const claims = store.getSubjects(RDF_TYPE, `${SB}Schuldvordering`, null);
  return claims.map((claim) => {
    const id = notation(store, first(store, claim, `${SB}identificator`));
    const claimScheme = `${SCHEME.vordering}:`;
    const department = id.scheme.startsWith(claimScheme) ? id.scheme.slice(claimScheme.length) : null;

    const debtor = first(store, claim, `${SB}schuldenaar`);
    const registration = notation(store, first(store, debtor, `${ADMS}identifier`));
    const isCustomer = registration.scheme.startsWith(`${SCHEME.klantnummer}:`);

    const principal = text(first(store, first(store, claim, `${SB}hoofdsom`), `${SCHEMA}value`));
    const charges = sumCents(
      amountsOf(store, objects(store, claim, `${SB}wanbetalingsvergoeding`), `${SB}kost`),
    );
    const reductions = sumCents(
      amountsOf(store, objects(store, claim, `${SB}vermindering`), `${SB}verminderingsbedrag`),
    );
    const balances = objects(store, claim, `${SB}schuldvordingssaldo`)
      .map((s) => ({
        date: text(first(store, s, `${SB}saldodatum`)),
        amount: amountsOf(store, [s], `${SB}saldobedrag`)[0] ?? '',
      }))
      .sort((a, b) => a.date.localeCompare(b.date));
    const latest = balances[balances.length - 1];
    const principalCents = parseAmount(principal);
    const open = latest ? sumCents([latest.amount]) : null;
    let paid = '';
    if (principalCents.ok && charges !== null && reductions !== null) {
      paid =
        open === null ? '0' : centsToDecimal(Math.max(0, principalCents.value + charges - open - reductions));
    }
    const closed = objects(store, claim, `${DOS}Activiteit.einddatum`).length > 0;
    const reduced = objects(store, claim, `${SB}vermindering`).length > 0;
    const documentDates = objects(store, claim, `${DOS}genereert`)
      .flatMap((stuk) => objects(store, stuk, `${DCT}date`).map(text))
      .sort();

    const fields = [
      id.value,
      isCustomer ? '' : registration.value,
      isCustomer ? registration.value : '',
      text(first(store, debtor, `${PERS}volledigeNaam`)),
      text(first(store, first(store, claim, `${SB}schuldvorderingscategorie`), `${DCT}title`)),
      principal,
      charges === null ? 'ongeldig' : centsToDecimal(charges),
      paid,
      documentDates[0] ?? '',
      text(first(store, claim, `${SB}Schuldvordering.uitersteBetaaldatum`)),
      closed ? (reduced ? 'cancelled' : 'paid') : 'open',
    ];
    return { subject: claim.termType === 'BlankNode' ? `_:${claim.value}` : claim.value, department, fields };
  });
}

/** The records as a CSV the claims import reads: header line, then one line per claim. */
export function recordsCsv(records: readonly OsloClaimRecord[]): string {
  const lines = [IMPORT_COLUMNS.join(';'), ...records.map((r) => r.fields.map((v) => csvField(v)).join(';'))];
  return `${lines.join('\r\n')}\r\n`;
}
