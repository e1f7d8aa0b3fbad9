import type { IsoDate } from '../kernel/dates.ts';
import { err, type Result } from '../kernel/result.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { actingParticipant } from './acting-service.ts';
import { checkBalanceRequestFanOut, fanOutErrorText } from './consent.ts';
import type { HubSettings } from './io-keys.ts';
import type { MessageSummary } from './message-view.ts';
import { type BatchFailure, type SendInput, sendBatch } from './service.ts';

const invalid = (code: string, message: string) => failure('invalid', code, message);

/** One balance request to several creditors: the fan-out rule counts them together. */
export async function sendBalanceRequests(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  as: string | undefined,
  input: Omit<SendInput, 'type' | 'recipient' | 'inReplyTo' | 'conversationId'> & {
    recipients: readonly string[];
  },
  today: IsoDate,
): Promise<Result<MessageSummary[], Failure | BatchFailure[]>> {
  const senderRequires = await actingParticipant(database.db, scope, as);
  if (!senderRequires.ok) return senderRequires;
  const body = input.body as { consentStatement?: { reference?: unknown } } | null;
  const reference =
    typeof body?.consentStatement?.reference === 'string' ? body.consentStatement.reference : null;
  const fan = checkBalanceRequestFanOut(
    {
      recipientCount: new Set(input.recipients).size,
      consentReference: reference,
      senderRequiresConsent: senderRequires.value.requiresConsent,
    },
    settings.fanOut,
  );
  if (!fan.ok)
    return err(invalid(`hub_${fan.error.code.replaceAll('-', '_')}`, fanOutErrorText(fan.error, scope.lang)));
  const inputs = [...new Set(input.recipients)].map((recipient) => ({
    type: 'balance-request',
    recipient,
    debtorReference: input.debtorReference,
    urgent: input.urgent,
    body: input.body,
  }));
  return sendBatch(database, settings, scope, as, inputs, today);
}
