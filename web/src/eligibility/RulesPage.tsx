import { type FormEvent, useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { loadRuleset, loadVersions, type RulesetVersion, saveRuleset } from './api.ts';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';

/** Parses the editor's text; the problem in the user's words when it is not JSON. */
export function parseDraft(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export function RulesPage() {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [versions, setVersions] = useState<RulesetVersion[]>([]);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = (signal?: AbortSignal) =>
    Promise.all([loadVersions(lang, signal), loadRuleset(lang, signal)])
      .then(([v, body]) => {
        setVersions(v.versions);
        setText(JSON.stringify(body, null, 2));
      })
      .catch((caught: unknown) => {
        if (!signal?.aborted) setError(caught);
      });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload only when the language changes
  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [lang]);

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setStatus('');
    const draft = parseDraft(text);
    if (!draft.ok) {
      setProblem(t('rules.invalidJson', { message: draft.message }));
      return;
    }
    setProblem(null);
    try {
      const saved = await saveRuleset(lang, draft.value);
      setStatus(t('rules.saved', { version: saved.version, date: formatDate(saved.effectiveFrom) }));
      await reload();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageTitle>{t('rules.title')}</PageTitle>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table aria-label={t('rules.versions')}>
          <thead>
            <tr>
              <th scope="col">{t('rules.version')}</th>
              <th scope="col">{t('rules.effectiveFrom')}</th>
              <th scope="col">{t('rules.active')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">v{v.version}</th>
                <td>{formatDate(v.effectiveFrom)}</td>
                <td>{v.active ? '✓' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form onSubmit={onSave}>
        <div className="field">
          <label htmlFor="ruleset-json">{t('rules.editor')}</label>
          <p id="ruleset-hint" className="hint">
            {t('rules.editorHint')}
          </p>
          <textarea
            id="ruleset-json"
            rows={24}
            cols={100}
            spellCheck={false}
            value={text}
            aria-describedby={problem ? 'ruleset-hint ruleset-error' : 'ruleset-hint'}
            aria-invalid={problem !== null}
            onChange={(e) => setText(e.target.value)}
          />
          {problem && (
            <p id="ruleset-error" className="field-error">
              {problem}
            </p>
          )}
        </div>
        <div className="inline-controls">
          <button type="submit">{t('rules.save')}</button>
          <a href="#/eligibility/what-if">{t('rules.whatIf')}</a>
        </div>
      </form>
      <StatusMessage text={status} />
      <div style={{ whiteSpace: 'pre-line' }}>
        <ErrorAlert error={error} />
      </div>
    </>
  );
}
