import type { IsoDate } from '../kernel/dates.ts';
import { type Cents, centsToDecimal } from '../kernel/money.ts';

export type JsonLdNode = { readonly [key: string]: unknown };

/** A Geldbedrag: schema:MonetaryAmount with a decimal value (as text, never a float) and ISO 4217 currency. */
export function money(cents: Cents): JsonLdNode {
  return { '@type': 'Geldbedrag', 'Geldbedrag.waarde': centsToDecimal(cents), 'Geldbedrag.valuta': 'EUR' };
}

/** An adms:Identifier whose notation's datatype names the identification system. */
export function identificator(value: string, scheme: string): JsonLdNode {
  return { '@type': 'Identificator', 'Identificator.identificator': { '@value': value, '@type': scheme } };
}

/** Our claims and payments carry dates only; an activity needs an xsd:dateTime, so it starts at local midnight. */
export const dateTimeOf = (date: IsoDate) => `${date}T00:00:00`;
