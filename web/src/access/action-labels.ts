import type { Lang } from '../i18n/lang.ts';

/** What an access-log action means to an auditor or a citizen; the code stays in the export. */
const ACTIONS: Record<string, [nl: string, en: string]> = {
  'access_log.debtor': ['bekeek wie het dossier inkeek', 'viewed who looked at the file'],
  'access_log.read': ['doorzocht de toegangslog', 'searched the access log'],
  'consents.read': ['bekeek toestemmingen', 'viewed consents'],
  'consents.write': ['registreerde een toestemming', 'recorded a consent'],
  'debtors.search': ['zocht een persoon op', 'searched for a person'],
  'debtors.overview': ['bekeek het schuldenoverzicht', 'viewed the debt overview'],
  'debtors.merge': ['voegde dubbele personen samen', 'merged duplicate people'],
  'debtors.suggestions': ['bekeek mogelijke dubbele personen', 'viewed possible duplicates'],
  'eligibility.explanation': ['bekeek de uitleg van de beslissing', 'viewed the decision explanation'],
  'eligibility.facts': ['bekeek sociale gegevens', 'viewed social facts'],
  'eligibility.facts_import': ['laadde sociale gegevens in', 'imported social facts'],
  'eligibility.outcome': ['bekeek het resultaat van de rechtenverkenning', 'viewed the eligibility outcome'],
  'eligibility.worklist': ['bekeek de werklijst', 'viewed the worklist'],
  'eligibility.worklist_decide': ['besliste over een werklijstitem', 'decided on a worklist item'],
  'eligibility.reductions_read': ['bekeek verminderingen', 'viewed reductions'],
  'eligibility.reduction_decide': ['besliste over een vermindering', 'decided on a reduction'],
  'hub.read': ['las een hubbericht', 'read a hub message'],
  'hub.message.open': ['opende een hubbericht', 'opened a hub message'],
  'hub.send': ['verstuurde een hubbericht', 'sent a hub message'],
  'journey.read': ['bekeek de tijdlijn van het dossier', 'viewed the file timeline'],
  'journey.milestone': ['registreerde een mijlpaal', 'recorded a milestone'],
  'journey.contact': ['registreerde een contactpoging', 'recorded a contact attempt'],
  'journey.task': ['werkte een taak bij', 'updated a task'],
  'oslo.export': ['exporteerde het dossier (OSLO)', 'exported the file (OSLO)'],
  'payments.read': ['bekeek betalingen', 'viewed payments'],
  'payments.assign': ['wees een betaling toe', 'assigned a payment'],
  'payments.plan_search': ['zocht een plan voor een betaling', 'searched a plan for a payment'],
  'payments.refund': ['besliste over een terugbetaling', 'decided on a refund'],
  'plans.read': ['bekeek het afbetalingsplan', 'viewed the payment plan'],
  'plans.file_open': ['opende een EvS-dossier', 'opened an EvS file'],
  'plans.file_close': ['sloot een EvS-dossier', 'closed an EvS file'],
  'plans.options': ['berekende planopties', 'calculated plan options'],
  'plans.propose': ['stelde een plan voor', 'proposed a plan'],
  'plans.accept': ['registreerde de aanvaarding van een plan', 'recorded the acceptance of a plan'],
  'plans.change': ['wijzigde een plan', 'changed a plan'],
  'plans.cancel': ['annuleerde een plan', 'cancelled a plan'],
  'plans.letter': ['maakte de brief bij het plan', 'made the plan letter'],
  'plans.offer_letter': ['maakte de aanbodbrief', 'made the offer letter'],
  'plans.payment': ['registreerde een betaling', 'recorded a payment'],
};

export function actionLabel(lang: Lang, code: string): string {
  const pair = ACTIONS[code];
  if (pair) return pair[lang === 'nl' ? 0 : 1];
  return lang === 'nl' ? 'andere handeling' : 'other action';
}
