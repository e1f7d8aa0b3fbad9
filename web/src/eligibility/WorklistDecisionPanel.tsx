import { useState } from 'react';
import { formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { acceptItem, type Consent, dismissItem } from './api.ts';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';
import type { WorklistRow } from './worklist-api.ts';
import { type WorklistMessageKey, worklistText } from './worklist-messages.ts';

/** Accept (with or without consent) or dismiss one worklist item: the row's controls, out of the table. */
export function WorklistDecisionPanel(props: {
  item: WorklistRow;
  onDone: (text: string) => void;
  onError: (e: unknown) => void;
  onClose: () => void;
}) {
  const { item } = props;
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const w = (key: WorklistMessageKey, params?: Record<string, string | number>) =>
    worklistText(lang, key, params);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [consent, setConsent] = useState<Consent>({ date: '', form: '', evidence: '' });
  const [incomplete, setIncomplete] = useState(false);
  const [busy, setBusy] = useState(false);
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
    setMissing(false);
    setBusy(true);
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
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="decision-title">
      <h2 id="decision-title">{w('panel.title', { name: item.name })}</h2>
      <p>
        {formatEuro(item.openCents, lang)} ·{' '}
        <a href={`#/eligibility/people/${item.debtorId}`}>{w('panel.explanation')}</a>
      </p>
      {item.status === 'open' && (
        <>
          <fieldset>
            <legend>{w('panel.consent')}</legend>
            <div className="field">
              <label htmlFor="consent-date">{w('panel.consentDate')}</label>
              <input
                id="consent-date"
                type="date"
                value={consent.date}
                aria-invalid={incomplete && consent.date === ''}
                aria-describedby={incomplete ? 'consent-error' : undefined}
                onChange={(e) => setConsent({ ...consent, date: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="consent-form">{w('panel.consentForm')}</label>
              <select
                id="consent-form"
                value={consent.form}
                aria-invalid={incomplete && consent.form === ''}
                aria-describedby={incomplete ? 'consent-error' : undefined}
                onChange={(e) => setConsent({ ...consent, form: e.target.value })}
              >
                <option value="">{t('consent.none')}</option>
                <option value="written">{t('consent.written')}</option>
                <option value="digital">{t('consent.digital')}</option>
                <option value="verbal">{t('consent.verbal')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="consent-evidence">{w('panel.consentEvidence')}</label>
              <input
                id="consent-evidence"
                value={consent.evidence}
                aria-invalid={incomplete && consent.evidence.trim() === ''}
                aria-describedby={incomplete ? 'consent-error' : undefined}
                onChange={(e) => setConsent({ ...consent, evidence: e.target.value })}
              />
            </div>
            {incomplete && (
              <p id="consent-error" className="field-error">
                {t('consent.incomplete')}
              </p>
            )}
            <button type="button" disabled={busy} onClick={() => void act(false)}>
              {t('worklist.accept')}
            </button>
          </fieldset>
          <div className="field">
            <label htmlFor="dismiss-reason">{w('panel.dismissReason')}</label>
            <input
              id="dismiss-reason"
              value={reason}
              aria-invalid={missing}
              aria-describedby={missing ? 'dismiss-error' : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {missing && (
              <p id="dismiss-error" className="field-error">
                {t('worklist.reasonRequired')}
              </p>
            )}
          </div>
          <button type="button" disabled={busy} onClick={() => void act(true)}>
            {t('worklist.dismiss')}
          </button>{' '}
        </>
      )}
      <button type="button" onClick={props.onClose}>
        {w('panel.close')}
      </button>
    </section>
  );
}
