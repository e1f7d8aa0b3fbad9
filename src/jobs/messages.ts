import { defineCatalogue } from '../kernel/i18n.ts';

/** What the background jobs say to an operator. */
export const jobsMessages = defineCatalogue('jobs', {
  nl: {
    noDeadJob: 'Geen dode taak met id {id}.',
    unknownJob: 'Onbekende taak "{name}". Gekend: {known}.',
    invalidDate: 'Ongeldige datum "{date}" (jjjj-mm-dd).',
    cliRequeued: '{id} staat opnieuw klaar.',
  },
  fr: {
    noDeadJob: 'Aucune tâche morte avec l’id {id}.',
    unknownJob: 'Tâche inconnue "{name}". Tâches connues : {known}.',
    invalidDate: 'Date non valide "{date}" (aaaa-mm-jj).',
    cliRequeued: '{id} est de nouveau en attente.',
  },
  en: {
    noDeadJob: 'No dead job with id {id}.',
    unknownJob: 'Unknown job "{name}". Known: {known}.',
    invalidDate: 'Invalid date "{date}" (yyyy-mm-dd).',
    cliRequeued: 'Queued {id} again.',
  },
});
