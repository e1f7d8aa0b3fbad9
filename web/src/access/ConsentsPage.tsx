import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { addDays, addMonths } from '#kernel/dates.ts';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type AccessMessageKey, accessText } from './messages.ts';
import { hasRole, useSession, useToday } from './session.tsx';

interface ConsentRow {
  id: string;
  userId: string;
  userName: string;
  debtorId: string;
  debtorName: string;
  kind: 'consent' | 'mandate';
  purpose: string;
  validFrom: string;
  validUntil: string;
  evidenceRef: string;
  revokedAt: string | null;
}

interface Worker {
  id: string;
  displayName: string;
}

const inAYear = (today: string) => addDays(addMonths(today, 12), -1);

function statusKey(row: ConsentRow, today: string): AccessMessageKey {
  if (row.revokedAt) return 'consents.ended';
  if (row.validUntil < today) return 'consents.expired';
  if (row.validFrom > today) return 'consents.notYet';
  return 'consents.active';
}

/** Consents and mandates: a social worker records and ends their own; an administrator all of them. */
export function ConsentsPage() {
  const { lang } = useI18n();
  const { user } = useSession();
  const today = useToday();
  const a = (k: AccessMessageKey) => accessText(lang, k);
  const isAdmin = hasRole(user, ['admin']);
  const [rows, setRows] = useState<ConsentRow[]>([]);
  const [workers, setWorkers] = useState<Worker[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [recorded, setRecorded] = useState<string | null>(null);
  const [form, setForm] = useState({
    userId: '',
    nationalNumber: '',
    kind: 'consent',
    purpose: '',
    validFrom: today,
    validUntil: inAYear(today),
    evidenceRef: '',
  });

  const load = useCallback(() => {
    apiFetch<{ consents: ConsentRow[] }>('/api/v1/consents')
      .then((r) => setRows(r.consents))
      .catch(setError);
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    if (!isAdmin) return;
    apiFetch<{ users: (Worker & { roles: string[] })[] }>('/api/v1/users')
      .then((r) => setWorkers(r.users.filter((u) => u.roles.includes('social_worker'))))
      .catch(setError);
  }, [isAdmin]);

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setStatus('');
    setRecorded(null);
    try {
      const { userId, ...rest } = form;
      const r = await apiFetch<{ debtorId: string }>('/api/v1/consents', {
        json: isAdmin ? { ...rest, userId } : rest,
      });
      setStatus(a('consents.added'));
      setRecorded(r.debtorId);
      setForm({ ...form, nationalNumber: '', purpose: '', evidenceRef: '' });
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  const onEnd = async (id: string) => {
    setError(null);
    try {
      await apiFetch(`/api/v1/consents/${id}/end`, { method: 'POST' });
      setStatus(a('consents.endedNow'));
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  const field = (name: 'nationalNumber' | 'purpose' | 'evidenceRef' | 'validFrom' | 'validUntil') => {
    const label: Record<typeof name, AccessMessageKey> = {
      nationalNumber: 'consents.nationalNumber',
      purpose: 'consents.purpose',
      evidenceRef: 'consents.evidence',
      validFrom: 'consents.from',
      validUntil: 'consents.until',
    };
    return (
      <div className="field" key={name}>
        <label htmlFor={`consent-${name}`}>{a(label[name])}</label>
        <input
          id={`consent-${name}`}
          type={name === 'validFrom' || name === 'validUntil' ? 'date' : 'text'}
          autoComplete="off"
          required
          value={form[name]}
          onChange={(e) => setForm({ ...form, [name]: e.target.value })}
        />
      </div>
    );
  };

  return (
    <>
      <PageTitle>{a('consents.title')}</PageTitle>
      <p>{a('consents.intro')}</p>
      <ErrorAlert error={error} />
      <StatusMessage text={status} />
      {recorded && <a href={hrefFor(`/debtors/${recorded}`)}>{a('consents.open')}</a>}
      {rows.length === 0 ? (
        <p>{a('consents.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{a('consents.person')}</th>
              {isAdmin && <th scope="col">{a('consents.worker')}</th>}
              <th scope="col">{a('consents.kind')}</th>
              <th scope="col">{a('consents.purpose')}</th>
              <th scope="col">{a('consents.period')}</th>
              <th scope="col">{a('consents.evidence')}</th>
              <th scope="col">{a('consents.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const state = statusKey(row, today);
              return (
                <tr key={row.id}>
                  <th scope="row">
                    {state === 'consents.active' ? (
                      <a href={hrefFor(`/debtors/${row.debtorId}`)}>{row.debtorName}</a>
                    ) : (
                      row.debtorName
                    )}
                  </th>
                  {isAdmin && <td>{row.userName}</td>}
                  <td>{a(`consents.kind.${row.kind}`)}</td>
                  <td>{row.purpose}</td>
                  <td>
                    {row.validFrom} – {row.validUntil}
                  </td>
                  <td>{row.evidenceRef}</td>
                  <td>
                    {a(state)}{' '}
                    {state !== 'consents.ended' && (
                      <button type="button" onClick={() => onEnd(row.id)}>
                        {a('consents.end')}
                        <span className="visually-hidden"> — {row.debtorName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h2>{a('consents.addTitle')}</h2>
      <form onSubmit={onAdd}>
        {isAdmin && (
          <div className="field">
            <label htmlFor="consent-user">{a('consents.worker')}</label>
            <select
              id="consent-user"
              required
              value={form.userId}
              onChange={(e) => setForm({ ...form, userId: e.target.value })}
            >
              <option value="">{a('consents.chooseWorker')}</option>
              {workers.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.displayName}
                </option>
              ))}
            </select>
          </div>
        )}
        {field('nationalNumber')}
        <div className="field">
          <label htmlFor="consent-kind">{a('consents.kind')}</label>
          <select
            id="consent-kind"
            value={form.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value })}
          >
            <option value="consent">{a('consents.kind.consent')}</option>
            <option value="mandate">{a('consents.kind.mandate')}</option>
          </select>
        </div>
        {field('purpose')}
        {field('validFrom')}
        {field('validUntil')}
        {field('evidenceRef')}
        <button type="submit">{a('consents.add')}</button>
      </form>
    </>
  );
}
