import type { FastifyRequest } from 'fastify';
import type { AccessRule } from './roles.ts';

/**
 * What a route declares and notes for the access check. The check itself (authentication, roles,
 * narrowing, the access log) is src/access/hooks.ts, registered by the composition root: routes of every
 * capability speak this vocabulary without importing the access capability.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (platform/roles.ts). Every /api/v1 route must declare it. */
    access?: AccessRule;
  }
  interface FastifyInstance {
    /** Every /api/v1 route with its access declaration, in registration order (tests walk it). */
    accessRoutes: DeclaredRoute[];
  }
  interface FastifyRequest {
    /** Debtors whose data this request read or changed, for the access log. */
    accessSubjects: string[];
  }
}

export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly rule: AccessRule;
}

/** Optional header naming why personal data is read; written to the access log. */
export const PURPOSE_HEADER = 'x-evs-purpose';

/** Handlers call this with every debtor whose data they return or change. */
export function noteSubjects(request: FastifyRequest, debtorIds: readonly string[]): void {
  request.accessSubjects.push(...debtorIds);
}
