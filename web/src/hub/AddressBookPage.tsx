import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { hubApi, type NewParticipant, type Participant } from './api.ts';
import { hubText } from './messages.ts';

/** The hub address book: everyone searches it; administrators add their own organisation's entries. */
export function AddressBookPage() {
  const { lang } = useI18n();
  const admin = hasRole(useSession().user, ['admin']);
  const h = (k: Parameters<typeof hubText>[1], p?: Record<string, string | number>) => hubText(lang, k, p);
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<Participant[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [draft, setDraft] = useState({
    code: '',
    name: '',
    kind: 'outside' as NewParticipant['kind'],
    department: '',
    companyNumber: '',
    role: 'creditor' as NewParticipant['role'],
    acceptsNationalNumber: false,
    priorConsent: false,
    contact: '',
    email: '',
  });

  const load = useCallback((text: string) => {
    hubApi.participants(text || undefined).then((r) => setRows(r.participants), setError);
  }, []);
  useEffect(() => load(''), [load]);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    load(query);
  };
  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await hubApi.addParticipant({
        code: draft.code,
        name: draft.name,
        kind: draft.kind,
        role: draft.role,
        acceptsNationalNumber: draft.acceptsNationalNumber,
        priorConsent: draft.priorConsent,
        ...(draft.kind === 'inside' && draft.department ? { department: draft.department } : {}),
        ...(draft.kind === 'outside' ? { companyNumber: draft.companyNumber } : {}),
        ...(draft.contact
          ? { contacts: [{ name: draft.contact, ...(draft.email ? { email: draft.email } : {}) }] }
          : {}),
      });
      setStatus(h('book.added'));
      load(query);
    } catch (caught) {
      setError(caught);
    }
  };
  const field = (
    key: 'code' | 'name' | 'department' | 'companyNumber' | 'contact' | 'email',
    label: Parameters<typeof hubText>[1],
  ) => (
    <p>
      <label htmlFor={`book-${key}`}>{h(label)}</label>{' '}
      <input
        id={`book-${key}`}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </p>
  );

  return (
    <>
      <PageTitle>{h('book.title')}</PageTitle>
      <ErrorAlert error={error} />
      <StatusMessage text={status} />
      <search>
        <form onSubmit={onSearch}>
          <label htmlFor="book-query">{h('book.search')}</label>{' '}
          <input id="book-query" value={query} onChange={(e) => setQuery(e.target.value)} />{' '}
          <button type="submit">{h('book.search')}</button>
        </form>
      </search>
      <table>
        <thead>
          <tr>
            <th scope="col">{h('book.name')}</th>
            <th scope="col">{h('book.code')}</th>
            <th scope="col">{h('book.role')}</th>
            <th scope="col">{h('book.where')}</th>
            <th scope="col">{h('book.nationalNumber')}</th>
            <th scope="col">{h('book.priorConsent')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.code}>
              <td>{p.name}</td>
              <td>{p.code}</td>
              <td>{h(`role.${p.role}`)}</td>
              <td>{p.inside ? h('book.inside') : h('book.outside', { number: p.companyNumber ?? '' })}</td>
              <td>{p.acceptsNationalNumber ? '✓' : ''}</td>
              <td>{p.priorConsent ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {admin && (
        <form onSubmit={onAdd}>
          <h2>{h('book.addTitle')}</h2>
          {field('code', 'book.code')}
          {field('name', 'book.name')}
          <p>
            <label htmlFor="book-kind">{h('book.kind')}</label>{' '}
            <select
              id="book-kind"
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as NewParticipant['kind'] })}
            >
              <option value="inside">{h('book.inside')}</option>
              <option value="outside">{h('book.kbo')}</option>
            </select>
          </p>
          {draft.kind === 'inside'
            ? field('department', 'book.department')
            : field('companyNumber', 'book.companyNumber')}
          <p>
            <label htmlFor="book-role">{h('book.role')}</label>{' '}
            <select
              id="book-role"
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as NewParticipant['role'] })}
            >
              {(['counsellor', 'creditor', 'both'] as const).map((r) => (
                <option key={r} value={r}>
                  {h(`role.${r}`)}
                </option>
              ))}
            </select>
          </p>
          <p>
            <input
              id="book-nn"
              type="checkbox"
              checked={draft.acceptsNationalNumber}
              onChange={(e) => setDraft({ ...draft, acceptsNationalNumber: e.target.checked })}
            />{' '}
            <label htmlFor="book-nn">{h('book.nationalNumber')}</label>
          </p>
          <p>
            <input
              id="book-prior"
              type="checkbox"
              checked={draft.priorConsent}
              onChange={(e) => setDraft({ ...draft, priorConsent: e.target.checked })}
            />{' '}
            <label htmlFor="book-prior">{h('book.priorConsent')}</label>
          </p>
          {field('contact', 'book.contact')}
          {field('email', 'book.email')}
          <button type="submit">{h('book.add')}</button>
        </form>
      )}
    </>
  );
}
