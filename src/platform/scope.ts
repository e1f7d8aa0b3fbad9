export type Lang = 'nl' | 'en';

/**
 * Who acts, for which organisation. Every service call takes one; every store query is scoped
 * to `orgId`. Access (src/access) builds it from a session or token; the CLI from its operator.
 */
export interface Scope {
  readonly orgId: string;
  /** Audit label of the actor: `user:<id>`, `token:<id>`, `cli`, `system`. */
  readonly actor: string;
  readonly lang: Lang;
}
