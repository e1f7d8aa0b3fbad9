import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { acceptItem, type Consent, dismissItem, loadWorklist, sweepNow, type WorklistItem } from './api.ts';
import { type EligibilityMessageKey, eligibilityText, srOnly } from './messages.ts';

export function WorklistPage() {
  const { lang } = useI18n();
  const { user } = useSession();
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
      <p>
        {t('worklist.intro')} {t('consent.hint')}
      </p>
      {hasRole(user, ['admin', 'finance']) && (
        <p>
          <a href={hrefFor('/eligibility/reductions')}>{t('reductions.link')}</a>
        </p>
      )}
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
        <div
          className="table-wrap"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
          tabIndex={0}
        >
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
  const [consent, setConsent] = useState<Consent>({ date: '', form: '', evidence: '' });
  const [incomplete, setIncomplete] = useState(false);
  const id = `item-${item.id}`;
  const filled = [consent.date, consent.form, consent.evidence.trim()].filter((v) => v !== '').length;

  const act = async (dismiss: boolean) => {
    if (dismiss && reason.trim() === '') {
      setMissing(true);
      return;
    }
    if (!dismiss && filled !== 0 && filled !== 3) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    try {
      const r = dismiss
        ? await dismissItem(lang, item.id, reason.trim())
        : await acceptItem(
            lang,
            item.id,
            filled === 3 ? { ...consent, evidence: consent.evidence.trim() } : undefined,
          );
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
          <label htmlFor={`${id}-consent-date`} style={srOnly}>
            {t('consent.date', { name: item.name })}
          </label>
          <input
            id={`${id}-consent-date`}
            type="date"
            value={consent.date}
            aria-invalid={incomplete && consent.date === ''}
            aria-describedby={incomplete ? `${id}-consent-error` : undefined}
            onChange={(e) => setConsent({ ...consent, date: e.target.value })}
          />
          <label htmlFor={`${id}-consent-form`} style={srOnly}>
            {t('consent.form', { name: item.name })}
          </label>
          <select
            id={`${id}-consent-form`}
            value={consent.form}
            aria-invalid={incomplete && consent.form === ''}
            aria-describedby={incomplete ? `${id}-consent-error` : undefined}
            onChange={(e) => setConsent({ ...consent, form: e.target.value })}
          >
            <option value="">{t('consent.none')}</option>
            <option value="written">{t('consent.written')}</option>
            <option value="digital">{t('consent.digital')}</option>
            <option value="verbal">{t('consent.verbal')}</option>
          </select>
          <label htmlFor={`${id}-consent-evidence`} style={srOnly}>
            {t('consent.evidence', { name: item.name })}
          </label>
          <input
            id={`${id}-consent-evidence`}
            value={consent.evidence}
            aria-invalid={incomplete && consent.evidence.trim() === ''}
            aria-describedby={incomplete ? `${id}-consent-error` : undefined}
            onChange={(e) => setConsent({ ...consent, evidence: e.target.value })}
          />
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
        {incomplete && (
          <p id={`${id}-consent-error`} className="field-error">
            {t('consent.incomplete')}
          </p>
        )}
        {missing && (
          <p id={`${id}-error`} className="field-error">
            {t('worklist.reasonRequired')}
          </p>
        )}
      </td>
    </tr>
  );
}
