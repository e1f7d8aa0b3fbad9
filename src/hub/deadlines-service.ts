import { randomUUID } from 'node:crypto';
import { addDays, type IsoDate } from '../kernel/dates.ts';
import { audit } from '../platform/audit.ts';
import { loadConfig } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import { classify, expiryDate } from './deadlines.ts';
import { encryptBody } from './io-crypto.ts';
import { type HubSettings, hubSettings } from './io-keys.ts';
import type { MessageType, SystemMessageType } from './message-schemas.ts';
import { organisationCode, participantsByIds } from './participants-store.ts';
import { insertMessages, purgeBodies, setDeadlineMarks, trackedRows } from './store.ts';
import { systemMessagesFor } from './system-messages.ts';

export interface DeadlineRun {
  readonly expired: number;
  readonly reminded: number;
  readonly escalated: number;
  readonly purged: number;
}

type Participant = Exclude<MessageType, SystemMessageType>;

/**
 * The daily hub sweep, idempotent (run it as often as you like on the same day): unconfirmed
 * messages past their 5 working days expire and their sender gets an expiry notice; a recipient
 * whose answer is due soon gets one reminder; an overdue answer is escalated once to the sender;
 * bodies confirmed or expired more than the retention period ago are purged.
 */
export async function runHubDeadlines(
  database: Database,
  today: IsoDate,
  settings: HubSettings,
): Promise<DeadlineRun> {
  return database.db.transaction().execute(async (trx) => {
    const rows = await trackedRows(trx);
    const parties = await participantsByIds(
      trx,
      rows.flatMap((r) => [r.recipient_id, r.sender_id ?? r.recipient_id]),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const tracked = rows.map((r) => ({
      id: r.id,
      type: r.type as Participant,
      sentOn: r.sent_on,
      urgent: r.urgent,
      country: parties.get(r.recipient_id)?.country ?? 'BE',
      confirmedOn: r.confirmed_on,
      answeredOn: r.answered_on,
    }));
    const drafts = systemMessagesFor(classify(tracked, today, settings.deadlines));
    const counts = { expired: 0, reminded: 0, escalated: 0 };
    for (const draft of drafts) {
      const about = byId.get(draft.aboutMessageId);
      if (!about?.sender_id) continue;
      const mark =
        draft.type === 'expiry-notice'
          ? about.expired_on === null && { expired_on: draft.body.expiredOn }
          : draft.type === 'reminder'
            ? about.reminded_on === null && { reminded_on: today }
            : about.escalated_on === null && { escalated_on: today };
      if (!mark) continue;
      const addresseeId = draft.to === 'sender' ? about.sender_id : about.recipient_id;
      const addressee = parties.get(addresseeId);
      const keyCode = addressee?.organisationId
        ? await organisationCode(trx, addressee.organisationId)
        : about.body_key_org;
      const key = keyCode ? settings.keyOf(keyCode) : null;
      if (!keyCode || !key?.ok) continue; // no key in production: left for the next run once configured
      const id = randomUUID();
      await insertMessages(trx, [
        {
          id,
          conversation_id: about.conversation_id,
          type: draft.type,
          sender_id: null,
          recipient_id: addresseeId,
          debtor_reference: about.debtor_reference,
          in_reply_to: null,
          urgent: draft.urgent,
          supplementary: false,
          sent_at: new Date(),
          sent_on: today,
          expires_on: expiryDate(today, addressee?.country ?? 'BE', settings.deadlines),
          due_on: null,
          body_cipher: encryptBody(JSON.stringify(draft.body), key.value, id),
          body_key_org: keyCode,
          debtor_id: null,
          sender_org: null,
          created_by: 'system',
        },
      ]);
      await setDeadlineMarks(trx, about.id, mark);
      if (draft.type === 'expiry-notice') counts.expired += 1;
      else if (draft.type === 'reminder') counts.reminded += 1;
      else counts.escalated += 1;
      if (addressee?.organisationId)
        await audit(
          trx,
          { orgId: addressee.organisationId, actor: 'system', lang: 'nl' },
          `hub.${draft.type}`,
          'hub_message',
          about.id,
          { systemMessageId: id },
        );
    }
    const purged = await purgeBodies(trx, addDays(today, -settings.retentionDays), today);
    return { ...counts, purged };
  });
}

/**
 * The job-registry handler (src/jobs/registry.ts). The sweep covers the whole hub, so the run of
 * the first organisation does the work and the others find nothing left (it is idempotent).
 */
export async function hubDeadlinesJob(
  database: Database,
  _scope: unknown,
  today: IsoDate,
): Promise<DeadlineRun> {
  return runHubDeadlines(database, today, hubSettings(loadConfig()));
}
