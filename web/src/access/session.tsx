import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { apiFetch, UNAUTHENTICATED_EVENT } from '../api/client.ts';
import type { Lang } from '../i18n/lang.ts';

export interface Me {
  id: string;
  login: string;
  displayName: string;
  organisation: string;
  roles: string[];
  departments: string[];
  debtorId: string | null;
  /** The server's business day (YYYY-MM-DD): forms are dated with it, not with the browser's clock. */
  today: string;
}

interface SessionValue {
  /** undefined while the first /me is in flight; null when signed out. */
  user: Me | null | undefined;
  signIn(login: string, password: string, lang: Lang): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    apiFetch<Me>('/api/v1/auth/me')
      .then(setUser)
      .catch(() => setUser(null));
    const onUnauthenticated = () => setUser(null);
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
  }, []);

  const signIn = useCallback(async (login: string, password: string, lang: Lang) => {
    const r = await apiFetch<{ user: Me }>(`/api/v1/auth/login?lang=${lang}`, { json: { login, password } });
    setUser(r.user);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiFetch('/api/v1/auth/logout', { method: 'POST' });
    } finally {
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, signIn, signOut }), [user, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The server's "today" once signed in; the browser's date only before the first answer. */
export function useToday(): string {
  return useSession().user?.today ?? new Date().toISOString().slice(0, 10);
}

export function hasRole(user: Me | null | undefined, roles: readonly string[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}
