import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { assignPayment, type QueueItem, unmatchedQueue } from './api.ts';
import { paymentsText } from './messages.ts';
import { PlanSearch } from './PlanSearch.tsx';
import { QueueResolveForm } from './QueueResolveForm.tsx';

export function UnmatchedPage() {
  const { lang } = useI18n();
  const t = (key: Parameters<typeof paymentsText>[1], params?: Record<string, string | number>) =>
    paymentsText(lang, key, params);
  const [items, setItems] = useState<QueueItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  const load = useCallback(
    (signal?: AbortSignal) =>
      unmatchedQueue(lang, signal)
        .then(setItems)
        .catch((caught: unknown) => {
          if (!signal?.aborted) setError(caught);
        }),
    [lang],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return (
    <>
      <PageTitle>{t('queue.title')}</PageTitle>
      <StatusMessage
        text={[
          status,
          items === null
            ? ''
            : items.length === 0
              ? t('queue.empty')
              : t('queue.count', { count: items.length }),
        ]
          .filter((s) => s !== '')
          .join(' ')}
      />
      <ErrorAlert error={error} />
      {(items ?? []).map((item) => (
        <QueueEntry
          key={item.id}
          item={item}
          onAssigned={(allocated) => {
            setStatus(t('queue.assigned', { amount: formatEuro(allocated, lang) }));
            void load();
          }}
          onResolved={(message) => {
            setStatus(message);
            void load();
          }}
        />
      ))}
    </>
  );
}

function QueueEntry({
  item,
  onAssigned,
  onResolved,
}: {
  item: QueueItem;
  onAssigned: (allocated: number) => void;
  onResolved: (message: string) => void;
}) {
  const { lang } = useI18n();
  const t = (key: Parameters<typeof paymentsText>[1], params?: Record<string, string | number>) =>
    paymentsText(lang, key, params);
  const [planId, setPlanId] = useState(item.suggestions[0]?.planId ?? '');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [planMissing, setPlanMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `queue-${item.id}`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = reason.trim().length < 3;
    setReasonMissing(missing);
    setPlanMissing(planId === '');
    if (missing || planId === '') return;
    setBusy(true);
    setError(null);
    try {
      const r = await assignPayment(item.id, planId, reason.trim(), lang);
      onAssigned(r.allocated);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="queue-item" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {formatDate(item.bookingDate)} — {formatEuro(item.amount, lang)} — {item.counterpartyName ?? '?'}
      </h2>
      <dl>
        <div>
          <dt>{t('queue.payer')}</dt>
          <dd>
            {item.counterpartyName ?? ''} {item.counterpartyIban ?? ''}
          </dd>
        </div>
        <div>
          <dt>{t('queue.communication')}</dt>
          <dd className={/\s/.test(item.communication ?? item.reference ?? ' ') ? undefined : 'reference'}>
            {item.communication ?? item.reference ?? ''}
          </dd>
        </div>
        <div>
          <dt>{t('queue.reason')}</dt>
          <dd>{item.reason}</dd>
        </div>
      </dl>
      {item.suggestions.length === 0 && <p>{t('queue.noSuggestion')}</p>}
      <form onSubmit={onSubmit} noValidate>
        {item.suggestions.length > 0 && (
          <fieldset>
            <legend>{t('queue.suggestions')}</legend>
            {item.suggestions.map((s) => (
              <div className="checkbox" key={s.planId}>
                <input
                  type="radio"
                  id={`${id}-${s.planId}`}
                  name={`${id}-plan`}
                  value={s.planId}
                  checked={planId === s.planId}
                  onChange={() => setPlanId(s.planId)}
                />
                <label htmlFor={`${id}-${s.planId}`}>
                  {s.debtorName} (<span className="reference">{s.reference}</span>,{' '}
                  {t('queue.score', { score: s.score })}): {s.reasons.join('; ')}
                </label>
              </div>
            ))}
          </fieldset>
        )}
        <PlanSearch idPrefix={id} group={`${id}-plan`} selected={planId} onSelect={setPlanId} />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('queue.assignReason')}</label>
          {reasonMissing && (
            <p id={`${id}-reason-error`} className="field-error">
              {t('queue.reasonRequired')}
            </p>
          )}
          <input
            id={`${id}-reason`}
            type="text"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonMissing || undefined}
            aria-describedby={reasonMissing ? `${id}-reason-error` : undefined}
          />
        </div>
        {planMissing && (
          <p className="field-error" role="alert">
            {t('queue.planRequired')}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('queue.assign')}
        </button>
        <ErrorAlert error={error} />
      </form>
      <QueueResolveForm paymentId={item.id} payerIban={item.counterpartyIban} onResolved={onResolved} />
    </section>
  );
}
