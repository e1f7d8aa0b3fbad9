/** User-facing texts of the claims CSV import, in Dutch (default) and English. */

export type Lang = 'nl' | 'en';

export type RowErrorCode =
  | 'required'
  | 'identifier_missing'
  | 'national_number_format'
  | 'national_number_checksum'
  | 'national_number_date'
  | 'national_number_sequence'
  | 'bsn_checksum'
  | 'amount_invalid'
  | 'amount_not_positive'
  | 'amount_negative'
  | 'date_invalid'
  | 'status_invalid'
  | 'too_many_fields'
  | 'charges_frozen';

export type FileErrorCode =
  | 'empty_file'
  | 'column_missing'
  | 'identifier_column_missing'
  | 'column_duplicate'
  | 'invalid_utf8'
  | 'unclosed_quote'
  | 'invalid_quote'
  | 'record_too_long'
  | 'nul_character';

/** A problem with the file as a whole: nothing in it is imported. */
export interface FileError {
  code: FileErrorCode;
  message: string;
  /** Spreadsheet row number (header = 1) when the problem sits in one row. */
  row?: number;
  /** Column name as the user knows it, for header problems. */
  column?: string;
  fileName?: string;
}

/** Values a message may refer to; none of them is personal data. */
export interface MessageParams {
  column?: string;
  row?: number;
  count?: number;
  expected?: number;
  limit?: string;
  allowed?: string;
}

type Template = (p: MessageParams) => string;

const rowTexts: Record<RowErrorCode, Record<Lang, Template>> = {
  required: {
    nl: (p) => `Verplicht veld is leeg: ${p.column}`,
    en: (p) => `Required field is empty: ${p.column}`,
  },
  identifier_missing: {
    nl: () => 'Rijksregisternummer of klantnummer ontbreekt: minstens één van beide is verplicht',
    en: () => 'National number or customer number is missing: at least one of them is required',
  },
  national_number_format: {
    nl: () =>
      'Ongeldig rijksregisternummer: verwacht 11 cijfers (bv. 85.07.30-033.28) of een BSN van 9 cijfers',
    en: () => 'Invalid national number: expected 11 digits (e.g. 85.07.30-033.28) or a 9-digit Dutch BSN',
  },
  national_number_checksum: {
    nl: () => 'Ongeldig rijksregisternummer: controlegetal klopt niet (verwacht 11 cijfers, mod 97)',
    en: () => 'Invalid national register number: check digits do not match (expected 11 digits, mod 97)',
  },
  national_number_date: {
    nl: () => 'Ongeldig rijksregisternummer: de geboortedatum in het nummer bestaat niet (verwacht jjmmdd)',
    en: () =>
      'Invalid national register number: the birth date in the number does not exist (expected yymmdd)',
  },
  national_number_sequence: {
    nl: () => 'Ongeldig rijksregisternummer: het volgnummer (cijfers 7 tot 9) moet tussen 001 en 998 liggen',
    en: () => 'Invalid national register number: the sequence number (digits 7 to 9) must be 001 to 998',
  },
  bsn_checksum: {
    nl: () => 'Ongeldig BSN: de elfproef klopt niet (verwacht 9 cijfers)',
    en: () => 'Invalid BSN: the eleven-test fails (expected 9 digits)',
  },
  amount_invalid: {
    nl: (p) => `Ongeldig bedrag in ${p.column}: verwacht een bedrag zoals 1234,56 of 1.234,56 of 1234.56`,
    en: (p) => `Invalid amount in ${p.column}: expected an amount such as 1234.56 or 1,234.56 or 1234,56`,
  },
  amount_not_positive: {
    nl: (p) => `${p.column} moet groter zijn dan 0`,
    en: (p) => `${p.column} must be greater than 0`,
  },
  amount_negative: {
    nl: (p) => `${p.column} mag niet negatief zijn (verwacht 0 of meer)`,
    en: (p) => `${p.column} must not be negative (expected 0 or more)`,
  },
  date_invalid: {
    nl: (p) => `Ongeldige datum in ${p.column}: verwacht dd/mm/jjjj of jjjj-mm-dd, een bestaande dag`,
    en: (p) => `Invalid date in ${p.column}: expected dd/mm/yyyy or yyyy-mm-dd, a day that exists`,
  },
  status_invalid: {
    nl: () => 'Ongeldige status: verwacht open, betaald of geannuleerd (of open, paid, cancelled)',
    en: () => 'Invalid status: expected open, paid or cancelled (or open, betaald, geannuleerd)',
  },
  too_many_fields: {
    nl: (p) =>
      `Rij heeft ${p.count} velden, de kopregel ${p.expected}: staat er een scheidingsteken in een waarde zonder aanhalingstekens?`,
    en: (p) =>
      `Row has ${p.count} fields, the header ${p.expected}: is there a separator inside a value without quotes?`,
  },
  charges_frozen: {
    nl: (p) =>
      `Deze vordering zit in een EvS-dossier: de kosten zijn bevroren en mogen niet stijgen (hoogstens ${p.allowed}); stuur de kosten van vóór de bundeling`,
    en: (p) =>
      `This claim is bundled in an EvS file: its charges are frozen and may not rise (at most ${p.allowed}); send the charges from before bundling`,
  },
};

const fileTexts: Record<FileErrorCode, Record<Lang, Template>> = {
  empty_file: {
    nl: () => 'Het bestand is leeg: verwacht een kopregel met kolomnamen',
    en: () => 'The file is empty: expected a header line with column names',
  },
  column_missing: {
    nl: (p) => `Verplichte kolom ontbreekt in de kopregel: ${p.column}`,
    en: (p) => `Required column is missing from the header: ${p.column}`,
  },
  identifier_column_missing: {
    nl: (p) => `Kolom ontbreekt in de kopregel: ${p.column} (minstens één van beide is verplicht)`,
    en: (p) => `Column is missing from the header: ${p.column} (at least one of them is required)`,
  },
  column_duplicate: {
    nl: (p) => `Kolom komt meer dan één keer voor in de kopregel: ${p.column}`,
    en: (p) => `Column appears more than once in the header: ${p.column}`,
  },
  invalid_utf8: {
    nl: (p) =>
      `Rij ${p.row}: ongeldige UTF-8-tekens, terwijl het begin van het bestand UTF-8 is; sla het hele bestand op als UTF-8 (of Windows-1252) en probeer opnieuw`,
    en: (p) =>
      `Row ${p.row}: invalid UTF-8 characters, while the start of the file is UTF-8; save the whole file as UTF-8 (or Windows-1252) and try again`,
  },
  unclosed_quote: {
    nl: (p) => `Rij ${p.row}: een aanhalingsteken (") wordt geopend maar nooit gesloten`,
    en: (p) => `Row ${p.row}: a quote (") is opened but never closed`,
  },
  invalid_quote: {
    nl: (p) =>
      `Rij ${p.row}: na een sluitend aanhalingsteken (") verwacht een scheidingsteken of het einde van de regel; schrijf een aanhalingsteken in een waarde als ""`,
    en: (p) =>
      `Row ${p.row}: after a closing quote (") expected a separator or the end of the line; write a quote inside a value as ""`,
  },
  nul_character: {
    nl: (p) =>
      `Rij ${p.row}: bevat een NUL-teken; is dit wel een CSV-bestand? Bewaar het als CSV (UTF-8 of Windows-1252)`,
    en: (p) =>
      `Row ${p.row}: contains a NUL character; is this a CSV file? Save it as CSV (UTF-8 or Windows-1252)`,
  },
  record_too_long: {
    nl: (p) =>
      `Rij ${p.row}: langer dan ${p.limit} tekens; waarschijnlijk wordt een aanhalingsteken niet gesloten`,
    en: (p) => `Row ${p.row}: longer than ${p.limit} characters; probably a quote is never closed`,
  },
};

export function rowErrorMessage(code: RowErrorCode, lang: Lang, params: MessageParams = {}): string {
  return rowTexts[code][lang](params);
}

export function fileErrorMessage(code: FileErrorCode, lang: Lang, params: MessageParams = {}): string {
  return fileTexts[code][lang](params);
}

export function fileError(
  code: FileErrorCode,
  lang: Lang,
  params: MessageParams = {},
  fileName?: string,
): FileError {
  const error: FileError = { code, message: fileErrorMessage(code, lang, params) };
  if (params.row !== undefined) error.row = params.row;
  if (params.column !== undefined) error.column = params.column;
  if (fileName !== undefined) error.fileName = fileName;
  return error;
}

/** Header of the extra column in the rejected-rows file. */
export function errorColumnName(lang: Lang): string {
  return lang === 'en' ? 'error' : 'fout';
}
