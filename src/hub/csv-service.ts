import { insertAccessLog } from '../access/access-log-store.ts';
import type { IsoDate } from '../kernel/dates.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { actingParticipant } from './acting-service.ts';
import { type CsvRowError, parseCsvBatch } from './csv-batch.ts';
import { renderCsvBatch } from './csv-render.ts';
import { missingKey, unknownMessage } from './failures.ts';
import { hubMessages } from './hub-messages.ts';
import { confirmMessages, type Opener } from './inbox-service.ts';
import { decryptBody } from './io-crypto.ts';
import type { HubSettings } from './io-keys.ts';
import { isMessageType, type MessageType } from './message-schemas.ts';
import { HUB_SENDER, type MessageSummary } from './message-view.ts';
import type { HubMessage } from './messages.ts';
import { participantsByIds, participantsOfScope } from './participants-store.ts';
import { sendBatch } from './service.ts';
import { findDownload, inboxRows, insertDownload, markDownloadConfirmed, markFetched } from './store.ts';

const unknownType = (lang: Lang, type: string) =>
  failure('invalid', 'hub_unknown_type', hubMessages.text(lang, 'unknownType', { type }));

const rejected = (lang: Lang, errors: readonly CsvRowError[]): Failure =>
  failure(
    'invalid',
    'hub_csv_rejected',
    hubMessages.text(lang, 'csvRejected', { count: errors.length }),
    errors,
  );

/** Upload a CSV batch of one type: every message is sent, or none (every error listed). */
export async function uploadCsvBatch(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  as: string | undefined,
  type: string,
  file: Uint8Array,
  today: IsoDate,
): Promise<Result<MessageSummary[], Failure>> {
  const lang = scope.lang;
  if (!isMessageType(type)) return err(unknownType(lang, type));
  const parsed = parseCsvBatch(type, file, lang);
  if (!parsed.ok)
    return err(
      file.byteLength > 4 * 1024 * 1024 ? tooLarge(lang, parsed.error) : rejected(lang, parsed.error),
    );
  const drafts = parsed.value;
  const sent = await sendBatch(
    database,
    settings,
    scope,
    as,
    drafts.map((d) => ({ type, ...d.envelope, body: d.body })),
    today,
  );
  if (sent.ok) return sent;
  if (!Array.isArray(sent.error)) return err(sent.error);
  return err(
    rejected(
      lang,
      sent.error.map((f) => ({
        row: drafts[f.index]?.rows[0] ?? 0,
        column: null,
        message: f.failure.message,
      })),
    ),
  );
}

const tooLarge = (lang: Lang, errors: readonly CsvRowError[]): Failure =>
  failure(
    'too_large',
    'hub_csv_too_large',
    errors[0]?.message ?? hubMessages.text(lang, 'csvTooLarge'),
    errors,
  );

export interface Download {
  readonly id: string;
  readonly count: number;
  readonly csv: string;
}

/**
 * Download the unconfirmed messages of one type as CSV: they count as fetched (and each body open
 * is logged); confirming the download confirms them all, like single messages.
 */
export async function downloadCsvBatch(
  database: Database,
  settings: HubSettings,
  scope: Scope,
  as: string | undefined,
  type: string,
  today: IsoDate,
  opener: Opener,
): Promise<Result<Download, Failure>> {
  const lang = scope.lang;
  if (!isMessageType(type)) return err(unknownType(lang, type));
  const me = await actingParticipant(database.db, scope, as);
  if (!me.ok) return me;
  const rows = await inboxRows(database.db, [me.value.id], today, type);
  const parties = await participantsByIds(
    database.db,
    rows.flatMap((r) => (r.sender_id ? [r.sender_id] : [])),
  );
  const messages: HubMessage<MessageType>[] = [];
  for (const row of rows) {
    if (row.body_cipher === null || row.body_key_org === null) continue;
    const key = settings.keyOf(row.body_key_org);
    if (!key.ok) return err(missingKey(lang));
    const plain = decryptBody(row.body_cipher, key.value, row.id);
    if (!plain.ok) throw new Error(`hub message ${row.id}: body cannot be decrypted (${plain.error.code})`);
    messages.push({
      id: row.id,
      conversationId: row.conversation_id,
      type: type as MessageType,
      sender: (row.sender_id && parties.get(row.sender_id)?.code) || HUB_SENDER,
      recipient: me.value.code,
      debtorReference: row.debtor_reference,
      inReplyTo: row.in_reply_to,
      urgent: row.urgent,
      sentAt: new Date(row.sent_at).toISOString(),
      body: JSON.parse(plain.value),
    });
  }
  const csv = renderCsvBatch(type, messages as HubMessage<typeof type>[]);
  const ids = messages.map((m) => m.id);
  const id = await database.db.transaction().execute(async (trx) => {
    await markFetched(trx, ids);
    await insertAccessLog(
      trx,
      rows
        .filter((r) => ids.includes(r.id))
        .map((r) => ({
          orgId: scope.orgId,
          actor: scope.actor,
          actorRole: opener.role,
          subjectDebtorId: r.debtor_id,
          action: 'hub.message.open',
          purpose: opener.purpose,
          requestId: opener.requestId,
        })),
    );
    const downloadId = await insertDownload(trx, me.value.id, type, ids, scope.actor);
    await audit(trx, scope, 'hub.csv.downloaded', 'hub_download', downloadId, { type, count: ids.length });
    return downloadId;
  });
  return ok({ id, count: ids.length, csv });
}

export async function confirmDownload(
  database: Database,
  scope: Scope,
  downloadId: string,
  today: IsoDate,
): Promise<Result<{ confirmed: number }, Failure>> {
  const download = await findDownload(database.db, downloadId);
  const mine = await participantsOfScope(database.db, scope);
  if (!download || !mine.some((p) => p.id === download.participant_id))
    return err(unknownMessage(scope.lang));
  const r = await confirmMessages(database, scope, download.message_ids, today);
  if (r.ok) await markDownloadConfirmed(database.db, downloadId);
  return r;
}
