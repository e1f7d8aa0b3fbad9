import { defineCatalogue } from '../kernel/i18n.ts';

/** What the OSLO Schuldbeheer import and export say. */
export const osloMessages = defineCatalogue('oslo', {
  nl: {
    shapes:
      'Het document voldoet niet aan OSLO Schuldbeheer ({count, plural, one {# schending} other {# schendingen}} van de SHACL-shapes).',
    notJsonLd: 'Geen JSON-LD-document.',
    invalidJsonLd: 'Ongeldig JSON-LD: {detail}',
    noClaims: 'Het document bevat geen schuldvorderingen.',
    departmentMissing: 'Geef de dienst op: de vorderingen noemen er geen.',
    otherDepartment: 'Het document bevat vorderingen van een andere dienst ({department}).',
    cliEitherDebtor: 'Geef --national-number of --debtor op.',
    cliNotJson: 'Geen leesbaar JSON-bestand: {file}',
    cliSummary:
      '{department}: {rows, plural, one {# vordering} other {# vorderingen}}: {created, number} nieuw, {updated, number} gewijzigd, {unchanged, number} ongewijzigd, {errors, plural, one {# fout} other {# fouten}}',
  },
  fr: {
    shapes:
      'Le document n’est pas conforme à OSLO Schuldbeheer ({count, plural, one {# violation} other {# violations}} des formes SHACL).',
    notJsonLd: 'Ce n’est pas un document JSON-LD.',
    invalidJsonLd: 'JSON-LD non valide : {detail}',
    noClaims: 'Le document ne contient aucune créance.',
    departmentMissing: 'Indiquez le service : les créances n’en mentionnent aucun.',
    otherDepartment: 'Le document contient des créances d’un autre service ({department}).',
    cliEitherDebtor: 'Indiquez --national-number ou --debtor.',
    cliNotJson: 'Fichier JSON illisible : {file}',
    cliSummary:
      '{department} : {rows, plural, one {# créance} other {# créances}} : {created, plural, one {# nouvelle} other {# nouvelles}}, {updated, plural, one {# modifiée} other {# modifiées}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {errors, plural, one {# erreur} other {# erreurs}}',
  },
  en: {
    shapes:
      'The document does not conform to OSLO Schuldbeheer ({count, plural, one {# SHACL shape violation} other {# SHACL shape violations}}).',
    notJsonLd: 'Not a JSON-LD document.',
    invalidJsonLd: 'Invalid JSON-LD: {detail}',
    noClaims: 'The document holds no claims.',
    departmentMissing: 'Name the department: the claims do not name one.',
    otherDepartment: 'The document holds claims of another department ({department}).',
    cliEitherDebtor: 'Give either --national-number or --debtor.',
    cliNotJson: 'Not a readable JSON file: {file}',
    cliSummary:
      '{department}: {rows, plural, one {# claim} other {# claims}}: {created, number} created, {updated, number} updated, {unchanged, number} unchanged, {errors, plural, one {# error} other {# errors}}',
  },
});
