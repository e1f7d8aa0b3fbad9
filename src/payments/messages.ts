/** User-facing texts of payments: statement parsing, matching, the queue, routes and the command. */
import { defineCatalogue, LANGS, type Lang, type MessageParams } from '../kernel/i18n.ts';

export const paymentsMessages = defineCatalogue('payments', {
  nl: {
    atLine: 'regel {line}',
    fileProblem: '{file}{location}: {detail}',
    // camt.053
    camtMissing: 'element ontbreekt: {path}',
    camtAmountInvalid: '{path}: verwacht een bedrag zoals 1234.56, gevonden "{value}"',
    camtAmountFraction: '{path}: het bedrag {value} bevat een fractie van een cent',
    xmlForbidden:
      'het XML-bestand bevat een DOCTYPE- of ENTITY-declaratie; die zijn niet toegelaten in camt.053 (bescherming tegen XML-bommen)',
    xmlMalformed: 'geen geldige XML: {detail}',
    xmlNamespace:
      'verwacht namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.XX met XX een van {versions}',
    camtBalanceMismatch:
      'beginsaldo OPBD {opening} + boekingen {entries} = {expected}, maar het eindsaldo CLBD is {closing}; het hele bestand is geweigerd',
    camtDate: '{path}: verwacht Dt of DtTm met een datum JJJJ-MM-DD',
    camtAccountIn: 'rekening in {currency}',
    camtBalanceIn: 'saldo in {currency} op een euro-rekening',
    notEuro: '{what}: EvS verwerkt alleen euro; het hele bestand is geweigerd',
    camtIndicator: '{path}: verwacht CRDT of DBIT, gevonden "{indicator}"',
    // CODA
    codaDigits: 'positie {pos} ({field}): verwacht cijfers, gevonden "{found}"',
    codaCurrency: 'positie {pos} (munt): verwacht een ISO-muntcode zoals EUR, gevonden "{found}"',
    codaOneOf: 'positie {pos} ({field}): verwacht een van "{allowed}", gevonden "{found}"',
    codaSign: 'teken {field}',
    codaFraction: 'positie {pos} ({field}): bedrag met een fractie van een cent',
    codaDate: 'positie {pos} ({field}): geen geldige datum DDMMJJ: "{raw}"',
    field_creationDate: 'aanmaakdatum',
    field_accountStructure: 'rekeningstructuur',
    field_oldBalance: 'oud saldo',
    field_oldBalanceDate: 'datum oud saldo',
    field_paperSequence: 'volgnummer uittreksel',
    field_amount: 'bedrag',
    field_valueDate: 'valutadatum',
    field_entryDate: 'boekingsdatum',
    field_sequence: 'volgnummer',
    field_detail: 'detailnummer',
    field_transactionCode: 'verrichtingscode',
    field_communicationType: 'type mededeling',
    field_nextCode: 'volgcode',
    field_linkCode: 'koppelingscode',
    field_newBalance: 'nieuw saldo',
    field_newBalanceDate: 'datum nieuw saldo',
    field_recordCount: 'aantal records',
    field_debitTotal: 'totaal debet',
    field_creditTotal: 'totaal credit',
    field_belgianAccount: 'Belgisch rekeningnummer',
    field_codaSequence: 'volgnummer CODA',
    codaLineLength: 'elke CODA-regel telt precies {length} tekens, deze telt er {actual}',
    codaRecordType: 'onbekend recordtype "{found}": verwacht 0, 1, 21, 22, 23, 31, 32, 33, 4, 8 of 9',
    codaRecordOrder: 'record {record} mag hier niet staan; verwacht: {allowed}',
    codaTruncated:
      'het bestand is afgebroken: het uittreksel dat begint op regel {startLine} mist record {missing}',
    codaSequence: 'volgnummer {sequence}/{detail} hoort niet bij de voorgaande beweging (record 2.1)',
    codaAccountCurrency: 'rekening in {currency}: EvS verwerkt alleen euro; het hele bestand is geweigerd',
    codaBalanceMismatch:
      'oud saldo {old} + bewegingen {movements} = {expected}, maar het nieuw saldo is {closing}; het hele bestand is geweigerd',
    codaTrailer:
      'trailer meldt {trailerCount} records, debet {trailerDebit}, credit {trailerCredit}; het uittreksel bevat {count} records, debet {debit}, credit {credit}',
    codaDetailMismatch:
      'de {count} details van deze gegroepeerde beweging tellen op tot {total}, maar de beweging is {amount}; het hele bestand is geweigerd',
    // any format
    fileEmpty: 'het bestand is leeg',
    unreadable:
      'dit is geen leesbaar tekstbestand (binaire gegevens of onbekende tekenset); verwacht een CODA- of camt.053-bestand',
    unknownFormat: 'onbekend formaat: verwacht een CODA-bestand (eerste record 0) of camt.053-XML',
    accountCheckDigits:
      '{file} ({where}): het rekeningnummer heeft een verkeerd controlegetal; het hele bestand is geweigerd',
    // why a line waits in the queue
    noOriginal: 'terugboeking zonder gekende oorspronkelijke betaling',
    foreignCurrency:
      'bedrag in {currency} zonder bedrag in euro van de bank; wordt niet als euro toegerekend',
    planNotPayable:
      'het afbetalingsplan met deze mededeling heeft status {status}; er wordt niets automatisch toegerekend',
    noReference: 'geen (geldige) gestructureerde mededeling of RF-referentie gevonden',
    unknownReference: 'de mededeling hoort bij geen lopend afbetalingsplan',
    badCheckOgm:
      'gestructureerde mededeling {shown} heeft een verkeerd controlegetal; de betaling gaat naar de lijst met niet-gekoppelde betalingen',
    badCheckRf:
      'RF-referentie {shown} heeft een verkeerd controlegetal; de betaling gaat naar de lijst met niet-gekoppelde betalingen',
    // match suggestions
    reasonKnownIban: 'betaald vanaf een gekende rekening van deze schuldenaar',
    reasonReferenceTypo: 'mededeling lijkt op {ogm} (één cijfer verschilt of twee verwisseld)',
    reasonName: 'naam van de betaler lijkt op de schuldenaar ({percent}%)',
    reasonInstalment: 'bedrag is gelijk aan een afbetaling',
    reasonOpenAmount: 'bedrag is gelijk aan het openstaande saldo',
    // decisions
    reasonRequired: 'Geef een reden op.',
    invalidIban: 'Ongeldig IBAN-nummer.',
    targetRequired: 'Kies de dienst of de algemene boekhouding waar deze betaling naartoe gaat.',
    unknownPayment: 'Onbekende betaling.',
    notInQueue: 'Deze betaling staat niet (meer) in de wachtrij.',
    notRunningPlan: 'Geen lopend afbetalingsplan.',
    invalidAmount: 'Ongeldig bedrag.',
    refundExceedsCredit: 'De terugbetaling is groter dan het tegoed.',
    unknownPlan: 'Onbekend afbetalingsplan.',
    // routes and command
    missingFile: 'Stuur het rekeninguittreksel mee (multipart-veld "file" of de bytes zelf).',
    queryTooShort: 'Typ minstens 3 cijfers van de mededeling of 2 letters van de naam.',
    invalidPeriod: 'Geef van ≤ tot als JJJJ-MM-DD.',
    cliFileNotFound: 'Bestand niet gevonden: {file}',
    cliSummary:
      '{lines} lijnen: {duplicates} al eerder ingelezen, {matched} gekoppeld, {unmatched} naar de wachtrij; toegerekend {allocated}',
  },
  fr: {
    atLine: 'ligne {line}',
    fileProblem: '{file}{location} : {detail}',
    camtMissing: 'élément manquant : {path}',
    camtAmountInvalid: '{path} : un montant tel que 1234.56 est attendu, trouvé "{value}"',
    camtAmountFraction: '{path} : le montant {value} contient une fraction de cent',
    xmlForbidden:
      'le fichier XML contient une déclaration DOCTYPE ou ENTITY ; elles ne sont pas admises en camt.053 (protection contre les bombes XML)',
    xmlMalformed: 'XML non valide : {detail}',
    xmlNamespace:
      'espace de noms urn:iso:std:iso:20022:tech:xsd:camt.053.001.XX attendu, XX étant l’une des versions {versions}',
    camtBalanceMismatch:
      'solde d’ouverture OPBD {opening} + écritures {entries} = {expected}, mais le solde de clôture CLBD est {closing} ; tout le fichier est refusé',
    camtDate: '{path} : Dt ou DtTm avec une date AAAA-MM-JJ attendu',
    camtAccountIn: 'compte en {currency}',
    camtBalanceIn: 'solde en {currency} sur un compte en euros',
    notEuro: '{what} : EvS ne traite que des euros ; tout le fichier est refusé',
    camtIndicator: '{path} : CRDT ou DBIT attendu, trouvé "{indicator}"',
    codaDigits: 'position {pos} ({field}) : des chiffres sont attendus, trouvé "{found}"',
    codaCurrency: 'position {pos} (devise) : un code de devise ISO tel que EUR est attendu, trouvé "{found}"',
    codaOneOf: 'position {pos} ({field}) : l’une des valeurs "{allowed}" est attendue, trouvé "{found}"',
    codaSign: 'signe de {field}',
    codaFraction: 'position {pos} ({field}) : montant avec une fraction de cent',
    codaDate: 'position {pos} ({field}) : date JJMMAA non valide : "{raw}"',
    field_creationDate: 'date de création',
    field_accountStructure: 'structure du compte',
    field_oldBalance: 'ancien solde',
    field_oldBalanceDate: 'date de l’ancien solde',
    field_paperSequence: 'numéro d’extrait',
    field_amount: 'montant',
    field_valueDate: 'date valeur',
    field_entryDate: 'date de comptabilisation',
    field_sequence: 'numéro de séquence',
    field_detail: 'numéro de détail',
    field_transactionCode: 'code d’opération',
    field_communicationType: 'type de communication',
    field_nextCode: 'code suite',
    field_linkCode: 'code de liaison',
    field_newBalance: 'nouveau solde',
    field_newBalanceDate: 'date du nouveau solde',
    field_recordCount: 'nombre d’enregistrements',
    field_debitTotal: 'total débit',
    field_creditTotal: 'total crédit',
    field_belgianAccount: 'numéro de compte belge',
    field_codaSequence: 'numéro de séquence CODA',
    codaLineLength: 'chaque ligne CODA compte exactement {length} caractères, celle-ci en compte {actual}',
    codaRecordType:
      'type d’enregistrement inconnu "{found}" : 0, 1, 21, 22, 23, 31, 32, 33, 4, 8 ou 9 attendu',
    codaRecordOrder: 'l’enregistrement {record} ne peut pas figurer ici ; attendu : {allowed}',
    codaTruncated:
      'le fichier est tronqué : il manque l’enregistrement {missing} à l’extrait qui commence à la ligne {startLine}',
    codaSequence:
      'le numéro de séquence {sequence}/{detail} n’appartient pas au mouvement précédent (enregistrement 2.1)',
    codaAccountCurrency: 'compte en {currency} : EvS ne traite que des euros ; tout le fichier est refusé',
    codaBalanceMismatch:
      'ancien solde {old} + mouvements {movements} = {expected}, mais le nouveau solde est {closing} ; tout le fichier est refusé',
    codaTrailer:
      'l’enregistrement final annonce {trailerCount} enregistrements, débit {trailerDebit}, crédit {trailerCredit} ; l’extrait contient {count} enregistrements, débit {debit}, crédit {credit}',
    codaDetailMismatch:
      'les {count} détails de ce mouvement globalisé totalisent {total}, mais le mouvement est de {amount} ; tout le fichier est refusé',
    fileEmpty: 'le fichier est vide',
    unreadable:
      'ce n’est pas un fichier texte lisible (données binaires ou jeu de caractères inconnu) ; un fichier CODA ou camt.053 est attendu',
    unknownFormat:
      'format inconnu : un fichier CODA (premier enregistrement 0) ou un XML camt.053 est attendu',
    accountCheckDigits:
      '{file} ({where}) : le numéro de compte a des chiffres de contrôle erronés ; tout le fichier est refusé',
    noOriginal: 'extourne sans paiement d’origine connu',
    foreignCurrency:
      'montant en {currency} sans montant en euros de la banque ; il n’est jamais imputé comme euros',
    planNotPayable:
      'le plan de paiement portant cette communication a le statut {status} ; rien n’est imputé automatiquement',
    noReference: 'aucune communication structurée ni référence RF (valide) trouvée',
    unknownReference: 'la communication ne correspond à aucun plan de paiement en cours',
    badCheckOgm:
      'la communication structurée {shown} a des chiffres de contrôle erronés ; le paiement va dans la liste des paiements non rapprochés',
    badCheckRf:
      'la référence RF {shown} a des chiffres de contrôle erronés ; le paiement va dans la liste des paiements non rapprochés',
    reasonKnownIban: 'payé depuis un compte connu de ce débiteur',
    reasonReferenceTypo: 'la communication ressemble à {ogm} (un chiffre diffère ou deux sont inversés)',
    reasonName: 'le nom du payeur ressemble à celui du débiteur ({percent} %)',
    reasonInstalment: 'le montant est égal à une mensualité',
    reasonOpenAmount: 'le montant est égal au solde restant dû',
    reasonRequired: 'Indiquez un motif.',
    invalidIban: 'Numéro IBAN non valide.',
    targetRequired: 'Choisissez le service ou la comptabilité générale à qui ce paiement est destiné.',
    unknownPayment: 'Paiement inconnu.',
    notInQueue: 'Ce paiement n’est pas (ou plus) dans la file d’attente.',
    notRunningPlan: 'Ce n’est pas un plan de paiement en cours.',
    invalidAmount: 'Montant non valide.',
    refundExceedsCredit: 'Le remboursement dépasse l’avoir.',
    unknownPlan: 'Plan de paiement inconnu.',
    missingFile: 'Envoyez l’extrait de compte (champ multipart "file" ou les octets eux-mêmes).',
    queryTooShort: 'Tapez au moins 3 chiffres de la communication ou 2 lettres du nom.',
    invalidPeriod: 'Indiquez du ≤ au sous la forme AAAA-MM-JJ.',
    cliFileNotFound: 'Fichier introuvable : {file}',
    cliSummary:
      '{lines} lignes : {duplicates} déjà lues, {matched} rapprochées, {unmatched} vers la file d’attente ; imputé {allocated}',
  },
  en: {
    atLine: 'line {line}',
    fileProblem: '{file}{location}: {detail}',
    camtMissing: 'missing element: {path}',
    camtAmountInvalid: '{path}: expected an amount like 1234.56, found "{value}"',
    camtAmountFraction: '{path}: the amount {value} has a fraction of a cent',
    xmlForbidden:
      'the XML file contains a DOCTYPE or ENTITY declaration; these are not allowed in camt.053 (protection against XML bombs)',
    xmlMalformed: 'not well-formed XML: {detail}',
    xmlNamespace:
      'expected namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.XX with XX one of {versions}',
    camtBalanceMismatch:
      'opening balance OPBD {opening} + entries {entries} = {expected}, but the closing balance CLBD is {closing}; the whole file is rejected',
    camtDate: '{path}: expected Dt or DtTm holding a YYYY-MM-DD date',
    camtAccountIn: 'account in {currency}',
    camtBalanceIn: 'balance in {currency} on a euro account',
    notEuro: '{what}: EvS only processes euro; the whole file is rejected',
    camtIndicator: '{path}: expected CRDT or DBIT, found "{indicator}"',
    codaDigits: 'position {pos} ({field}): expected digits, found "{found}"',
    codaCurrency: 'position {pos} (currency): expected an ISO currency code like EUR, found "{found}"',
    codaOneOf: 'position {pos} ({field}): expected one of "{allowed}", found "{found}"',
    codaSign: 'sign of {field}',
    codaFraction: 'position {pos} ({field}): amount has a fraction of a cent',
    codaDate: 'position {pos} ({field}): not a valid DDMMYY date: "{raw}"',
    field_creationDate: 'creation date',
    field_accountStructure: 'account structure',
    field_oldBalance: 'old balance',
    field_oldBalanceDate: 'old balance date',
    field_paperSequence: 'statement sequence number',
    field_amount: 'amount',
    field_valueDate: 'value date',
    field_entryDate: 'entry date',
    field_sequence: 'sequence number',
    field_detail: 'detail number',
    field_transactionCode: 'transaction code',
    field_communicationType: 'communication type',
    field_nextCode: 'next code',
    field_linkCode: 'link code',
    field_newBalance: 'new balance',
    field_newBalanceDate: 'new balance date',
    field_recordCount: 'number of records',
    field_debitTotal: 'debit total',
    field_creditTotal: 'credit total',
    field_belgianAccount: 'Belgian account number',
    field_codaSequence: 'CODA sequence number',
    codaLineLength: 'every CODA line has exactly {length} characters, this one has {actual}',
    codaRecordType: 'unknown record type "{found}": expected 0, 1, 21, 22, 23, 31, 32, 33, 4, 8 or 9',
    codaRecordOrder: 'record {record} is not allowed here; expected: {allowed}',
    codaTruncated: 'the file is truncated: the statement starting at line {startLine} lacks record {missing}',
    codaSequence: 'sequence {sequence}/{detail} does not belong to the preceding movement (record 2.1)',
    codaAccountCurrency: 'account in {currency}: EvS only processes euro; the whole file is rejected',
    codaBalanceMismatch:
      'old balance {old} + movements {movements} = {expected}, but the new balance is {closing}; the whole file is rejected',
    codaTrailer:
      'trailer states {trailerCount} records, debit {trailerDebit}, credit {trailerCredit}; the statement holds {count} records, debit {debit}, credit {credit}',
    codaDetailMismatch:
      'the {count} details of this globalised movement add up to {total}, but the movement is {amount}; the whole file is rejected',
    fileEmpty: 'the file is empty',
    unreadable:
      'this is not a readable text file (binary data or unknown character set); expected a CODA or camt.053 file',
    unknownFormat: 'unknown format: expected a CODA file (first record 0) or camt.053 XML',
    accountCheckDigits:
      '{file} ({where}): the account number has wrong check digits; the whole file is rejected',
    noOriginal: 'reversal without a known original payment',
    foreignCurrency: 'amount in {currency} without a euro amount from the bank; never allocated as euro',
    planNotPayable:
      'the payment plan with this reference has status {status}; nothing is allocated automatically',
    noReference: 'no (valid) structured reference or RF reference found',
    unknownReference: 'the reference belongs to no running payment plan',
    badCheckOgm:
      'structured reference {shown} has wrong check digits; the payment goes to the unmatched queue',
    badCheckRf: 'RF reference {shown} has wrong check digits; the payment goes to the unmatched queue',
    reasonKnownIban: 'paid from an account this debtor used before',
    reasonReferenceTypo: 'reference resembles {ogm} (one digit differs or two swapped)',
    reasonName: 'payer name resembles the debtor ({percent}%)',
    reasonInstalment: 'amount equals an instalment',
    reasonOpenAmount: 'amount equals the open balance',
    reasonRequired: 'Give a reason.',
    invalidIban: 'Invalid IBAN.',
    targetRequired: 'Choose the department or general ledger this payment goes to.',
    unknownPayment: 'Unknown payment.',
    notInQueue: 'This payment is not (or no longer) in the queue.',
    notRunningPlan: 'Not a running payment plan.',
    invalidAmount: 'Invalid amount.',
    refundExceedsCredit: 'The refund exceeds the credit.',
    unknownPlan: 'Unknown payment plan.',
    missingFile: 'Send the statement file (multipart field "file", or the raw bytes).',
    queryTooShort: 'Type at least 3 digits of the reference or 2 letters of the name.',
    invalidPeriod: 'Give from ≤ to as YYYY-MM-DD.',
    cliFileNotFound: 'File not found: {file}',
    cliSummary:
      '{lines} lines: {duplicates} seen before, {matched} matched, {unmatched} to the unmatched queue; allocated {allocated}',
  },
});

export type PaymentsKey = (typeof paymentsMessages.keys)[number];

/** A text in every language, made when the language of its reader is not known yet (a parse, a stored problem). */
export type Message = Readonly<Record<Lang, string>>;

export function perLang(render: (lang: Lang) => string): Message {
  return Object.fromEntries(LANGS.map((lang) => [lang, render(lang)])) as Record<Lang, string>;
}

/** One catalogue message in every language. */
export function message(key: PaymentsKey, params?: MessageParams): Message {
  return perLang((lang) => paymentsMessages.text(lang, key, params));
}

/** The text of a message for a reader; a problem stored before French existed falls back to Dutch. */
export function messageIn(m: Partial<Message> & { readonly nl: string }, lang: Lang): string {
  return m[lang] ?? m.nl;
}
