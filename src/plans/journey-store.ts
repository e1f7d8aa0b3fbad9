import type { Channel, Milestone } from '../kernel/milestones.ts';
import type { Executor } from '../platform/db.ts';

export async function insertMilestone(
  db: Executor,
  orgId: string,
  fileId: string,
  m: { milestone: Milestone; reachedOn: string; actor: string; note: string | null },
): Promise<void> {
  await db
    .insertInto('journey_milestones')
    .values({
      organisation_id: orgId,
      file_id: fileId,
      milestone: m.milestone,
      reached_on: m.reachedOn,
      actor: m.actor,
      note: m.note,
    })
    .execute();
  await db
    .updateTable('evs_files')
    .set({ milestone: m.milestone })
    .where('organisation_id', '=', orgId)
    .where('id', '=', fileId)
    .execute();
}

export async function insertContactAttempt(
  db: Executor,
  orgId: string,
  fileId: string,
  c: { channel: Channel; attemptedOn: string; reached: boolean; note: string | null; actor: string },
) {
  return db
    .insertInto('contact_attempts')
    .values({
      organisation_id: orgId,
      file_id: fileId,
      channel: c.channel,
      attempted_on: c.attemptedOn,
      reached: c.reached,
      note: c.note,
      actor: c.actor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Inserts a task; with a `sourceKey` at most once (automatic tasks stay idempotent). */
export async function insertTask(
  db: Executor,
  orgId: string,
  fileId: string,
  task: { title: string; dueDate: string; sourceKey: string | null; createdBy: string },
): Promise<string | null> {
  const r = await db
    .insertInto('journey_tasks')
    .values({
      organisation_id: orgId,
      file_id: fileId,
      title: task.title,
      due_date: task.dueDate,
      source_key: task.sourceKey,
      created_by: task.createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'source_key']).where('source_key', 'is not', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

export async function completeTask(
  db: Executor,
  orgId: string,
  id: string,
  by: string,
): Promise<string | null> {
  const r = await db
    .updateTable('journey_tasks')
    .set({ status: 'done', done_at: new Date(), done_by: by })
    .where('organisation_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning('file_id')
    .executeTakeFirst();
  return r?.file_id ?? null;
}

export async function journeyOf(db: Executor, orgId: string, fileId: string) {
  const [milestones, contacts, tasks] = await Promise.all([
    db
      .selectFrom('journey_milestones')
      .select(['id', 'milestone', 'reached_on as date', 'actor', 'note', 'created_at as at'])
      .where('organisation_id', '=', orgId)
      .where('file_id', '=', fileId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('contact_attempts')
      .select(['id', 'channel', 'attempted_on as date', 'reached', 'actor', 'note', 'created_at as at'])
      .where('organisation_id', '=', orgId)
      .where('file_id', '=', fileId)
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('journey_tasks')
      .select([
        'id',
        'title',
        'due_date as dueDate',
        'status',
        'created_by as actor',
        'created_at as at',
        'done_at as doneAt',
      ])
      .where('organisation_id', '=', orgId)
      .where('file_id', '=', fileId)
      .orderBy('due_date')
      .execute(),
  ]);
  return { milestones, contacts, tasks };
}
