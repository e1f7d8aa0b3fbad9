import { err, ok, type Result } from '../kernel/result.ts';
import type { Database, Trx } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Scope } from '../platform/scope.ts';
import { notAParticipant } from './failures.ts';
import { hubMessages } from './hub-messages.ts';
import { type Participant, participantsOfScope } from './participants-store.ts';

/** The participant the actor sends as: `as` (a code), or its only participant. */
export async function actingParticipant(
  db: Trx | Database['db'],
  scope: Scope,
  as: string | undefined,
): Promise<Result<Participant, Failure>> {
  const mine = await participantsOfScope(db, scope);
  if (as !== undefined) {
    const chosen = mine.find((p) => p.code === as);
    return chosen ? ok(chosen) : err(notAParticipant(scope.lang));
  }
  if (mine.length === 1 && mine[0]) return ok(mine[0]);
  if (mine.length === 0) return err(notAParticipant(scope.lang));
  return err(
    failure(
      'invalid',
      'hub_choose_participant',
      hubMessages.text(scope.lang, 'chooseParticipant', { codes: mine.map((p) => p.code).join(', ') }),
    ),
  );
}
