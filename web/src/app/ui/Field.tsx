import type { ReactNode } from 'react';

/**
 * A form field as the visual language wants it: the label above the input, an optional hint under the
 * label, the error under the field. `id` is the input's id; the input itself is the child, and should
 * carry `aria-describedby={describedBy(id, …)}`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The ids a field's input is described by: its hint and, when shown, its error. */
export function describedBy(id: string, has: { hint?: boolean; error?: boolean }): string | undefined {
  const ids = [has.hint ? `${id}-hint` : '', has.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
