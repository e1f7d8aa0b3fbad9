import { type FormEvent, useRef, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatCount, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type StatementSummary, uploadStatement } from './api.ts';
import { paymentsText } from './messages.ts';

export function StatementUploadPage() {
  const { lang } = useI18n();
  const t = (key: Parameters<typeof paymentsText>[1], params?: Record<string, string | number>) =>
    paymentsText(lang, key, params);
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<StatementSummary | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setFileMissing(!file);
    if (!file) {
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    setProgress(0);
    try {
      setResult(await uploadStatement(file, lang, setProgress));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const status = busy ? t('upload.uploading') : result ? t('upload.done') : error ? t('upload.rejected') : '';
  const rows: [Parameters<typeof paymentsText>[1], string][] = result
    ? [
        ['result.lines', formatCount(result.lines, lang)],
        ['result.duplicates', formatCount(result.duplicates, lang)],
        ['result.matched', formatCount(result.matched, lang)],
        ['result.unmatched', formatCount(result.unmatched, lang)],
        ['result.allocated', formatEuro(result.allocated, lang)],
      ]
    : [];

  return (
    <>
      <PageTitle>{t('upload.title')}</PageTitle>
      <p>{t('upload.intro')}</p>
      <nav aria-label={t('nav.sub')}>
        <ul>
          <li>
            <a href="#/payments/unmatched">{t('nav.queue')}</a>
          </li>
          <li>
            <a href="#/payments/reconciliation">{t('nav.reconciliation')}</a>
          </li>
        </ul>
      </nav>
      <form className="import-form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="statement-file">{t('upload.file')}</label>
          {fileMissing && (
            <p id="statement-file-error" className="field-error">
              {t('upload.fileRequired')}
            </p>
          )}
          <input
            id="statement-file"
            ref={fileRef}
            type="file"
            accept=".cod,.coda,.txt,.xml,.053"
            aria-invalid={fileMissing || undefined}
            aria-describedby={fileMissing ? 'statement-file-error' : undefined}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('upload.submit')}
        </button>
      </form>
      {progress !== null && (
        <div className="field">
          <label htmlFor="statement-progress">{t('upload.progress')}</label>
          <progress id="statement-progress" max={100} value={Math.round(progress * 100)}>
            {Math.round(progress * 100)}%
          </progress>
        </div>
      )}
      <StatusMessage text={status} />
      <ErrorAlert error={error} />
      {result && (
        <section className="import-report" aria-label={t('upload.done')}>
          <dl className="counts">
            {rows.map(([key, value]) => (
              <div key={key}>
                <dt>{t(key)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {result.unmatched > 0 && <a href="#/payments/unmatched">{t('upload.toQueue')}</a>}
        </section>
      )}
    </>
  );
}
