import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { MessageParams } from '#kernel/i18n.ts';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { accessText, roleName } from './messages.ts';

interface UserRow {
  id: string;
  login: string;
  displayName: string;
  active: boolean;
  locked: boolean;
  roles: string[];
  departments: string[];
}

const ROLES = ['admin', 'finance', 'clerk', 'social_worker', 'auditor', 'policy'] as const;

const codes = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function UsersPage() {
  const { lang } = useI18n();
  const a = (k: Parameters<typeof accessText>[1], p?: MessageParams) => accessText(lang, k, p);
  const [rows, setRows] = useState<UserRow[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [form, setForm] = useState({
    login: '',
    displayName: '',
    password: '',
    role: 'clerk',
    departments: '',
  });

  const load = useCallback(() => {
    apiFetch<{ users: UserRow[] }>('/api/v1/users')
      .then((r) => setRows(r.users))
      .catch(setError);
  }, []);
  useEffect(load, [load]);

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      await apiFetch('/api/v1/users', {
        json: {
          login: form.login,
          displayName: form.displayName,
          password: form.password,
          roles: [form.role],
          departments: codes(form.departments),
        },
      });
      setStatus(a('users.added'));
      setForm({ ...form, login: '', displayName: '', password: '' });
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  const onReset = async (user: UserRow) => {
    const password = window.prompt(a('users.newPassword', { login: user.login }));
    if (!password) return;
    try {
      await apiFetch(`/api/v1/users/${user.id}/password`, { json: { password } });
      setStatus(a('users.resetDone'));
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageTitle>{a('users.title')}</PageTitle>
      <ErrorAlert error={error} />
      <StatusMessage text={status} />
      <table>
        <thead>
          <tr>
            <th scope="col">{a('users.colLogin')}</th>
            <th scope="col">{a('users.colName')}</th>
            <th scope="col">{a('users.colRoles')}</th>
            <th scope="col">{a('users.colDepartments')}</th>
            <th scope="col">{a('users.colStatus')}</th>
            <th scope="col">
              <span className="visually-hidden">{a('users.reset')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.login}</th>
              <td>{u.displayName}</td>
              <td>{u.roles.map((r) => roleName(lang, r)).join(', ')}</td>
              <td>{u.departments.join(', ')}</td>
              <td>{u.locked ? a('users.locked') : u.active ? a('users.active') : a('users.inactive')}</td>
              <td>
                <button type="button" onClick={() => onReset(u)}>
                  {a('users.reset')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{a('users.addTitle')}</h2>
      <form onSubmit={onAdd}>
        {(
          [
            ['login', 'users.colLogin', 'text'],
            ['displayName', 'users.displayName', 'text'],
            ['password', 'login.password', 'password'],
            ['departments', 'users.departments', 'text'],
          ] as const
        ).map(([name, label, type]) => (
          <div className="field" key={name}>
            <label htmlFor={`user-${name}`}>{a(label)}</label>
            <input
              id={`user-${name}`}
              type={type}
              autoComplete="off"
              value={form[name]}
              onChange={(e) => setForm({ ...form, [name]: e.target.value })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor="user-role">{a('users.role')}</label>
          <select
            id="user-role"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: e.target.value })}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(lang, r)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{a('users.add')}</button>
      </form>
    </>
  );
}
