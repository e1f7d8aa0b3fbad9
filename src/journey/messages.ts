import { defineCatalogue } from '../kernel/i18n.ts';

/** What the journey of an EvS file (milestones, contacts, tasks, timeline) says. */
export const journeyMessages = defineCatalogue('journey', {
  nl: {
    unknownMilestone: 'Onbekende mijlpaal.',
    invalidDate: 'Ongeldige datum.',
    unknownChannel: 'Onbekend kanaal.',
    titleRequired: 'Geef een omschrijving.',
    unknownTask: 'Onbekende taak.',
    taskDone: 'Deze taak is al afgewerkt.',
    contactReached: '{channel}: bereikt',
    contactNotReached: '{channel}: niet bereikt',
    reminder: 'Vriendelijke herinnering: afbetaling gemist',
  },
  fr: {
    unknownMilestone: 'Étape inconnue.',
    invalidDate: 'Date non valide.',
    unknownChannel: 'Canal inconnu.',
    titleRequired: 'Indiquez une description.',
    unknownTask: 'Tâche inconnue.',
    taskDone: 'Cette tâche est déjà terminée.',
    contactReached: '{channel} : joint',
    contactNotReached: '{channel} : pas joint',
    reminder: 'Rappel amical : mensualité manquée',
  },
  en: {
    unknownMilestone: 'Unknown milestone.',
    invalidDate: 'Invalid date.',
    unknownChannel: 'Unknown channel.',
    titleRequired: 'Give a title.',
    unknownTask: 'Unknown task.',
    taskDone: 'This task is already done.',
    contactReached: '{channel}: reached',
    contactNotReached: '{channel}: not reached',
    reminder: 'Friendly reminder: instalment missed',
  },
});
