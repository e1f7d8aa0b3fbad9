/**
 * The published OSLO Schuldbeheer identifiers we use (erkende standaard 2025-05-15) and the IRIs EvS
 * mints itself. The standard publishes no code lists, so concepts and identification schemes are ours.
 */

export const CONTEXT_URL =
  'https://data.vlaanderen.be/doc/applicatieprofiel/schuldbeheer/erkendestandaard/2025-05-15/context/schuldbeheer-ap_nl.jsonld';

export const SB = 'https://data.vlaanderen.be/ns/schuldbeheer#';
export const DOS = 'https://data.vlaanderen.be/ns/dossier#';
export const PERS = 'https://data.vlaanderen.be/ns/persoon#';
export const ADMS = 'http://www.w3.org/ns/adms#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const SCHEMA = 'https://schema.org/';
export const DCT = 'http://purl.org/dc/terms/';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** Identification systems: the datatype of an Identificator's notation names the system. */
export const SCHEME = {
  rijksregisternummer: 'urn:evs:identificatiesysteem:rijksregisternummer',
  bsn: 'urn:evs:identificatiesysteem:bsn',
  /** Followed by `:<DEPARTMENT CODE>`: a department's own customer number. */
  klantnummer: 'urn:evs:identificatiesysteem:klantnummer',
  /** Followed by `:<DEPARTMENT CODE>`: a department's own claim id (invoice number). */
  vordering: 'urn:evs:identificatiesysteem:vordering',
  betaling: 'urn:evs:identificatiesysteem:betaling',
} as const;

export const CONCEPT = {
  /** Wanbetalingsvergoedingstype: the costs a department added to a claim. */
  kosten: 'urn:evs:concept:wanbetalingsvergoedingstype:aanmaningskost',
  solvabiliteitstype: (code: string) => `urn:evs:concept:solvabiliteitstype:${encodeURIComponent(code)}`,
  solvabiliteitsindicatortype: (code: string) =>
    `urn:evs:concept:solvabiliteitsindicatortype:${encodeURIComponent(code)}`,
  inkomsttype: (code: string) => `urn:evs:concept:inkomsttype:${encodeURIComponent(code)}`,
  periodiciteit: (code: string) => `urn:evs:concept:periodiciteitinkomst:${encodeURIComponent(code)}`,
  sociaalStatuut: (code: string) => `urn:evs:concept:typesociaalstatuut:${encodeURIComponent(code)}`,
  juridischStatuut: (code: string) => `urn:evs:concept:typejuridischstatuut:${encodeURIComponent(code)}`,
  krediet: (code: string) => `urn:evs:concept:krediettype:${encodeURIComponent(code)}`,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A node IRI for one of our rows: uuid primary keys as `urn:uuid:`, other ids (`toerekening-12`) as `urn:evs:`. */
export const nodeIri = (id: string) => (UUID.test(id) ? `urn:uuid:${id}` : `urn:evs:${id}`);
