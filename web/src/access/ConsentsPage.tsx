import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { addDays, addMonths } from '#kernel/dates.ts';
import { formatNationalNumber } from '#kernel/national-number.ts';
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
  /** Null while nobody is known under the national number the consent names. */
  debtorId: string | null;
  debtorName: string | null;
  nationalNumber: string | null;
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

  const load = useCallback(
    () =>
      apiFetch<{ consents: ConsentRow[] }>('/api/v1/consents')
        .then((r) => {
          setRows(r.consents);
          return r.consents;
        })
        .catch((caught) => {
          setError(caught);
          return [] as ConsentRow[];
        }),
    [],
  );
  useEffect(() => {
    void load();
  }, [load]);
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
      const r = await apiFetch<{ id: string }>('/api/v1/consents', {
        json: isAdmin ? { ...rest, userId } : rest,
      });
      setStatus(a('consents.added'));
      setForm({ ...form, nationalNumber: '', purpose: '', evidenceRef: '' });
      // The answer names no one (it must not tell who owes the city); the list shows whom it covers.
      const row = (await load()).find((c) => c.id === r.id);
      setRecorded(row && statusKey(row, today) === 'consents.active' ? row.debtorId : null);
    } catch (caught) {
      setError(caught);
    }
  };

  const onEnd = async (id: string) => {
    setError(null);
    try {
      await apiFetch(`/api/v1/consents/${id}/end`, { method: 'POST' });
      setStatus(a('consents.endedNow'));
      await load();
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
              const person =
                row.debtorName ?? (row.nationalNumber ? formatNationalNumber(row.nationalNumber) : '');
              return (
                <tr key={row.id}>
                  <th scope="row">
                    {state === 'consents.active' && row.debtorId ? (
                      <a href={hrefFor(`/debtors/${row.debtorId}`)}>{person}</a>
                    ) : (
                      person
                    )}
                    {row.debtorId === null && <div className="hint">{a('consents.notKnown')}</div>}
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
                        <span className="visually-hidden"> — {person}</span>
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
