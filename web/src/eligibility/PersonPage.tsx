import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type Explanation, loadExplanation, loadOutcome, type Outcome } from './api.ts';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';

/** The outcome for everyone allowed; the explanation only when the server allows this role to open it. */
export function PersonPage({ id }: { id: string }) {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [explanation, setExplanation] = useState<Explanation | null | 'forbidden'>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    loadOutcome(lang, id, controller.signal)
      .then(setOutcome)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    loadExplanation(lang, id, controller.signal)
      .then(setExplanation)
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        if (caught instanceof ApiError && caught.status === 403) setExplanation('forbidden');
        else setError(caught);
      });
    return () => controller.abort();
  }, [id, lang]);

  const e = explanation !== null && explanation !== 'forbidden' ? explanation.explanation : null;
  return (
    <>
      <PageTitle>{t('person.title')}</PageTitle>
      <ErrorAlert error={error} />
      {outcome && (
        <dl className="details">
          <dt>{t('person.eligible')}</dt>
          <dd>{outcome.eligible ? t('person.yes') : t('person.no')}</dd>
          <dt>{t('person.profile')}</dt>
          <dd>{t(`profile.${outcome.profile}` as EligibilityMessageKey)}</dd>
          <dt>{t('person.since')}</dt>
          <dd>{formatDate(outcome.since)}</dd>
          <dt>{t('person.evaluatedOn')}</dt>
          <dd>{formatDate(outcome.evaluatedOn)}</dd>
        </dl>
      )}
      {explanation === 'forbidden' && <p>{t('person.noExplanation')}</p>}
      {e && explanation !== null && explanation !== 'forbidden' && (
        <section aria-labelledby="why">
          <h2 id="why">{t('person.why')}</h2>
          <p>
            {t('person.score', {
              score: e.score,
              gering: e.thresholds.GeringeAfbetaalmogelijkheid.minScore,
              onvermogend: e.thresholds.Onvermogend.minScore,
              id: e.rulesetId,
              version: e.version,
              date: formatDate(e.evaluationDate),
            })}
          </p>
          <p>{t('person.eligibility', { detail: e.eligibility.detail })}</p>
          {explanation.recomputed && <p className="hint">{t('person.recomputed')}</p>}
          <div
            className="table-wrap"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
            tabIndex={0}
          >
            <table aria-label={t('person.conditions')}>
              <thead>
                <tr>
                  <th scope="col">{t('person.parameter')}</th>
                  <th scope="col">{t('person.met')}</th>
                  <th scope="col" className="num">
                    {t('person.weight')}
                  </th>
                  <th scope="col">{t('person.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {e.conditions.map((c) => (
                  <tr key={c.parameter}>
                    <th scope="row">{c.parameter}</th>
                    <td>{c.met ? t('person.yes') : t('person.no')}</td>
                    <td className="num">{c.weight}</td>
                    <td>{c.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div
            className="table-wrap"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
            tabIndex={0}
          >
            <table aria-label={t('person.facts')}>
              <thead>
                <tr>
                  <th scope="col">{t('person.kind')}</th>
                  <th scope="col">{t('person.code')}</th>
                  <th scope="col">{t('person.source')}</th>
                  <th scope="col">{t('person.period')}</th>
                </tr>
              </thead>
              <tbody>
                {e.factsUsed.map((f) => (
                  <tr key={`${f.kind}-${f.code}-${f.source}-${f.period.from}`}>
                    <th scope="row">{f.kind}</th>
                    <td>{f.code}</td>
                    <td>{f.source}</td>
                    <td>
                      {formatDate(f.period.from)} – {f.period.to ? formatDate(f.period.to) : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
