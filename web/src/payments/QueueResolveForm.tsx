import { type FormEvent, useState } from 'react';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type PaymentsMessageKey, paymentsText } from './messages.ts';

/** Niet voor EvS (to a department or ledger) or Terugbetalen (to an IBAN), each with a reason. */
export function QueueResolveForm({
  paymentId,
  payerIban,
  onResolved,
}: {
  paymentId: string;
  payerIban: string | null;
  onResolved: (message: string) => void;
}) {
  const { lang } = useI18n();
  const t = (key: PaymentsMessageKey) => paymentsText(lang, key);
  const [kind, setKind] = useState<'not_for_evs' | 'refunded'>('not_for_evs');
  const [target, setTarget] = useState('');
  const [iban, setIban] = useState(payerIban ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const id = `resolve-${paymentId}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const body = kind === 'not_for_evs' ? { kind, target, note } : { kind, iban, note };
      await apiFetch(`/api/v1/payments/${encodeURIComponent(paymentId)}/resolve?lang=${lang}`, {
        json: body,
      });
      onResolved(t('resolve.done'));
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{t('resolve.legend')}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'not_for_evs'}
            onChange={() => setKind('not_for_evs')}
          />{' '}
          {t('resolve.notForEvs')}
        </label>{' '}
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'refunded'}
            onChange={() => setKind('refunded')}
          />{' '}
          {t('resolve.refund')}
        </label>
      </fieldset>
      {kind === 'not_for_evs' ? (
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('resolve.target')}</label>
          <input id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)} />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-iban`}>{t('resolve.iban')}</label>
          <input id={`${id}-iban`} value={iban} onChange={(e) => setIban(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('resolve.note')}</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit">
        {kind === 'not_for_evs' ? t('resolve.submitNot') : t('resolve.submitRefund')}
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}
