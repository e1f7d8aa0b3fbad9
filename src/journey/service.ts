import { withActorNames } from '../access/actor-names.ts';
import { type IsoDate, isIsoDate } from '../kernel/dates.ts';
import { CHANNELS, type Channel, isMilestone, type Milestone, milestoneLabel } from '../kernel/milestones.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { notFoundFile, visibleFile } from '../plans/file-service.ts';
import {
  completeTask as completeTaskRow,
  insertContactAttempt,
  insertMilestone,
  insertTask,
  journeyOf,
} from '../plans/journey-store.ts';
import { audit } from '../platform/audit.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { journeyMessages } from './messages.ts';
import { timeline as buildTimeline, type TimelineEntry } from './timeline.ts';

function invalid(scope: Scope, code: string, key: (typeof journeyMessages.keys)[number]): Failure {
  return failure('invalid', code, journeyMessages.text(scope.lang, key));
}

export async function recordMilestone(
  database: Database,
  scope: Scope,
  fileId: string,
  input: { milestone: string; on: IsoDate; note?: string },
): Promise<Result<{ milestone: Milestone }, Failure>> {
  if (!isMilestone(input.milestone)) return err(invalid(scope, 'unknown_milestone', 'unknownMilestone'));
  if (!isIsoDate(input.on)) return err(invalid(scope, 'invalid_date', 'invalidDate'));
  const milestone = input.milestone;
  return database.db.transaction().execute(async (trx) => {
    if (!(await visibleFile(trx, scope, fileId))) return err(notFoundFile(scope));
    await insertMilestone(trx, scope.orgId, fileId, {
      milestone,
      reachedOn: input.on,
      actor: scope.actor,
      note: input.note?.trim() || null,
    });
    await audit(trx, scope, 'journey.milestone', 'evs_file', fileId, { milestone });
    return ok({ milestone });
  });
}

export async function addContactAttempt(
  database: Database,
  scope: Scope,
  fileId: string,
  input: { channel: string; on: IsoDate; reached: boolean; note?: string },
): Promise<Result<{ id: string }, Failure>> {
  if (!(CHANNELS as readonly string[]).includes(input.channel)) {
    return err(invalid(scope, 'unknown_channel', 'unknownChannel'));
  }
  if (!isIsoDate(input.on)) return err(invalid(scope, 'invalid_date', 'invalidDate'));
  return database.db.transaction().execute(async (trx) => {
    if (!(await visibleFile(trx, scope, fileId))) return err(notFoundFile(scope));
    const r = await insertContactAttempt(trx, scope.orgId, fileId, {
      channel: input.channel as Channel,
      attemptedOn: input.on,
      reached: input.reached,
      note: input.note?.trim() || null,
      actor: scope.actor,
    });
    await audit(trx, scope, 'journey.contact', 'evs_file', fileId, {
      channel: input.channel,
      reached: input.reached,
    });
    return ok(r);
  });
}

export async function addTask(
  database: Database,
  scope: Scope,
  fileId: string,
  input: { title: string; due: IsoDate },
): Promise<Result<{ id: string }, Failure>> {
  if (input.title.trim() === '') return err(invalid(scope, 'title_required', 'titleRequired'));
  if (!isIsoDate(input.due)) return err(invalid(scope, 'invalid_date', 'invalidDate'));
  return database.db.transaction().execute(async (trx) => {
    if (!(await visibleFile(trx, scope, fileId))) return err(notFoundFile(scope));
    const id = await insertTask(trx, scope.orgId, fileId, {
      title: input.title.trim(),
      dueDate: input.due,
      sourceKey: null,
      createdBy: scope.actor,
    });
    if (!id) throw new Error('task without source key not inserted');
    await audit(trx, scope, 'journey.task_added', 'evs_file', fileId, { task: id });
    return ok({ id });
  });
}

export async function completeTask(
  database: Database,
  scope: Scope,
  taskId: string,
): Promise<Result<void, Failure>> {
  return database.db.transaction().execute(async (trx) => {
    const task = await trx
      .selectFrom('journey_tasks')
      .select('file_id')
      .where('organisation_id', '=', scope.orgId)
      .where('id', '=', taskId)
      .executeTakeFirst();
    if (!task || !(await visibleFile(trx, scope, task.file_id))) {
      return err(failure('not_found', 'unknown_task', journeyMessages.text(scope.lang, 'unknownTask')));
    }
    const fileId = await completeTaskRow(trx, scope.orgId, taskId, scope.actor);
    if (!fileId) return err(failure('conflict', 'task_done', journeyMessages.text(scope.lang, 'taskDone')));
    await audit(trx, scope, 'journey.task_done', 'evs_file', fileId, { task: taskId });
    return ok(undefined);
  });
}

/** The file's journey: current milestone, open tasks and one timeline of everything that happened. */
export async function fileJourney(
  database: Database,
  scope: Scope,
  fileId: string,
): Promise<
  Result<{ milestone: string; milestoneLabel: string; openTasks: number; timeline: TimelineEntry[] }, Failure>
> {
  const file = await visibleFile(database.db, scope, fileId);
  if (!file) return err(notFoundFile(scope));
  const j = await journeyOf(database.db, scope.orgId, fileId);
  const activities = await database.db
    .selectFrom('plan_activities as a')
    .innerJoin('plans as p', 'p.id', 'a.plan_id')
    .select([
      'a.type',
      'a.on_date as date',
      'a.date_time as at',
      'a.actor',
      'a.reason',
      'a.amount',
      'p.reference',
    ])
    .where('a.organisation_id', '=', scope.orgId)
    .where('p.file_id', '=', fileId)
    .execute();
  const reminders = await database.db
    .selectFrom('plan_reminders as r')
    .innerJoin('plans as p', 'p.id', 'r.plan_id')
    .select(['r.detected_on as date', 'r.created_at as at'])
    .where('r.organisation_id', '=', scope.orgId)
    .where('p.file_id', '=', fileId)
    .execute();
  return ok({
    milestone: file.milestone,
    milestoneLabel: isMilestone(file.milestone) ? milestoneLabel(file.milestone, scope.lang) : file.milestone,
    openTasks: j.tasks.filter((x) => x.status === 'open').length,
    timeline: await withActorNames(
      database.db,
      scope.orgId,
      buildTimeline({ ...j, activities, reminders }, scope.lang),
      scope.lang,
    ),
  });
}
