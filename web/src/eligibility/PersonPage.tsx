import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type Explanation, loadExplanation, loadOutcome, type Outcome } from './api.ts';
import { ExplanationSection } from './ExplanationSection.tsx';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';
import type { ExplanationSentences } from './worklist-api.ts';

type Explained = Explanation;

/** The outcome for everyone allowed; the explanation only when the server allows this role to open it. */
export function PersonPage({ id }: { id: string }) {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [explanation, setExplanation] = useState<Explained | null | 'forbidden'>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    loadOutcome(lang, id, controller.signal)
      .then(setOutcome)
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    loadExplanation(lang, id, controller.signal)
      .then((r) => setExplanation(r))
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        if (caught instanceof ApiError && caught.status === 403) setExplanation('forbidden');
        else setError(caught);
      });
    return () => controller.abort();
  }, [id, lang]);

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
      {explanation !== null && explanation !== 'forbidden' && (
        <section aria-labelledby="why">
          <h2 id="why">{t('person.why')}</h2>
          <ExplanationSection
            sentences={explanation.sentences}
            recomputed={explanation.recomputed}
            matchesDecision={explanation.matchesDecision}
          />
        </section>
      )}
    </>
  );
}
