import { useEffect, useState } from 'react';
import { hasRole, useSession } from '../access/session.tsx';
import { hrefFor } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { lookAlikesOf } from './twins-api.ts';
import { twinsText } from './twins-messages.ts';

/** Warns on the overview and the open-file form when the person has an open look-alike suggestion. */
export function LookAlikeWarning({ debtorId }: { debtorId: string }) {
  const { lang } = useI18n();
  const { user } = useSession();
  const [count, setCount] = useState(0);
  const allowed = hasRole(user, ['finance', 'social_worker']);
  useEffect(() => {
    if (!allowed) return;
    const abort = new AbortController();
    lookAlikesOf(debtorId, abort.signal)
      .then((r) => setCount(r.suggestions.length))
      .catch(() => setCount(0));
    return () => abort.abort();
  }, [debtorId, allowed]);
  if (count === 0) return null;
  return (
    <p className="error-alert" role="status">
      <strong>{twinsText(lang, 'warning')}</strong>{' '}
      {hasRole(user, ['finance']) && (
        <a href={hrefFor('/debtors-twins')}>{twinsText(lang, 'warningAction')}</a>
      )}
    </p>
  );
}
