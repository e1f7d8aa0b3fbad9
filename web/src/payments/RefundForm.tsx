import { type FormEvent, useState } from 'react';
import { parseAmount } from '#kernel/money.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { refundCredit } from './api.ts';
import { paymentsText } from './messages.ts';

/** Refunds (part of) a plan's credit. The server decides whether the amount fits; its refusal is shown. */
export function RefundForm({
  planId,
  onRefunded,
}: {
  planId: string;
  /** Gets the credit left; the page announces it (this form leaves once the credit is gone). */
  onRefunded: (credit: number) => void;
}) {
  const { lang } = useI18n();
  const t = (key: Parameters<typeof paymentsText>[1], params?: Record<string, string | number>) =>
    paymentsText(lang, key, params);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [amountInvalid, setAmountInvalid] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cents = parseAmount(amount);
    const badAmount = !cents.ok || cents.value <= 0;
    const noReason = reason.trim().length < 3;
    setAmountInvalid(badAmount);
    setReasonMissing(noReason);
    if (!cents.ok || badAmount || noReason) return;
    setBusy(true);
    setError(null);
    try {
      const r = await refundCredit(planId, cents.value, reason.trim(), lang);
      setAmount('');
      setReason('');
      onRefunded(r.credit);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="refund-title">
      <h2 id="refund-title">{t('refund.title')}</h2>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="refund-amount">{t('refund.amount')}</label>
          {amountInvalid && (
            <p id="refund-amount-error" className="field-error">
              {t('refund.amountInvalid')}
            </p>
          )}
          <input
            id="refund-amount"
            type="text"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            aria-invalid={amountInvalid || undefined}
            aria-describedby={amountInvalid ? 'refund-amount-error' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="refund-reason">{t('refund.reason')}</label>
          {reasonMissing && (
            <p id="refund-reason-error" className="field-error">
              {t('refund.reasonRequired')}
            </p>
          )}
          <input
            id="refund-reason"
            type="text"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonMissing || undefined}
            aria-describedby={reasonMissing ? 'refund-reason-error' : undefined}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('refund.submit')}
        </button>
      </form>
      <ErrorAlert error={error} />
    </section>
  );
}
