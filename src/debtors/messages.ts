import { defineCatalogue } from '../kernel/i18n.ts';

/** What the debtors capability says: finding a person, merges and merge suggestions. */
export const debtorsMessages = defineCatalogue('debtors', {
  nl: {
    unknownDebtor: 'Deze persoon is niet gekend.',
    invalidNationalNumber:
      'Ongeldig rijksregisternummer of BSN: controleer de cijfers (11 cijfers, mod 97; BSN 9 cijfers, elfproef).',
    unknownMerge: 'Onbekende samenvoeging.',
    mergeUndone: 'Al ongedaan gemaakt.',
    unknownSuggestion: 'Onbekend voorstel.',
    suggestionDecided: 'Over dit voorstel is al beslist.',
  },
  fr: {
    unknownDebtor: 'Cette personne n’est pas connue.',
    invalidNationalNumber:
      'Numéro de registre national ou BSN non valide : vérifiez les chiffres (11 chiffres, mod 97 ; BSN 9 chiffres, preuve par onze).',
    unknownMerge: 'Fusion inconnue.',
    mergeUndone: 'Déjà annulée.',
    unknownSuggestion: 'Proposition inconnue.',
    suggestionDecided: 'Il a déjà été statué sur cette proposition.',
  },
  en: {
    unknownDebtor: 'This person is not known.',
    invalidNationalNumber:
      'Invalid national number or BSN: check the digits (11 digits, mod 97; BSN 9 digits, 11-check).',
    unknownMerge: 'Unknown merge.',
    mergeUndone: 'Already undone.',
    unknownSuggestion: 'Unknown suggestion.',
    suggestionDecided: 'This suggestion was already decided.',
  },
});
