import { type FormEvent, useState } from 'react';
import { parseAmount } from '#kernel/money.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { navigate } from '../app/router.ts';
import { Field } from '../app/ui/Field.tsx';
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
      <form className="stacked-form" onSubmit={onSubmit} noValidate>
        <Field id="propose-monthly" label={t('propose.monthly')}>
          <input
            id="propose-monthly"
            inputMode="decimal"
            value={monthly}
            onChange={(e) => setMonthly(e.target.value)}
            aria-invalid={missing}
            aria-describedby={missing ? 'propose-error' : undefined}
          />
        </Field>
        <Field id="propose-months" label={t('propose.months')}>
          <input
            id="propose-months"
            inputMode="numeric"
            value={months}
            onChange={(e) => setMonths(e.target.value)}
          />
        </Field>
        <Field id="propose-first-due" label={t('propose.firstDue')}>
          <input
            id="propose-first-due"
            type="date"
            value={firstDue}
            onChange={(e) => setFirstDue(e.target.value)}
          />
        </Field>
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
