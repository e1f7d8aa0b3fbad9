/** User-facing texts of the claims CSV import and its routes and command, in Dutch (default), French and English. */
import { defineCatalogue, type Lang } from '../kernel/i18n.ts';

export type { Lang };

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
  limit?: number;
  allowed?: string;
}

export const claimsMessages = defineCatalogue('claims', {
  nl: {
    required: 'Verplicht veld is leeg: {column}',
    identifier_missing: 'Rijksregisternummer of klantnummer ontbreekt: minstens één van beide is verplicht',
    national_number_format:
      'Ongeldig rijksregisternummer: verwacht 11 cijfers (bv. 85.07.30-033.28) of een BSN van 9 cijfers',
    national_number_checksum:
      'Ongeldig rijksregisternummer: controlegetal klopt niet (verwacht 11 cijfers, mod 97)',
    national_number_date:
      'Ongeldig rijksregisternummer: de geboortedatum in het nummer bestaat niet (verwacht jjmmdd)',
    national_number_sequence:
      'Ongeldig rijksregisternummer: het volgnummer (cijfers 7 tot 9) moet tussen 001 en 998 liggen',
    bsn_checksum: 'Ongeldig BSN: de elfproef klopt niet (verwacht 9 cijfers)',
    amount_invalid: 'Ongeldig bedrag in {column}: verwacht een bedrag zoals 1234,56 of 1.234,56 of 1234.56',
    amount_not_positive: '{column} moet groter zijn dan 0',
    amount_negative: '{column} mag niet negatief zijn (verwacht 0 of meer)',
    date_invalid: 'Ongeldige datum in {column}: verwacht dd/mm/jjjj of jjjj-mm-dd, een bestaande dag',
    status_invalid: 'Ongeldige status: verwacht open, betaald of geannuleerd (of open, paid, cancelled)',
    too_many_fields:
      'Rij heeft {count} velden, de kopregel {expected}: staat er een scheidingsteken in een waarde zonder aanhalingstekens?',
    charges_frozen:
      'Deze vordering zit in een EvS-dossier: de kosten zijn bevroren en mogen niet stijgen (hoogstens {allowed}); stuur de kosten van vóór de bundeling',
    empty_file: 'Het bestand is leeg: verwacht een kopregel met kolomnamen',
    column_missing: 'Verplichte kolom ontbreekt in de kopregel: {column}',
    identifier_column_missing:
      'Kolom ontbreekt in de kopregel: {column} (minstens één van beide is verplicht)',
    column_duplicate: 'Kolom komt meer dan één keer voor in de kopregel: {column}',
    invalid_utf8:
      'Rij {row}: ongeldige UTF-8-tekens, terwijl het begin van het bestand UTF-8 is; sla het hele bestand op als UTF-8 (of Windows-1252) en probeer opnieuw',
    unclosed_quote: 'Rij {row}: een aanhalingsteken (") wordt geopend maar nooit gesloten',
    invalid_quote:
      'Rij {row}: na een sluitend aanhalingsteken (") verwacht een scheidingsteken of het einde van de regel; schrijf een aanhalingsteken in een waarde als ""',
    nul_character:
      'Rij {row}: bevat een NUL-teken; is dit wel een CSV-bestand? Bewaar het als CSV (UTF-8 of Windows-1252)',
    record_too_long:
      'Rij {row}: langer dan {limit, number} tekens; waarschijnlijk wordt een aanhalingsteken niet gesloten',
    fileEmpty: 'Het bestand is leeg.',
    duplicateClaimId:
      'Vordering-id komt meer dan eens voor in het bestand (eerst op rij {firstRow}): elke vordering één keer per bestand',
    rejectedRowPrefix: 'Rij {row}',
    rejectedDetail: '{column}: {message}',
    errorColumn: 'fout',
    missingField:
      'Stuur het bestand (multipart-veld "file" of een text/csv-body) en de dienst (veld of ?department=) mee.',
    noRejectedRows: 'Geen geweigerde rijen voor deze import.',
    cliFileNotFound: 'Bestand niet gevonden: {file}',
    cliSummary:
      '{rows, plural, one {# rij} other {# rijen}}: {created, number} nieuw, {updated, number} gewijzigd, {unchanged, number} ongewijzigd, {errors, plural, one {# fout} other {# fouten}}',
    cliDryRun: 'Proefimport: er werd niets weggeschreven.',
    cliRejectedWhole:
      'Het bestand werd volledig geweigerd: er werd niets ingelezen. Verbeter de rijen hieronder, of gebruik --partial.',
    cliRowError: 'rij {row}, {field}: {message}',
    cliMore: '… {count} meer',
    cliRejectedFile: 'Geweigerde rijen geschreven naar {file}',
  },
  fr: {
    required: 'Champ obligatoire vide : {column}',
    identifier_missing:
      'Le numéro de registre national ou le numéro de client manque : au moins l’un des deux est obligatoire',
    national_number_format:
      'Numéro de registre national non valide : 11 chiffres attendus (p. ex. 85.07.30-033.28) ou un BSN néerlandais de 9 chiffres',
    national_number_checksum:
      'Numéro de registre national non valide : les chiffres de contrôle ne correspondent pas (11 chiffres attendus, mod 97)',
    national_number_date:
      'Numéro de registre national non valide : la date de naissance contenue dans le numéro n’existe pas (aammjj attendu)',
    national_number_sequence:
      'Numéro de registre national non valide : le numéro d’ordre (chiffres 7 à 9) doit être compris entre 001 et 998',
    bsn_checksum: 'BSN non valide : la preuve par onze échoue (9 chiffres attendus)',
    amount_invalid:
      'Montant non valide dans {column} : un montant tel que 1234,56 ou 1.234,56 ou 1234.56 est attendu',
    amount_not_positive: '{column} doit être supérieur à 0',
    amount_negative: '{column} ne peut pas être négatif (0 ou plus attendu)',
    date_invalid: 'Date non valide dans {column} : jj/mm/aaaa ou aaaa-mm-jj attendu, un jour qui existe',
    status_invalid: 'Statut non valide : open, betaald ou geannuleerd attendu (ou open, paid, cancelled)',
    too_many_fields:
      'La ligne compte {count} champs, la ligne d’en-tête {expected} : une valeur sans guillemets contient-elle un séparateur ?',
    charges_frozen:
      'Cette créance fait partie d’un dossier EvS : ses frais sont gelés et ne peuvent pas augmenter (au maximum {allowed}) ; envoyez les frais d’avant le regroupement',
    empty_file: 'Le fichier est vide : une ligne d’en-tête avec les noms de colonnes est attendue',
    column_missing: 'Une colonne obligatoire manque dans la ligne d’en-tête : {column}',
    identifier_column_missing:
      'Une colonne manque dans la ligne d’en-tête : {column} (au moins l’une des deux est obligatoire)',
    column_duplicate: 'Une colonne apparaît plus d’une fois dans la ligne d’en-tête : {column}',
    invalid_utf8:
      'Ligne {row} : caractères UTF-8 non valides, alors que le début du fichier est en UTF-8 ; enregistrez tout le fichier en UTF-8 (ou Windows-1252) et réessayez',
    unclosed_quote: 'Ligne {row} : un guillemet (") est ouvert mais jamais fermé',
    invalid_quote:
      'Ligne {row} : après un guillemet fermant ("), un séparateur ou la fin de la ligne est attendu ; écrivez un guillemet dans une valeur sous la forme ""',
    nul_character:
      'Ligne {row} : contient un caractère NUL ; s’agit-il bien d’un fichier CSV ? Enregistrez-le en CSV (UTF-8 ou Windows-1252)',
    record_too_long:
      'Ligne {row} : plus de {limit, number} caractères ; un guillemet n’est probablement jamais fermé',
    fileEmpty: 'Le fichier est vide.',
    duplicateClaimId:
      'L’identifiant de créance apparaît plus d’une fois dans le fichier (d’abord à la ligne {firstRow}) : chaque créance une seule fois par fichier',
    rejectedRowPrefix: 'Ligne {row}',
    rejectedDetail: '{column} : {message}',
    errorColumn: 'erreur',
    missingField:
      'Envoyez le fichier (champ multipart "file" ou un corps text/csv) et le service (champ ou ?department=).',
    noRejectedRows: 'Aucune ligne refusée pour cet import.',
    cliFileNotFound: 'Fichier introuvable : {file}',
    cliSummary:
      '{rows, plural, one {# ligne} other {# lignes}} : {created, plural, one {# nouvelle} other {# nouvelles}}, {updated, plural, one {# modifiée} other {# modifiées}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {errors, plural, one {# erreur} other {# erreurs}}',
    cliDryRun: 'Import d’essai : rien n’a été enregistré.',
    cliRejectedWhole:
      'Le fichier a été refusé en entier : rien n’a été importé. Corrigez les lignes ci-dessous, ou utilisez --partial.',
    cliRowError: 'ligne {row}, {field} : {message}',
    cliMore: '… {count} de plus',
    cliRejectedFile: 'Lignes refusées écrites dans {file}',
  },
  en: {
    required: 'Required field is empty: {column}',
    identifier_missing: 'National number or customer number is missing: at least one of them is required',
    national_number_format:
      'Invalid national number: expected 11 digits (e.g. 85.07.30-033.28) or a 9-digit Dutch BSN',
    national_number_checksum:
      'Invalid national register number: check digits do not match (expected 11 digits, mod 97)',
    national_number_date:
      'Invalid national register number: the birth date in the number does not exist (expected yymmdd)',
    national_number_sequence:
      'Invalid national register number: the sequence number (digits 7 to 9) must be 001 to 998',
    bsn_checksum: 'Invalid BSN: the eleven-test fails (expected 9 digits)',
    amount_invalid: 'Invalid amount in {column}: expected an amount such as 1234.56 or 1,234.56 or 1234,56',
    amount_not_positive: '{column} must be greater than 0',
    amount_negative: '{column} must not be negative (expected 0 or more)',
    date_invalid: 'Invalid date in {column}: expected dd/mm/yyyy or yyyy-mm-dd, a day that exists',
    status_invalid: 'Invalid status: expected open, paid or cancelled (or open, betaald, geannuleerd)',
    too_many_fields:
      'Row has {count} fields, the header {expected}: is there a separator inside a value without quotes?',
    charges_frozen:
      'This claim is bundled in an EvS file: its charges are frozen and may not rise (at most {allowed}); send the charges from before bundling',
    empty_file: 'The file is empty: expected a header line with column names',
    column_missing: 'Required column is missing from the header: {column}',
    identifier_column_missing:
      'Column is missing from the header: {column} (at least one of them is required)',
    column_duplicate: 'Column appears more than once in the header: {column}',
    invalid_utf8:
      'Row {row}: invalid UTF-8 characters, while the start of the file is UTF-8; save the whole file as UTF-8 (or Windows-1252) and try again',
    unclosed_quote: 'Row {row}: a quote (") is opened but never closed',
    invalid_quote:
      'Row {row}: after a closing quote (") expected a separator or the end of the line; write a quote inside a value as ""',
    nul_character:
      'Row {row}: contains a NUL character; is this a CSV file? Save it as CSV (UTF-8 or Windows-1252)',
    record_too_long: 'Row {row}: longer than {limit, number} characters; probably a quote is never closed',
    fileEmpty: 'The file is empty.',
    duplicateClaimId:
      'Claim id appears more than once in the file (first on row {firstRow}): each claim once per file',
    rejectedRowPrefix: 'Row {row}',
    rejectedDetail: '{column}: {message}',
    errorColumn: 'error',
    missingField:
      'Send the file (multipart field "file", or a text/csv body) and the department (field or ?department=).',
    noRejectedRows: 'No rejected rows for this import.',
    cliFileNotFound: 'File not found: {file}',
    cliSummary:
      '{rows, plural, one {# row} other {# rows}}: {created, number} created, {updated, number} updated, {unchanged, number} unchanged, {errors, plural, one {# error} other {# errors}}',
    cliDryRun: 'Dry run: nothing was written.',
    cliRejectedWhole:
      'The file was rejected whole: nothing was imported. Fix the rows below, or use --partial.',
    cliRowError: 'row {row}, {field}: {message}',
    cliMore: '… {count} more',
    cliRejectedFile: 'Rejected rows written to {file}',
  },
});

type RowKey = RowErrorCode;
type FileKey = FileErrorCode;

/** Row numbers and counts are shown as written, without grouping; `limit` is a number to group the language's way. */
function icuParams(p: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (p.column !== undefined) out.column = p.column;
  if (p.row !== undefined) out.row = String(p.row);
  if (p.count !== undefined) out.count = String(p.count);
  if (p.expected !== undefined) out.expected = String(p.expected);
  if (p.limit !== undefined) out.limit = p.limit;
  if (p.allowed !== undefined) out.allowed = p.allowed;
  return out;
}

export function rowErrorMessage(code: RowKey, lang: Lang, params: MessageParams = {}): string {
  return claimsMessages.text(lang, code, icuParams(params));
}

export function fileErrorMessage(code: FileKey, lang: Lang, params: MessageParams = {}): string {
  return claimsMessages.text(lang, code, icuParams(params));
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
  return claimsMessages.text(lang, 'errorColumn');
}
