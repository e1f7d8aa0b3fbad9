import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Header } from './Header.tsx';
import { PageTitle } from './PageTitle.tsx';
import { matchPath, useCurrentPath } from './router.ts';
import { type RouteDef, routes } from './routes.tsx';

function findRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

export function App() {
  const { t } = useI18n();
  const path = useCurrentPath();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(path);
  const match = findRoute(path);

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
      <Header section={match?.route.section ?? null} />
      <main id="main-content" ref={mainRef} tabIndex={-1}>
        {match ? (
          match.route.render(match.params)
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
