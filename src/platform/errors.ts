/** Expected failures of a use case; one mapper (http.ts) turns them into status codes. */
export type FailureKind =
  | 'invalid'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'unauthenticated'
  | 'too_large';

export interface Failure {
  readonly kind: FailureKind;
  /** Stable, machine-readable code, e.g. `unknown_department`. */
  readonly code: string;
  /** Already in the user's language. */
  readonly message: string;
  readonly details?: unknown;
}

export const failure = (kind: FailureKind, code: string, message: string, details?: unknown): Failure => ({
  kind,
  code,
  message,
  ...(details === undefined ? {} : { details }),
});

export const statusOf: Record<FailureKind, number> = {
  invalid: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unauthenticated: 401,
  too_large: 413,
};
