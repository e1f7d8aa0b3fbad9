import { useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { loadRuleset, loadVersions, type RulesetVersion } from './api.ts';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';
import { RulesetEditor } from './RulesetEditor.tsx';

/** The versions of the ruleset and the editor of the latest one (form, JSON one click away, what-if). */
export function RulesPage() {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [versions, setVersions] = useState<RulesetVersion[]>([]);
  const [latest, setLatest] = useState<{ body: unknown; key: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');

  const reload = (signal?: AbortSignal) =>
    Promise.all([loadVersions(lang, signal), loadRuleset(lang, signal)])
      .then(([v, body]) => {
        setVersions(v.versions);
        setLatest((old) => ({ body, key: (old?.key ?? 0) + 1 }));
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
      <StatusMessage text={saved} />
      <ErrorAlert error={error} />
      {latest && (
        <RulesetEditor
          key={latest.key}
          initial={latest.body}
          canSave
          onSaved={(message) => {
            setSaved(message);
            void reload();
          }}
        />
      )}
    </>
  );
}
