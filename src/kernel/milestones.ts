/**
 * The milestones of an EvS file after the VNG Routekaart Financiële Zorgen, in their usual order.
 * A file may skip steps or go back (a person drops out of contact); the last recorded one is current.
 */
export const MILESTONES = [
  'signalled',
  'in_view',
  'contacted',
  'in_conversation',
  'stabilised',
  'plan_agreed',
  'paying',
  'completed',
  'referred',
  'closed',
] as const;

export type Milestone = (typeof MILESTONES)[number];

export function isMilestone(value: string): value is Milestone {
  return (MILESTONES as readonly string[]).includes(value);
}

/** The end points: after one of these nothing moves the file automatically any more. */
export function isFinal(m: Milestone): boolean {
  return m === 'completed' || m === 'referred' || m === 'closed';
}

const LABELS: Record<Milestone, { nl: string; en: string }> = {
  signalled: { nl: 'Gesignaleerd', en: 'Signalled' },
  in_view: { nl: 'In beeld', en: 'In view' },
  contacted: { nl: 'Contact gelegd', en: 'Contacted' },
  in_conversation: { nl: 'In gesprek', en: 'In conversation' },
  stabilised: { nl: 'Gestabiliseerd (rust en overzicht)', en: 'Stabilised (rest and overview)' },
  plan_agreed: { nl: 'Plan afgesproken', en: 'Plan agreed' },
  paying: { nl: 'Betaalt af', en: 'Paying' },
  completed: { nl: 'Afgerond', en: 'Completed' },
  referred: { nl: 'Doorverwezen', en: 'Referred' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
};

export function milestoneLabel(m: Milestone, lang: 'nl' | 'en'): string {
  return LABELS[m][lang];
}

/**
 * Whether an automatic step (a plan accepted, a first payment) may move the file: only forward, and
 * never out of a final milestone. People can always record any milestone by hand.
 */
export function advancesTo(current: string, next: Milestone): boolean {
  if (!isMilestone(current)) return true;
  if (isFinal(current)) return false;
  return MILESTONES.indexOf(next) > MILESTONES.indexOf(current);
}

export const CHANNELS = ['letter', 'phone', 'email', 'sms', 'home_visit'] as const;
export type Channel = (typeof CHANNELS)[number];

const CHANNEL_LABELS: Record<Channel, { nl: string; en: string }> = {
  letter: { nl: 'Brief', en: 'Letter' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  email: { nl: 'E-mail', en: 'E-mail' },
  sms: { nl: 'Sms', en: 'Text message' },
  home_visit: { nl: 'Huisbezoek', en: 'Home visit' },
};

export function channelLabel(c: Channel, lang: 'nl' | 'en'): string {
  return CHANNEL_LABELS[c][lang];
}
