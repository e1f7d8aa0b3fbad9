import { defineCatalogue } from '../kernel/i18n.ts';

/** What the platform itself says: request rules, the error mapper. */
export const platformMessages = defineCatalogue('platform', {
  nl: {
    nulCharacter: 'De aanvraag bevat een NUL-teken ({where}); dat is geen geldige tekst.',
    tooLarge: 'De aanvraag is groter dan {megabytes, number, ::.#} MB.',
    tooDeep: 'De JSON is dieper genest dan {levels} niveaus.',
    sendCsv: 'Stuur het bestand als text/csv.',
    invalidRequest: 'Ongeldige aanvraag: {detail}',
    busy: 'De databank is bezet; probeer opnieuw over {seconds, plural, one {# seconde} other {# seconden}}.',
    internalError: 'Er ging iets mis aan onze kant (aanvraag {requestId}).',
    unsupportedMediaType: 'Deze route aanvaardt geen {contentType}.',
    unsupportedMediaTypeUnnamed: 'Deze route aanvaardt geen inhoud van dit type.',
  },
  fr: {
    nulCharacter: 'La demande contient un caractère NUL ({where}) ; ce n’est pas un texte valide.',
    tooLarge: 'La demande dépasse {megabytes, number, ::.#} Mo.',
    tooDeep: 'Le JSON est imbriqué sur plus de {levels} niveaux.',
    sendCsv: 'Envoyez le fichier en text/csv.',
    invalidRequest: 'Demande non valide : {detail}',
    busy: 'La base de données est occupée ; réessayez dans {seconds, plural, one {# seconde} other {# secondes}}.',
    internalError: 'Un problème est survenu de notre côté (demande {requestId}).',
    unsupportedMediaType: 'Cette route n’accepte pas {contentType}.',
    unsupportedMediaTypeUnnamed: 'Cette route n’accepte pas ce type de contenu.',
  },
  en: {
    nulCharacter: 'The request contains a NUL character ({where}); that is not valid text.',
    tooLarge: 'The request is larger than {megabytes, number, ::.#} MB.',
    tooDeep: 'The JSON is nested deeper than {levels} levels.',
    sendCsv: 'Send the file as text/csv.',
    invalidRequest: 'Invalid request: {detail}',
    busy: 'The database is busy; try again in {seconds, plural, one {# second} other {# seconds}}.',
    internalError: 'Something went wrong on our side (request {requestId}).',
    unsupportedMediaType: 'This route does not take {contentType}.',
    unsupportedMediaTypeUnnamed: 'This route does not take this content type.',
  },
});
