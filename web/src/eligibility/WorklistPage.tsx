import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { acceptItem, dismissItem, loadWorklist, sweepNow, type WorklistItem } from './api.ts';
import { type EligibilityMessageKey, eligibilityText, srOnly } from './messages.ts';

export function WorklistPage() {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [items, setItems] = useState<WorklistItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) =>
      loadWorklist(lang, signal)
        .then((r) => setItems(r.items))
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

  const onSweep = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setStatus(t('sweep.busy'));
    try {
      const s = await sweepNow(lang, date);
      setStatus(
        s.alreadyDone
          ? t('sweep.already')
          : t('sweep.done', {
              date: s.date,
              version: s.rulesetVersion,
              people: s.people,
              eligible: s.eligible,
              changed: s.changed,
              worklist: s.worklist + s.signals,
            }),
      );
      await load();
    } catch (caught) {
      setStatus('');
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('worklist.title')}</PageTitle>
      <p>{t('worklist.intro')}</p>
      <form onSubmit={onSweep} className="panel">
        <fieldset>
          <legend>{t('sweep.legend')}</legend>
          <div className="field">
            <label htmlFor="sweep-date">{t('sweep.date')}</label>
            <input id="sweep-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
          <button type="submit" disabled={busy}>
            {t('sweep.submit')}
          </button>
        </fieldset>
      </form>
      <StatusMessage
        text={
          status ||
          (items === null
            ? ''
            : items.length === 0
              ? t('worklist.empty')
              : t('worklist.count', { count: items.length }))
        }
      />
      <ErrorAlert error={error} />
      {items && items.length > 0 && (
        <div className="table-wrap">
          <table aria-label={t('worklist.table')}>
            <thead>
              <tr>
                <th scope="col">{t('worklist.name')}</th>
                <th scope="col">{t('worklist.reason')}</th>
                <th scope="col">{t('worklist.profile')}</th>
                <th scope="col" className="num">
                  {t('worklist.open')}
                </th>
                <th scope="col">{t('worklist.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <WorklistRow
                  key={item.id}
                  item={item}
                  onDone={(text) => {
                    setStatus(text);
                    void load();
                  }}
                  onError={setError}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function profileText(lang: 'nl' | 'en', profile: string | null): string {
  if (!profile) return '—';
  return eligibilityText(lang, `profile.${profile}` as EligibilityMessageKey);
}

function WorklistRow(props: {
  item: WorklistItem;
  onDone: (text: string) => void;
  onError: (e: unknown) => void;
}) {
  const { item } = props;
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = `item-${item.id}`;

  const act = async (dismiss: boolean) => {
    if (dismiss && reason.trim() === '') {
      setMissing(true);
      return;
    }
    try {
      const r = dismiss ? await dismissItem(lang, item.id, reason.trim()) : await acceptItem(lang, item.id);
      props.onDone(dismiss ? t('worklist.dismissed') : t('worklist.accepted', { resolution: r.resolution }));
    } catch (caught) {
      props.onError(caught);
    }
  };

  return (
    <tr>
      <th scope="row">
        <a href={`#/eligibility/people/${item.debtorId}`}>{item.name}</a>
      </th>
      <td>{t(`reason.${item.reason}`)}</td>
      <td>
        {item.profileBefore && item.profileBefore !== item.profileAfter
          ? `${profileText(lang, item.profileBefore)} → ${profileText(lang, item.profileAfter)}`
          : profileText(lang, item.profileAfter)}
      </td>
      <td className="num">{formatEuro(item.openCents, lang)}</td>
      <td>
        <div className="inline-controls">
          <button type="button" onClick={() => void act(false)}>
            {t('worklist.accept')}
          </button>
          <label htmlFor={`${id}-reason`} style={srOnly}>
            {t('worklist.dismissReason', { name: item.name })}
          </label>
          <input
            id={`${id}-reason`}
            value={reason}
            aria-invalid={missing}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="button" onClick={() => void act(true)}>
            {t('worklist.dismiss')}
          </button>
        </div>
        {missing && (
          <p id={`${id}-error`} className="field-error">
            {t('worklist.reasonRequired')}
          </p>
        )}
      </td>
    </tr>
  );
}
