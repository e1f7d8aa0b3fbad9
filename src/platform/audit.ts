import type { Executor } from './db.ts';
import type { Scope } from './scope.ts';

/** Writes one audit event; call it with the same transaction as the change it records. */
export async function audit(
  db: Executor,
  scope: Scope,
  action: string,
  subjectType: string,
  subjectId: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      organisation_id: scope.orgId,
      actor: scope.actor,
      action,
      subject_type: subjectType,
      subject_id: subjectId,
      details: JSON.stringify(details),
    })
    .execute();
}
