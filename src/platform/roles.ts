/** Roles and route access declarations. Pure: the central hook (hooks.ts) applies them. */

export const ROLES = ['admin', 'finance', 'clerk', 'social_worker', 'auditor', 'policy', 'citizen'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF: readonly Role[] = ['admin', 'finance', 'clerk', 'social_worker', 'auditor', 'policy'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * What a route declares in `config.access`. A route under /api/v1 without one is refused.
 * - `public`: no login needed (login itself, OIDC callback).
 * - `authenticated`: any signed-in user or token whose action list holds `action`.
 * - `roles`: users holding one of these roles; API tokens need `action` in their action list.
 * - `personalData`: the route reads or changes a person's data: each success is written to the access log.
 * - `debtorParam`: the route parameter that names a debtor; social workers and citizens are checked against it.
 */
export type AccessRule =
  | { readonly public: true }
  | {
      readonly public?: false;
      readonly roles: readonly Role[] | 'authenticated';
      readonly action: string;
      readonly personalData?: 'read' | 'write';
      readonly debtorParam?: string;
      /** Sessions only: API tokens may not call it (e.g. change password). */
      readonly sessionOnly?: boolean;
    };

export interface Principal {
  readonly kind: 'user' | 'token';
  readonly roles: readonly Role[];
  /** For tokens: the actions they were granted. */
  readonly actions: readonly string[];
}

/**
 * The role a principal acts in for a rule: the most generous of its roles (in `ROLES` order) that the
 * rule allows; `token` for an API token granted the action; null when refused.
 */
export function allowedRole(
  rule: Exclude<AccessRule, { public: true }>,
  principal: Principal,
): string | null {
  if (principal.kind === 'token') {
    if (rule.sessionOnly) return null;
    return principal.actions.includes(rule.action) ? 'token' : null;
  }
  const allowed = rule.roles;
  return (
    ROLES.find((r) => principal.roles.includes(r) && (allowed === 'authenticated' || allowed.includes(r))) ??
    null
  );
}

/** How the role acted in narrows what is visible: by department, by consent, or to one's own file. */
export function narrowing(role: string): 'none' | 'departments' | 'consented' | 'own' {
  if (role === 'clerk' || role === 'token') return 'departments';
  if (role === 'social_worker') return 'consented';
  if (role === 'citizen') return 'own';
  return 'none';
}
