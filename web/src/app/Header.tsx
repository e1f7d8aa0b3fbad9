import { useI18n } from '../i18n/I18nProvider.tsx';
import { hrefFor } from './router.ts';
import { type NavEntry, navEntries } from './routes.tsx';

export function Header({ section }: { section: NavEntry['id'] | null }) {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="app-name" href={hrefFor('/')}>
          {t('app.name')}
        </a>
        <nav aria-label={t('app.navLabel')}>
          <ul>
            {navEntries.map((entry) => (
              <li key={entry.id}>
                <a href={hrefFor(entry.path)} aria-current={entry.id === section ? 'page' : undefined}>
                  {t(entry.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          className="lang-switch"
          lang={other === 'en' ? 'en' : 'nl-BE'}
          aria-label={t('app.switchLanguageLabel')}
          onClick={() => setLang(other)}
        >
          {t('app.switchLanguage')}
        </button>
      </div>
    </header>
  );
}
