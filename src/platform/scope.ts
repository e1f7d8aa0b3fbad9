export type { Lang } from '../kernel/i18n.ts';

import type { Lang } from '../kernel/i18n.ts';

/**
 * Who acts, for which organisation. Every service call takes one; every store query is scoped
 * to `orgId`. Access (src/access/hooks.ts) builds it from a session or token; the CLI from its operator.
 *
 * The optional fields narrow what the actor sees. HTTP requests always get them from the access
 * hook; a scope without them is the local operator or a job (CLI, demo loader) and sees the whole
 * organisation.
 */
export interface Scope {
  readonly orgId: string;
  /** Audit label of the actor: `user:<id>`, `token:<id>`, `cli`, `system`. */
  readonly actor: string;
  readonly lang: Lang;
  /** The user behind a session; null for API tokens. */
  readonly userId?: string | null;
  /** Roles of the user (see src/access/roles.ts); a token acts with the pseudo-role `token`. */
  readonly roles?: readonly string[];
  /** Set for a clerk or a department token: only claims of these departments are visible. */
  readonly departmentIds?: readonly string[];
  /** Set for a social worker (consented debtors) or a citizen (their own): only these debtors are visible. */
  readonly debtorIds?: readonly string[];
}
