import type { Db } from './db.ts';
import { runInOrganisation } from './tenant.ts';

/**
 * Staging tables without an organisation_id of their own: the column naming their parent row, whose
 * organisation they share (migration 0800 gives them the same policy).
 */
const PARENT_OF: Readonly<Record<string, { column: string; parent: 'claim_imports' }>> = {
  claim_import_rows: { column: 'import_id', parent: 'claim_imports' },
};

export class CrossOrganisationCopyError extends Error {}

/**
 * PostgreSQL refuses COPY FROM under row-level security, so bulk loads run as the owner. For a caller
 * confined to an organisation this passes the COPY text lines through only while each belongs to it:
 * its `organisation_id` is the caller's, or its parent row is one the caller can see.
 */
export async function* confinedCopyLines(
  db: Db,
  organisationId: string,
  table: string,
  columns: readonly string[],
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<string> {
  const orgColumn = columns.indexOf('organisation_id');
  const parent = PARENT_OF[table];
  const parentColumn = parent ? columns.indexOf(parent.column) : -1;
  if (orgColumn === -1 && parentColumn === -1) {
    throw new CrossOrganisationCopyError(
      `${table}: a bulk load for an organisation needs its organisation_id`,
    );
  }
  const lastNeeded = Math.max(orgColumn, parentColumn);
  const known = new Set<string>();
  for await (const chunk of lines) {
    for (const line of chunk.split('\n')) {
      if (line === '') continue;
      // Tabs inside values are escaped (copy-text.ts): splitting on them finds the columns.
      const fields = line.split('\t', lastNeeded + 1);
      if (orgColumn >= 0 && fields[orgColumn] !== organisationId) {
        throw new CrossOrganisationCopyError(`${table}: a row of another organisation`);
      }
      const parentId = fields[parentColumn];
      if (parent && parentId !== undefined && !known.has(parentId)) {
        const visible = await runInOrganisation(organisationId, () =>
          db.selectFrom(parent.parent).select('id').where('id', '=', parentId).executeTakeFirst(),
        );
        if (!visible)
          throw new CrossOrganisationCopyError(`${table}: a row for another organisation's ${parent.parent}`);
        known.add(parentId);
      }
    }
    yield chunk;
  }
}
