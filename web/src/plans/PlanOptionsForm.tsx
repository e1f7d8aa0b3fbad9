import { type FormEvent, useState } from 'react';
import { parseAmount } from '#kernel/money.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { navigate } from '../app/router.ts';
import { Field } from '../app/ui/Field.tsx';
import { Notice } from '../app/ui/Notice.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type PlanOption, type PlanOptions, planOptions, proposePlan } from './api.ts';
import { plansLabel, plansText } from './messages.ts';

const cents = (text: string) => {
  const r = parseAmount(text.trim() === '' ? '0' : text);
  return r.ok ? r.value : 0;
};

/** Capacity from income, household and fixed costs, and the options to compare (capacity, policy, terms). */
export function PlanOptionsForm({ fileId, canPropose }: { fileId: string; canPropose: boolean }) {
  const { lang } = useI18n();
  const t = (k: Parameters<typeof plansText>[1], p?: Record<string, string | number>) =>
    plansText(lang, k, p);
  const [income, setIncome] = useState('');
  const [adults, setAdults] = useState('1');
  const [children, setChildren] = useState('0');
  const [rent, setRent] = useState('');
  const [energy, setEnergy] = useState('');
  const [other, setOther] = useState('');
  const [result, setResult] = useState<PlanOptions | null>(null);
  const [pending, setPending] = useState<PlanOption | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const body = () => ({
    netIncome: cents(income),
    adults: Number(adults) || 0,
    children: Number(children) || 0,
    fixedCosts: [
      { label: t('options.rent'), amount: cents(rent) },
      { label: t('options.energy'), amount: cents(energy) },
      { label: t('options.other'), amount: cents(other) },
    ],
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setResult(await planOptions(fileId, body()));
    } catch (caught) {
      setError(caught);
    }
  }

  async function choose(option: PlanOption, overCapacityReason?: string) {
    if (option.fit === 'above_capacity' && overCapacityReason === undefined) {
      setPending(option);
      return;
    }
    try {
      const r = await proposePlan({
        fileId,
        monthly: option.monthly,
        affordability: body(),
        ...(overCapacityReason ? { overCapacityReason } : {}),
      });
      navigate(`/plans/${r.planId}`);
    } catch (caught) {
      setError(caught);
    }
  }

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <Field id={id} label={label}>
      <input id={id} inputMode="decimal" value={value} onChange={(e) => set(e.target.value)} />
    </Field>
  );
  return (
    <section className="panel" aria-labelledby="options-title">
      <h2 id="options-title">{t('options.title')}</h2>
      <ErrorAlert error={error} />
      <form className="stacked-form" onSubmit={onSubmit}>
        {field('options-income', t('options.income'), income, setIncome)}
        {field('options-adults', t('options.adults'), adults, setAdults)}
        {field('options-children', t('options.children'), children, setChildren)}
        {field('options-rent', t('options.rent'), rent, setRent)}
        {field('options-energy', t('options.energy'), energy, setEnergy)}
        {field('options-other', t('options.other'), other, setOther)}
        <button type="submit">{t('options.compute')}</button>
      </form>
      {result && (
        <>
          <p>
            {t('options.capacity', {
              amount: formatEuro(result.affordability.capacity, lang),
              table: result.affordability.tableVersion,
            })}
          </p>
          <p>
            {t('options.floor', {
              amount: formatEuro(result.affordability.protectedIncome, lang),
              seizable: formatEuro(result.affordability.seizableMax, lang),
            })}
          </p>
          {result.referral && (
            <p className="error-alert" role="alert">
              {t('options.referral', {
                months: result.referral.maxMonths,
                capacity: formatEuro(result.referral.capacity, lang),
                monthly: formatEuro(result.referral.monthlyAtMaxTerm, lang),
              })}
            </p>
          )}
          {pending && (
            <form
              className="panel"
              aria-labelledby="reason-title"
              onSubmit={(e) => {
                e.preventDefault();
                if (reason.trim().length >= 10) void choose(pending, reason.trim());
              }}
            >
              <p id="reason-title">
                {t('options.chosen', {
                  monthly: formatEuro(pending.monthly, lang),
                  months: pending.months,
                  fit: plansLabel(lang, 'fit', pending.fit ?? ''),
                })}
              </p>
              <div className="field">
                <label htmlFor="over-capacity-reason">{t('options.reason')}</label>
                <textarea
                  id="over-capacity-reason"
                  aria-describedby="over-capacity-hint"
                  value={reason}
                  minLength={10}
                  required
                  onChange={(e) => setReason(e.target.value)}
                />
                <p id="over-capacity-hint" className="hint">
                  {t('options.reasonHint')}
                </p>
              </div>
              <button type="submit" disabled={reason.trim().length < 10}>
                {t('options.confirmAbove')}
              </button>{' '}
              <button type="button" onClick={() => setPending(null)}>
                {t('options.cancel')}
              </button>
            </form>
          )}
          {result.affordability.warningTexts.map((w) => (
            <Notice key={w} kind="warning">
              <p>
                <strong>{t('plan.warning')}</strong> {w}
              </p>
            </Notice>
          ))}
          <div
            className="table-wrap"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
            tabIndex={0}
          >
            <table>
              <caption>{t('options.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('options.basis')}</th>
                  <th scope="col" className="num">
                    {t('options.monthly')}
                  </th>
                  <th scope="col" className="num">
                    {t('options.months')}
                  </th>
                  <th scope="col">{t('options.last')}</th>
                  <th scope="col">{t('options.fit')}</th>
                  <th scope="col">{t('options.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.options.map((o) => (
                  <tr key={`${o.basis}-${o.months}-${o.monthly}`}>
                    <th scope="row">{plansLabel(lang, 'options.basis', o.basis)}</th>
                    <td className="num">{formatEuro(o.monthly, lang)}</td>
                    <td className="num">{o.months}</td>
                    <td>{o.lastDue ? `${formatEuro(o.lastAmount, lang)} (${formatDate(o.lastDue)})` : ''}</td>
                    <td className={o.fit === 'affordable' ? '' : 'warning-text'}>
                      {o.fit ? plansLabel(lang, 'fit', o.fit) : ''}
                    </td>
                    <td>
                      {o.problem === null ? t('options.ok') : plansLabel(lang, 'problem', o.problem)}
                      {o.problem === null && o.fit !== 'below_floor' && canPropose && (
                        <>
                          {' '}
                          <button type="button" onClick={() => void choose(o)}>
                            {t('options.choose')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
