import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { hasRole, useSession, useToday } from '../access/session.tsx';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { TimeBarredLabel } from '../app/ui/TimeBarredLabel.tsx';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { acceptPlan, cancelPlan, getPlan, letterHref, type Plan, qrHref } from './api.ts';
import { plansLabel, plansText } from './messages.ts';

/** A plan: status, schedule, claims, OSLO activities; record acceptance or cancel; letter and QR code. */
export function PlanPage({ id }: { id: string }) {
  const { lang } = useI18n();
  const { user } = useSession();
  const t = (k: Parameters<typeof plansText>[1], p?: Record<string, string | number>) =>
    plansText(lang, k, p);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [acceptedOn, setAcceptedOn] = useState(useToday());
  const [channel, setChannel] = useState('letter_signed');
  const [confirming, setConfirming] = useState(false);
  const load = useCallback(() => {
    getPlan(id).then(setPlan).catch(setError);
  }, [id]);
  useEffect(load, [load]);
  if (!plan) return <ErrorAlert error={error} />;
  const euro = (c: number) => formatEuro(c, lang);
  const finance = hasRole(user, ['finance']);
  const live = ['proposed', 'accepted', 'active'].includes(plan.status);

  async function accept() {
    if (!plan) return;
    setError(null);
    try {
      await acceptPlan(plan.id, plan.version, acceptedOn, channel);
      setConfirming(false);
      setStatus(t('plan.accepted'));
      load();
    } catch (caught) {
      setError(caught);
    }
  }

  async function cancel(event: FormEvent) {
    event.preventDefault();
    if (!plan || reason.trim() === '') return;
    setError(null);
    try {
      await cancelPlan(plan.id, plan.version, reason.trim());
      setStatus(t('plan.cancelled'));
      load();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <div className="plan-page">
      <p className="back-link">
        <a href={hrefFor(`/evs/files/${plan.fileId}`)}>← {t('plan.toFile')}</a>
      </p>
      <PageTitle>{t('plan.title', { reference: plan.formattedReference })}</PageTitle>
      <StatusMessage text={status} />
      <ErrorAlert error={error} />
      {plan.legalTableWarning && (
        <p className="error-alert">
          <strong>{t('plan.warning')}</strong> {plan.legalTableWarning}
        </p>
      )}
      <dl className="details">
        <dt>{t('plan.status')}</dt>
        <dd>{plansLabel(lang, 'status', plan.status)}</dd>
        <dt>{t('plan.start')}</dt>
        <dd>{euro(plan.startAmount)}</dd>
        <dt>{t('plan.monthly')}</dt>
        <dd>{euro(plan.monthly)}</dd>
        <dt>{t('plan.paid')}</dt>
        <dd>{euro(plan.paid)}</dd>
        <dt>{t('plan.balance')}</dt>
        <dd>{euro(plan.balance)}</dd>
        <dt>{t('plan.version')}</dt>
        <dd>{plan.version}</dd>
      </dl>
      {plan.overCapacityReason && (
        <p className="error-alert">
          <strong>{t('plan.overCapacity')}</strong> {plan.overCapacityReason}
        </p>
      )}
      {plan.acceptedOn && (
        <p>
          {t('plan.acceptedOn')} {formatDate(plan.acceptedOn)}
          {plan.acceptedChannel ? `, ${plansLabel(lang, 'accept.channel', plan.acceptedChannel)}` : ''}
        </p>
      )}
      {finance && plan.status === 'proposed' && (
        <form
          className="panel"
          aria-labelledby="accept-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (acceptedOn) setConfirming(true);
          }}
        >
          <h2 id="accept-title">{t('accept.title')}</h2>
          <div className="field">
            <label htmlFor="accepted-on">{t('accept.date')}</label>
            <input
              id="accepted-on"
              type="date"
              required
              value={acceptedOn}
              onChange={(e) => {
                setAcceptedOn(e.target.value);
                setConfirming(false);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="accepted-channel">{t('accept.channel')}</label>
            <select
              id="accepted-channel"
              value={channel}
              onChange={(e) => {
                setChannel(e.target.value);
                setConfirming(false);
              }}
            >
              {['letter_signed', 'counter', 'phone', 'email'].map((c) => (
                <option key={c} value={c}>
                  {plansLabel(lang, 'accept.channel', c)}
                </option>
              ))}
            </select>
          </div>
          {!confirming && <button type="submit">{t('plan.accept')}</button>}
          {confirming && (
            <div role="alert">
              <p>
                {t('accept.confirm', {
                  date: formatDate(acceptedOn),
                  channel: plansLabel(lang, 'accept.channel', channel).toLowerCase(),
                })}
              </p>
              <button type="button" onClick={() => void accept()}>
                {t('accept.yes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('options.cancel')}
              </button>
            </div>
          )}
        </form>
      )}
      <p>
        <a href={letterHref(plan.id, 'nl')} download>
          {t('plan.letterNl')}
        </a>
        {' · '}
        <a href={letterHref(plan.id, 'fr')} download>
          {t('plan.letterFr')}
        </a>
        {' · '}
        <a href={letterHref(plan.id, 'en')} download>
          {t('plan.letterEn')}
        </a>
      </p>
      <p>
        <img
          src={qrHref(plan.id)}
          width={160}
          height={160}
          alt={t('plan.qr', { reference: plan.formattedReference })}
        />
      </p>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table>
          <caption>{t('plan.schedule')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('plan.due')}</th>
              <th scope="col" className="num">
                {t('plan.amount')}
              </th>
              <th scope="col" className="num">
                {t('plan.paid')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.instalments.map((i, n) => (
              <tr key={`${i.dueDate}-${i.amount}-${i.paid}`}>
                <td>{n + 1}</td>
                <td>{formatDate(i.dueDate)}</td>
                <td className="num">{euro(i.amount)}</td>
                <td className="num">{euro(i.paid)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table>
          <caption>{t('plan.claims')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('claims.department')}</th>
              <th scope="col">{t('claims.claim')}</th>
              <th scope="col" className="num">
                {t('claims.open')}
              </th>
              <th scope="col" className="num">
                {t('plan.allocated')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.claims.map((c) => (
              <tr key={`${c.department}-${c.claimId}`}>
                <td>{c.department}</td>
                <th scope="row">
                  <span className="reference">{c.claimId}</span>
                  {c.timeBarred ? (
                    <TimeBarredLabel since={c.limitationDate ?? null} reason={c.timeBarredReason} />
                  ) : null}
                </th>
                <td className="num">{euro(c.open)}</td>
                <td className="num">{euro(c.allocated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table>
          <caption>{t('plan.activities')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.when')}</th>
              <th scope="col">{t('plan.what')}</th>
              <th scope="col">{t('plan.who')}</th>
              <th scope="col">{t('plan.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.activities.map((a) => (
              <tr key={`${a.dateTime}-${a.type}`}>
                <td>{formatDate(a.dateTime.slice(0, 10))}</td>
                <td>
                  {a.type}
                  {a.amount !== null ? ` ${euro(a.amount)}` : ''}
                </td>
                <td>{a.actorName ?? a.actor}</td>
                <td>{a.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table>
          <caption>{t('plan.balances')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.when')}</th>
              <th scope="col" className="num">
                {t('plan.dueSoFar')}
              </th>
              <th scope="col" className="num">
                {t('plan.paid')}
              </th>
              <th scope="col" className="num">
                {t('plan.arrears')}
              </th>
              <th scope="col" className="num">
                {t('plan.balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.balances.map((b) => (
              <tr key={b.date}>
                <td>{formatDate(b.date)}</td>
                <td className="num">{euro(b.due)}</td>
                <td className="num">{euro(b.paid)}</td>
                <td className="num">{euro(b.arrears)}</td>
                <td className="num">{euro(b.balance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {finance && live && (
        <form className="inline-controls" onSubmit={cancel}>
          <label htmlFor="cancel-reason">{t('plan.cancelReason')}</label>
          <input id="cancel-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" disabled={reason.trim() === ''}>
            {t('plan.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
