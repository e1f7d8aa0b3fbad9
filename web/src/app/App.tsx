import { Suspense, useEffect, useRef } from 'react';
import { LoginPage } from '../access/LoginPage.tsx';
import { SessionProvider, useSession } from '../access/session.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Header } from './Header.tsx';
import { PageTitle } from './PageTitle.tsx';
import { matchPath, navigate, useCurrentPath } from './router.ts';
import { homeOf, type RouteDef, routes, sectionFor } from './routes.tsx';

function findRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

export function App() {
  return (
    <SessionProvider>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const { t } = useI18n();
  const { user } = useSession();
  const path = useCurrentPath();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(path);
  const match = findRoute(path);
  // A screen outside the user's menu (e.g. search for a citizen) sends them to their own home.
  const section = user && match ? sectionFor(user, match.route) : null;
  const offMenu = !!user && !!match && section === null;
  const home = user ? homeOf(user) : '/';

  useEffect(() => {
    if (user && offMenu && home !== path) navigate(home);
  }, [user, offMenu, home, path]);

  // After in-app navigation, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (previousPath.current === path) return;
    previousPath.current = path;
    const heading = mainRef.current?.querySelector<HTMLElement>('h1');
    heading?.focus();
  }, [path]);

  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      <Header section={section ?? match?.route.section ?? null} />
      <main id="main-content" ref={mainRef} tabIndex={-1}>
        {user === undefined ? (
          <p>{t('app.loading')}</p>
        ) : user === null ? (
          <LoginPage />
        ) : offMenu && home !== path ? null : match && !offMenu ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>{match.route.render(match.params)}</Suspense>
        ) : (
          <>
            <PageTitle>{t('app.notFoundTitle')}</PageTitle>
            <p>{t('app.notFound')}</p>
          </>
        )}
      </main>
    </>
  );
}
