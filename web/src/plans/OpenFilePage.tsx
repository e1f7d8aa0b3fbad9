import { type FormEvent, useEffect, useState } from 'react';
import { useToday } from '../access/session.tsx';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor, navigate } from '../app/router.ts';
import { TimeBarredLabel } from '../app/ui/TimeBarredLabel.tsx';
import { LookAlikeWarning } from '../debtors/LookAlikeWarning.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type EvsSummary, evsOf, openFile } from './api.ts';
import { plansText } from './messages.ts';

/** Open an EvS file: the person's consent and the claims to bundle (default: the policy's choice). */
export function OpenFilePage({ debtorId }: { debtorId: string }) {
  const { lang } = useI18n();
  const t = (k: Parameters<typeof plansText>[1]) => plansText(lang, k);
  const [summary, setSummary] = useState<EvsSummary | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [consentDate, setConsentDate] = useState(useToday());
  const [form, setForm] = useState('written');
  const [evidence, setEvidence] = useState('');
  const [waive, setWaive] = useState(true);
  const [timeBarredReason, setTimeBarredReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    evsOf(debtorId, controller.signal)
      .then((s) => {
        setSummary(s);
        setChosen(
          new Set(
            s.candidates
              .filter((c) => !c.bundled && c.participates && !c.disputed && !c.timeBarred)
              .map((c) => c.id),
          ),
        );
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [debtorId]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (
      consentDate === '' ||
      evidence.trim() === '' ||
      (timeBarredChosen && timeBarredReason.trim() === '')
    ) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      const r = await openFile({
        debtorId,
        consent: { date: consentDate, form, evidence: evidence.trim() },
        claimIds: [...chosen],
        waiveCharges: waive,
        ...(timeBarredChosen ? { timeBarredReason: timeBarredReason.trim() } : {}),
      });
      navigate(`/evs/files/${r.fileId}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const timeBarredChosen = summary?.candidates.some((c) => c.timeBarred && chosen.has(c.id)) ?? false;

  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };

  return (
    <>
      <p className="back-link">
        <a href={hrefFor(`/debtors/${debtorId}`)}>← {plansText(lang, 'plan.toOverview')}</a>
      </p>
      <PageTitle>{t('open.title')}</PageTitle>
      <LookAlikeWarning debtorId={debtorId} />
      <StatusMessage text={busy ? t('open.busy') : ''} />
      <ErrorAlert error={error} />
      {summary && (
        <form onSubmit={onSubmit} noValidate>
          <fieldset className="field">
            <legend>{t('open.consent')}</legend>
            <label htmlFor="consent-date">{t('open.consentDate')}</label>
            <input
              id="consent-date"
              type="date"
              value={consentDate}
              onChange={(e) => setConsentDate(e.target.value)}
              required
            />
            <label htmlFor="consent-form">{t('open.consentForm')}</label>
            <select id="consent-form" value={form} onChange={(e) => setForm(e.target.value)}>
              <option value="written">{t('open.form.written')}</option>
              <option value="digital">{t('open.form.digital')}</option>
              <option value="verbal">{t('open.form.verbal')}</option>
            </select>
            <label htmlFor="consent-evidence">{t('open.consentEvidence')}</label>
            <p id="consent-evidence-hint" className="hint">
              {t('open.consentEvidenceHint')}
            </p>
            <input
              id="consent-evidence"
              value={evidence}
              onChange={(e) => setEvidence(e.target.value)}
              aria-describedby={missing ? 'consent-evidence-hint consent-error' : 'consent-evidence-hint'}
              aria-invalid={missing && evidence.trim() === ''}
              required
            />
            {missing && (
              <p id="consent-error" className="field-error">
                {t('open.required')}
              </p>
            )}
          </fieldset>
          <div
            className="table-wrap"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
            tabIndex={0}
          >
            <table>
              <caption>{t('open.claims')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('claims.choose')}</th>
                  <th scope="col">{t('claims.department')}</th>
                  <th scope="col">{t('claims.claim')}</th>
                  <th scope="col">{t('claims.category')}</th>
                  <th scope="col">{t('claims.due')}</th>
                  <th scope="col" className="num">
                    {t('claims.open')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.candidates.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${t('claims.choose')} ${c.claimId}`}
                        checked={chosen.has(c.id)}
                        disabled={c.bundled}
                        onChange={() => toggle(c.id)}
                      />
                    </td>
                    <td>{c.department}</td>
                    <th scope="row">
                      <span className="reference">{c.claimId}</span>
                      {c.disputed ? ` (${t('open.disputed')})` : ''}
                      {c.bundled ? ` (${t('open.alreadyBundled')})` : ''}
                      {c.timeBarred ? <TimeBarredLabel since={c.limitationDate ?? null} /> : null}
                    </th>
                    <td>{c.category}</td>
                    <td>{formatDate(c.dueDate)}</td>
                    <td className="num">{formatEuro(c.open, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">{t('open.claimsHint')}</p>
          {timeBarredChosen && (
            <div className="field">
              <label htmlFor="time-barred-reason">{t('open.timeBarredReason')}</label>
              <p id="time-barred-reason-hint" className="hint">
                {t('open.timeBarredHint')}
              </p>
              <textarea
                id="time-barred-reason"
                value={timeBarredReason}
                onChange={(e) => setTimeBarredReason(e.target.value)}
                aria-describedby="time-barred-reason-hint"
                aria-invalid={missing && timeBarredReason.trim() === ''}
                required
              />
              {missing && timeBarredReason.trim() === '' && (
                <p className="field-error">{t('open.required')}</p>
              )}
            </div>
          )}
          <div className="checkbox">
            <input
              id="waive-charges"
              type="checkbox"
              checked={waive}
              onChange={(e) => setWaive(e.target.checked)}
            />
            <label htmlFor="waive-charges">{t('open.waive')}</label>
          </div>
          <button type="submit" disabled={busy || chosen.size === 0}>
            {t('open.submit')}
          </button>
        </form>
      )}
    </>
  );
}
