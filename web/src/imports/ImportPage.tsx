import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type Department, type ImportOutcome, listDepartments, uploadClaims } from '../api/imports.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ImportReportView, outcomeSummary } from './ImportReportView.tsx';

interface FieldErrors {
  department?: boolean;
  file?: boolean;
}

export function ImportPage() {
  const { t, lang } = useI18n();
  const [departments, setDepartments] = useState<Department[] | null>(null);
  const [department, setDepartment] = useState('');
  const [partial, setPartial] = useState(false);
  const [dryRun, setDryRun] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<{ result: ImportOutcome; dryRun: boolean } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const departmentRef = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    listDepartments(controller.signal)
      .then(setDepartments)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, []);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const errors: FieldErrors = { department: department === '', file: !file };
    setFieldErrors(errors);
    if (errors.department) departmentRef.current?.focus();
    else if (errors.file) fileRef.current?.focus();
    if (!file || errors.department) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      const result = await uploadClaims({ department, file, partial, dryRun, lang });
      setOutcome({ result, dryRun });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const status = busy
    ? t('import.uploading')
    : outcome
      ? outcomeSummary(t, outcome.result, outcome.dryRun)
      : departments === null && error === null
        ? t('import.loadingDepartments')
        : '';

  return (
    <>
      <PageTitle>{t('import.title')}</PageTitle>
      <p>{t('import.intro')}</p>
      <form className="import-form stacked-form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="import-department">{t('import.department')}</label>
          {fieldErrors.department && (
            <p id="import-department-error" className="field-error">
              {t('import.departmentRequired')}
            </p>
          )}
          <select
            id="import-department"
            ref={departmentRef}
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
            aria-invalid={fieldErrors.department || undefined}
            aria-describedby={fieldErrors.department ? 'import-department-error' : undefined}
          >
            <option value="">{t('import.chooseDepartment')}</option>
            {(departments ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name} ({d.code})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <p id="import-file-hint" className="hint">
            {t('import.fileHint')}
          </p>
          {fieldErrors.file && (
            <p id="import-file-error" className="field-error">
              {t('import.fileRequired')}
            </p>
          )}
          <input
            id="import-file"
            ref={fileRef}
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fieldErrors.file || undefined}
            aria-describedby={fieldErrors.file ? 'import-file-error import-file-hint' : 'import-file-hint'}
          />
        </div>
        <fieldset className="field">
          <legend>{t('import.options')}</legend>
          <div className="checkbox">
            <input
              id="import-partial"
              type="checkbox"
              checked={partial}
              onChange={(e) => setPartial(e.target.checked)}
            />
            <label htmlFor="import-partial">{t('import.partial')}</label>
          </div>
          <div className="checkbox">
            <input
              id="import-dry-run"
              type="checkbox"
              checked={dryRun}
              onChange={(e) => setDryRun(e.target.checked)}
            />
            <label htmlFor="import-dry-run">{t('import.dryRun')}</label>
          </div>
        </fieldset>
        <button type="submit" disabled={busy}>
          {t('import.submit')}
        </button>
      </form>
      <StatusMessage text={status} />
      <ErrorAlert error={error} />
      {outcome && <ImportReportView outcome={outcome.result} />}
    </>
  );
}
