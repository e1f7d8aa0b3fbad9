import { type FormEvent, useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { loadRuleset, runWhatIf, type WhatIfReport } from './api.ts';
import { type EligibilityMessageKey, eligibilityText, PROFILES } from './messages.ts';
import { parseDraft } from './RulesPage.tsx';
import { WhatIfChart } from './WhatIfChart.tsx';

export function WhatIfPage() {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [report, setReport] = useState<WhatIfReport | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [csvUrl, setCsvUrl] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    loadRuleset(lang, controller.signal)
      .then((body) => setText((current) => current || JSON.stringify(body, null, 2)))
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [lang]);
  useEffect(() => () => (csvUrl ? URL.revokeObjectURL(csvUrl) : undefined), [csvUrl]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const draft = parseDraft(text);
    if (!draft.ok) {
      setProblem(eligibilityText(lang, 'rules.invalidJson', { message: draft.message }));
      return;
    }
    setProblem(null);
    setError(null);
    setStatus(t('whatif.busy'));
    try {
      const r = await runWhatIf(lang, draft.value, date);
      setReport(r);
      setCsvUrl(URL.createObjectURL(new Blob([toCsv(r)], { type: 'text/csv' })));
      setStatus(
        t('whatif.done', {
          date: formatDate(r.date),
          version: r.activeVersion,
          became: r.becameEligible,
          lost: r.lostEligibility,
        }),
      );
    } catch (caught) {
      setStatus('');
      setError(caught);
    }
  };

  const profile = (p: string) => t(`profile.${p}` as EligibilityMessageKey);
  const sum = (side: 'active' | 'draft', field: 'people' | 'openCents') =>
    PROFILES.reduce((s, p) => s + (report?.[side][p]?.[field] ?? 0), 0);
  return (
    <>
      <PageTitle>{t('whatif.title')}</PageTitle>
      <p>{t('whatif.intro')}</p>
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="whatif-json">{t('whatif.draft')}</label>
          <textarea
            id="whatif-json"
            rows={16}
            cols={100}
            spellCheck={false}
            value={text}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'whatif-error' : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {problem && (
            <p id="whatif-error" className="field-error">
              {problem}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="whatif-date">{t('whatif.date')}</label>
          <input id="whatif-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <button type="submit">{t('whatif.submit')}</button>
      </form>
      <StatusMessage text={status} />
      <div style={{ whiteSpace: 'pre-line' }}>
        <ErrorAlert error={error} />
      </div>
      {report && (
        <section aria-labelledby="whatif-result">
          <h2 id="whatif-result">{t('whatif.perProfile')}</h2>
          <div
            className="table-wrap"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
            tabIndex={0}
          >
            <table aria-label={t('whatif.perProfile')}>
              <thead>
                <tr>
                  <th scope="col">{t('whatif.profile')}</th>
                  <th scope="col" className="num">
                    {t('whatif.activePeople')}
                  </th>
                  <th scope="col" className="num">
                    {t('whatif.draftPeople')}
                  </th>
                  <th scope="col" className="num">
                    {t('whatif.activeOpen')}
                  </th>
                  <th scope="col" className="num">
                    {t('whatif.draftOpen')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {PROFILES.map((p) => (
                  <tr key={p}>
                    <th scope="row">{profile(p)}</th>
                    <td className="num">{report.active[p]?.people ?? 0}</td>
                    <td className="num">{report.draft[p]?.people ?? 0}</td>
                    <td className="num">{formatEuro(report.active[p]?.openCents ?? 0, lang)}</td>
                    <td className="num">{formatEuro(report.draft[p]?.openCents ?? 0, lang)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('whatif.total')}</th>
                  <td className="num">{sum('active', 'people')}</td>
                  <td className="num">{sum('draft', 'people')}</td>
                  <td className="num">{formatEuro(sum('active', 'openCents'), lang)}</td>
                  <td className="num">{formatEuro(sum('draft', 'openCents'), lang)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <WhatIfChart report={report} />
          <h2>{t('whatif.moves')}</h2>
          <div
            className="table-wrap"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
            tabIndex={0}
          >
            <table aria-label={t('whatif.moves')}>
              <thead>
                <tr>
                  <th scope="col">{t('whatif.from')}</th>
                  <th scope="col">{t('whatif.to')}</th>
                  <th scope="col" className="num">
                    {t('whatif.people')}
                  </th>
                  <th scope="col" className="num">
                    {t('whatif.openAmount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.moves
                  .filter((m) => m.from !== m.to && m.people > 0)
                  .map((m) => (
                    <tr key={`${m.from}-${m.to}`}>
                      <th scope="row">{profile(m.from)}</th>
                      <td>{profile(m.to)}</td>
                      <td className="num">{m.people}</td>
                      <td className="num">{formatEuro(m.openCents, lang)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {csvUrl && (
            <p>
              <a href={csvUrl} download={`what-if-${report.date}.csv`}>
                {t('whatif.csv')}
              </a>
            </p>
          )}
        </section>
      )}
    </>
  );
}

/** The same CSV as the API's `?format=csv`, built from the report already on screen. */
function toCsv(r: WhatIfReport): string {
  const euros = (cents: number) => (cents / 100).toFixed(2);
  const lines = ['section;profile;to_profile;people;open_eur;eligible'];
  for (const [section, tallies] of [
    ['active', r.active],
    ['draft', r.draft],
  ] as const)
    for (const p of PROFILES) {
      const x = tallies[p];
      lines.push([section, p, '', x?.people ?? 0, euros(x?.openCents ?? 0), x?.eligible ?? 0].join(';'));
    }
  for (const m of r.moves) lines.push(['move', m.from, m.to, m.people, euros(m.openCents), ''].join(';'));
  return `${lines.join('\r\n')}\r\n`;
}
