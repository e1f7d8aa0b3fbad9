import { type FormEvent, useState } from 'react';
import { parseAmount } from '#kernel/money.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { navigate } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { proposePlan } from './api.ts';
import { plansText } from './messages.ts';

/** Voorstel with a chosen monthly amount or number of months. */
export function ProposeForm({ fileId }: { fileId: string }) {
  const { lang } = useI18n();
  const t = (k: Parameters<typeof plansText>[1]) => plansText(lang, k);
  const [monthly, setMonthly] = useState('');
  const [months, setMonths] = useState('');
  const [firstDue, setFirstDue] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const amount = monthly.trim() === '' ? null : parseAmount(monthly);
    const count = months.trim() === '' ? null : Number(months);
    if ((amount === null && count === null) || (amount !== null && !amount.ok)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      const r = await proposePlan({
        fileId,
        ...(amount?.ok ? { monthly: amount.value } : { months: count }),
        ...(firstDue ? { firstDue } : {}),
      });
      navigate(`/plans/${r.planId}`);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section className="panel" aria-labelledby="propose-title">
      <h2 id="propose-title">{t('propose.title')}</h2>
      <ErrorAlert error={error} />
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="propose-monthly">{t('propose.monthly')}</label>
          <input
            id="propose-monthly"
            inputMode="decimal"
            value={monthly}
            onChange={(e) => setMonthly(e.target.value)}
            aria-invalid={missing}
            aria-describedby={missing ? 'propose-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="propose-months">{t('propose.months')}</label>
          <input
            id="propose-months"
            inputMode="numeric"
            value={months}
            onChange={(e) => setMonths(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="propose-first-due">{t('propose.firstDue')}</label>
          <input
            id="propose-first-due"
            type="date"
            value={firstDue}
            onChange={(e) => setFirstDue(e.target.value)}
          />
        </div>
        {missing && (
          <p id="propose-error" className="field-error">
            {t('propose.required')}
          </p>
        )}
        <button type="submit">{t('propose.submit')}</button>
      </form>
    </section>
  );
}
