import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A polite live region: keep it mounted and change its text, so screen readers announce the change. */
export function StatusMessage({ text }: { text: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

/** An error from the server (or no server at all) or a form's own message, announced assertively. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (error === null || error === undefined) return null;
  let message: string;
  if (typeof error === 'string') {
    message = error; // a message of the form itself, already in the user's language
  } else if (error instanceof ApiError) {
    if (error.status === 0) message = t('error.network');
    else if (error.code === 'http') message = t('error.unexpected', { status: String(error.status) });
    else message = error.message;
  } else {
    message = t('error.unexpected', { status: '?' });
  }
  return (
    <div className="error-alert" role="alert">
      <strong>{t('error.prefix')}</strong> {message}
    </div>
  );
}
