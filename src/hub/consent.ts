import { err, ok, type Result } from '../kernel/result.ts';
import type { Lang } from './issues.ts';

/**
 * Abuse rule for balance requests (saldoverzoek): asking many creditors at once about one debtor
 * requires a recorded consent statement (toestemmingsverklaring or court order), and there is a
 * hard cap per batch. An organisation that the address book marks as "consent required" always
 * needs one, as the Schuldenknooppunt requires from non-Wgs helpers and bewindvoerders.
 */
export interface FanOutConfig {
  /** More recipients than this at once need a recorded consent (default 10). */
  readonly consentThreshold: number;
  /** Never more recipients than this in one go, consent or not (our own safeguard, default 50). */
  readonly maxRecipients: number;
}

export const DEFAULT_FAN_OUT: FanOutConfig = Object.freeze({ consentThreshold: 10, maxRecipients: 50 });

export interface FanOutRequest {
  readonly recipientCount: number;
  /** The consent statement's reference, when one is recorded. */
  readonly consentReference: string | null;
  /** From the address book: this sender must always attach a consent statement. */
  readonly senderRequiresConsent: boolean;
}

export type FanOutError =
  | { readonly code: 'no-recipients' }
  | { readonly code: 'too-many-recipients'; readonly recipientCount: number; readonly max: number }
  | { readonly code: 'consent-required'; readonly recipientCount: number; readonly threshold: number }
  | { readonly code: 'consent-required-for-sender' };

export function checkBalanceRequestFanOut(
  request: FanOutRequest,
  config: FanOutConfig = DEFAULT_FAN_OUT,
): Result<void, FanOutError> {
  const { recipientCount } = request;
  if (recipientCount < 1) return err({ code: 'no-recipients' });
  if (recipientCount > config.maxRecipients)
    return err({ code: 'too-many-recipients', recipientCount, max: config.maxRecipients });
  const hasConsent = request.consentReference !== null && request.consentReference.trim() !== '';
  if (hasConsent) return ok(undefined);
  if (request.senderRequiresConsent) return err({ code: 'consent-required-for-sender' });
  if (recipientCount > config.consentThreshold)
    return err({ code: 'consent-required', recipientCount, threshold: config.consentThreshold });
  return ok(undefined);
}

export function fanOutErrorText(error: FanOutError, lang: Lang = 'nl'): string {
  const nl = lang === 'nl';
  switch (error.code) {
    case 'no-recipients':
      return nl ? 'Kies minstens één schuldeiser.' : 'Choose at least one creditor.';
    case 'too-many-recipients':
      return nl
        ? `Een saldoverzoek kan naar hoogstens ${error.max} schuldeisers tegelijk (nu ${error.recipientCount}).`
        : `A balance request can go to at most ${error.max} creditors at once (now ${error.recipientCount}).`;
    case 'consent-required':
      return nl
        ? `Een saldoverzoek aan meer dan ${error.threshold} schuldeisers tegelijk (nu ${error.recipientCount}) vraagt een geregistreerde toestemmingsverklaring.`
        : `A balance request to more than ${error.threshold} creditors at once (now ${error.recipientCount}) needs a recorded consent statement.`;
    case 'consent-required-for-sender':
      return nl
        ? 'Uw organisatie moet bij elk saldoverzoek een toestemmingsverklaring of beschikking registreren.'
        : 'Your organisation must record a consent statement or court order with every balance request.';
  }
}
