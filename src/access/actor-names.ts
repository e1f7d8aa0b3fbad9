import type { Executor } from '../platform/db.ts';
import type { Lang } from '../platform/scope.ts';
import { accessMessages } from './messages.ts';

/**
 * Screens show people, not ids: the audit label of an actor (`user:<id>`, `token:<id>`, `cli`,
 * `system`) becomes the user's display name or the token's name, and a debtor id the person's name.
 * Ids stay in the API next to the names (backwards compatible) and in exports.
 */
export async function actorNames(
  db: Executor,
  orgId: string,
  actors: readonly string[],
  lang: Lang,
): Promise<Map<string, string>> {
  const ids = (kind: string) =>
    [...new Set(actors.filter((a) => a.startsWith(`${kind}:`)).map((a) => a.slice(kind.length + 1)))].filter(
      (id) => UUID.test(id),
    );
  const names = new Map<string, string>();
  const userIds = ids('user');
  if (userIds.length > 0) {
    const users = await db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('organisation_id', '=', orgId)
      .where('id', 'in', userIds)
      .execute();
    for (const u of users) names.set(`user:${u.id}`, u.display_name);
  }
  const tokenIds = ids('token');
  if (tokenIds.length > 0) {
    const tokens = await db
      .selectFrom('api_tokens')
      .select(['id', 'name'])
      .where('organisation_id', '=', orgId)
      .where('id', 'in', tokenIds)
      .execute();
    for (const t of tokens)
      names.set(`token:${t.id}`, accessMessages.text(lang, 'actorToken', { name: t.name }));
  }
  for (const a of actors) {
    if (names.has(a)) continue;
    if (a === 'system') names.set(a, accessMessages.text(lang, 'actorSystem'));
    else if (a === 'cli') names.set(a, accessMessages.text(lang, 'actorCli'));
    else if (/^(user|token):/.test(a)) names.set(a, accessMessages.text(lang, 'actorRemoved'));
    else names.set(a, a); // a label such as the demo loader's, not an id
  }
  return names;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The rows with `actorName` beside their `actor`. */
export async function withActorNames<T extends { actor: string }>(
  db: Executor,
  orgId: string,
  rows: readonly T[],
  lang: Lang,
): Promise<(T & { actorName: string })[]> {
  const names = await actorNames(
    db,
    orgId,
    rows.map((r) => r.actor),
    lang,
  );
  return rows.map((r) => ({ ...r, actorName: names.get(r.actor) ?? r.actor }));
}

/** Names of debtors by id (within the organisation). */
export async function debtorNames(
  db: Executor,
  orgId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('debtors')
    .select(['id', 'name'])
    .where('organisation_id', '=', orgId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
