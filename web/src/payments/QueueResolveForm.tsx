import { type FormEvent, useState } from 'react';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

const TEXT = {
  nl: {
    legend: 'Geen EvS-betaling',
    notForEvs: 'Niet voor EvS',
    refund: 'Terugbetalen',
    target: 'Naar dienst of algemene boekhouding',
    iban: 'Terugbetalen op IBAN',
    note: 'Reden',
    submitNot: 'Doorgeven',
    submitRefund: 'Terugbetaling vastleggen',
    done: 'De betaling is uit de wachtrij gehaald.',
  },
  en: {
    legend: 'Not an EvS payment',
    notForEvs: 'Not for EvS',
    refund: 'Refund',
    target: 'To department or general ledger',
    iban: 'Refund to IBAN',
    note: 'Reason',
    submitNot: 'Hand over',
    submitRefund: 'Record the refund',
    done: 'The payment has left the queue.',
  },
} as const;

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
  const t = TEXT[lang];
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
      onResolved(t.done);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{t.legend}</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'not_for_evs'}
            onChange={() => setKind('not_for_evs')}
          />{' '}
          {t.notForEvs}
        </label>{' '}
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'refunded'}
            onChange={() => setKind('refunded')}
          />{' '}
          {t.refund}
        </label>
      </fieldset>
      {kind === 'not_for_evs' ? (
        <div className="field">
          <label htmlFor={`${id}-target`}>{t.target}</label>
          <input id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)} />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-iban`}>{t.iban}</label>
          <input id={`${id}-iban`} value={iban} onChange={(e) => setIban(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t.note}</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit">{kind === 'not_for_evs' ? t.submitNot : t.submitRefund}</button>
      <ErrorAlert error={error} />
    </form>
  );
}
