import { LANG_NAME } from '#kernel/i18n.ts';
import { accessText } from '../access/messages.ts';
import { useSession } from '../access/session.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { htmlLang, LANGS } from '../i18n/lang.ts';
import { hrefFor } from './router.ts';
import { type NavEntry, navFor } from './routes.tsx';

export function Header({ section }: { section: NavEntry['id'] | null }) {
  const i18n = useI18n();
  const { t, lang, setLang } = i18n;
  const { user, signOut } = useSession();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a className="app-name" href={hrefFor('/')}>
          {t('app.name')}
        </a>
        {user && (
          <nav aria-label={t('app.navLabel')}>
            <ul>
              {navFor(user).map((entry) => (
                <li key={entry.id}>
                  <a
                    href={hrefFor(entry.path(user))}
                    aria-current={entry.id === section ? 'page' : undefined}
                  >
                    {entry.label(i18n)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {user && (
          <div className="session">
            <span>{accessText(lang, 'session.signedInAs', { name: user.displayName })}</span>{' '}
            <button type="button" onClick={() => void signOut()}>
              {accessText(lang, 'session.logout')}
            </button>
          </div>
        )}
        {/* each language named in itself, so a reader finds theirs whatever the page speaks now */}
        <fieldset className="lang-switch">
          <legend>{t('app.language')}</legend>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={htmlLang[l]}
              aria-pressed={l === lang}
              onClick={() => setLang(l)}
            >
              {LANG_NAME[l]}
            </button>
          ))}
        </fieldset>
      </div>
    </header>
  );
}
