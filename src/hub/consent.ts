import type { Lang } from '../kernel/i18n.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { hubMessages } from './hub-messages.ts';

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
  switch (error.code) {
    case 'no-recipients':
      return hubMessages.text(lang, 'noRecipients');
    case 'too-many-recipients':
      return hubMessages.text(lang, 'tooManyRecipients', {
        max: String(error.max),
        count: String(error.recipientCount),
      });
    case 'consent-required':
      return hubMessages.text(lang, 'consentRequired', {
        threshold: String(error.threshold),
        count: String(error.recipientCount),
      });
    case 'consent-required-for-sender':
      return hubMessages.text(lang, 'consentRequiredForSender');
  }
}
