import { defineCatalogue, type Lang, type MessageParams } from '#kernel/i18n.ts';
import { type Channel, channelLabel, type Milestone, milestoneLabel } from '#kernel/milestones.ts';

/** What the journey panel says: the timeline, its forms, the milestones and contact channels. */
export const journeyMessages = defineCatalogue('web.journey', {
  nl: {
    title: 'Traject',
    current: 'Huidige mijlpaal: {label} · {tasks, plural, one {# open taak} other {# open taken}}',
    timeline: 'Tijdlijn',
    date: 'Datum',
    kind: 'Soort',
    what: 'Wat',
    who: 'Wie',
    milestone: 'Mijlpaal',
    record: 'Mijlpaal registreren',
    channel: 'Kanaal',
    reached: 'Bereikt',
    contact: 'Contactpoging registreren',
    task: 'Taak',
    due: 'Tegen',
    addTask: 'Taak toevoegen',
    done: 'Afgewerkt',
    'kind.milestone': 'Mijlpaal',
    'kind.contact': 'Contact',
    'kind.task': 'Taak',
    'kind.plan': 'Plan',
    'kind.reminder': 'Herinnering',
  },
  fr: {
    title: 'Parcours',
    current: 'Étape actuelle : {label} · {tasks, plural, one {# tâche ouverte} other {# tâches ouvertes}}',
    timeline: 'Ligne du temps',
    date: 'Date',
    kind: 'Type',
    what: 'Quoi',
    who: 'Qui',
    milestone: 'Étape',
    record: 'Enregistrer l’étape',
    channel: 'Canal',
    reached: 'Joint',
    contact: 'Enregistrer une tentative de contact',
    task: 'Tâche',
    due: 'Pour le',
    addTask: 'Ajouter une tâche',
    done: 'Terminée',
    'kind.milestone': 'Étape',
    'kind.contact': 'Contact',
    'kind.task': 'Tâche',
    'kind.plan': 'Plan',
    'kind.reminder': 'Rappel',
  },
  en: {
    title: 'Journey',
    current: 'Current milestone: {label} · {tasks, plural, one {# open task} other {# open tasks}}',
    timeline: 'Timeline',
    date: 'Date',
    kind: 'Kind',
    what: 'What',
    who: 'Who',
    milestone: 'Milestone',
    record: 'Record milestone',
    channel: 'Channel',
    reached: 'Reached',
    contact: 'Record contact attempt',
    task: 'Task',
    due: 'Due',
    addTask: 'Add task',
    done: 'Done',
    'kind.milestone': 'Milestone',
    'kind.contact': 'Contact',
    'kind.task': 'Task',
    'kind.plan': 'Plan',
    'kind.reminder': 'Reminder',
  },
});

export type JourneyKey = (typeof journeyMessages.keys)[number];

export function journeyText(lang: Lang, key: JourneyKey, params?: MessageParams): string {
  return journeyMessages.text(lang, key, params);
}

export function milestoneName(lang: Lang, milestone: Milestone): string {
  return milestoneLabel(milestone, lang);
}

export function channelName(lang: Lang, channel: Channel): string {
  return channelLabel(channel, lang);
}

/** The timeline's kind of entry; an unknown kind is shown as its code. */
export function kindName(lang: Lang, kind: string): string {
  const key = `kind.${kind}`;
  return (journeyMessages.keys as readonly string[]).includes(key)
    ? journeyText(lang, key as JourneyKey)
    : kind;
}
