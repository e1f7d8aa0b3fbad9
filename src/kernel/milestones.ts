import type { Lang } from './i18n.ts';
import { milestoneMessages } from './milestone-messages.ts';

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

export function milestoneLabel(m: Milestone, lang: Lang): string {
  return milestoneMessages.text(lang, m);
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

const CHANNEL_KEYS = {
  letter: 'channelLetter',
  phone: 'channelPhone',
  email: 'channelEmail',
  sms: 'channelSms',
  home_visit: 'channelHomeVisit',
} as const satisfies Record<Channel, string>;

export function channelLabel(c: Channel, lang: Lang): string {
  return milestoneMessages.text(lang, CHANNEL_KEYS[c]);
}
