import { type KeyboardEvent, useState } from 'react';
import { formatOgm } from '#kernel/ogm.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type FoundPlan, searchPlans } from './api.ts';
import { paymentsText } from './messages.ts';

/**
 * Finds any running plan by OGM (any notation, or a part) or debtor name and offers the hits as radio
 * buttons in the caller's group. Lives inside the assign form, so it has a plain button, not a form.
 */
export function PlanSearch({
  idPrefix,
  group,
  selected,
  onSelect,
}: {
  idPrefix: string;
  group: string;
  selected: string;
  onSelect: (planId: string) => void;
}) {
  const { lang } = useI18n();
  const t = (key: Parameters<typeof paymentsText>[1], params?: Record<string, string | number>) =>
    paymentsText(lang, key, params);
  const [text, setText] = useState('');
  const [found, setFound] = useState<FoundPlan[] | null>(null);
  const [searched, setSearched] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const plans = await searchPlans(text, lang);
      setFound(plans);
      setSearched(text.trim());
      const first = plans[0];
      if (plans.length === 1 && first) onSelect(first.id);
    } catch (caught) {
      setFound(null);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // Enter searches here instead of submitting the assignment
    void run();
  };
  const reference = (digits: string) => {
    try {
      return formatOgm(digits);
    } catch {
      return digits;
    }
  };

  return (
    <div className="plan-search">
      <div className="field">
        <label htmlFor={`${idPrefix}-search`}>{t('search.label')}</label>
        <input
          id={`${idPrefix}-search`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <button type="button" onClick={() => void run()} disabled={busy}>
        {t('search.submit')}
      </button>
      <StatusMessage
        text={
          found === null
            ? ''
            : found.length === 0
              ? t('search.none', { text: searched })
              : t('search.count', { count: found.length })
        }
      />
      <ErrorAlert error={error} />
      {found !== null && found.length > 0 && (
        <fieldset>
          <legend>{t('search.results')}</legend>
          {found.map((p) => (
            <div className="checkbox" key={p.id}>
              <input
                type="radio"
                id={`${idPrefix}-found-${p.id}`}
                name={group}
                value={p.id}
                checked={selected === p.id}
                onChange={() => onSelect(p.id)}
              />
              <label htmlFor={`${idPrefix}-found-${p.id}`}>
                {t('search.option', {
                  name: p.debtorName,
                  reference: reference(p.reference),
                  open: formatEuro(p.open, lang),
                })}
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}
