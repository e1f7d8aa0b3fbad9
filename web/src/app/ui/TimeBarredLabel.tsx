import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The label of a claim whose limitation date passed: "Verjaard sinds 15/01/2025". */
export function timeBarredText(lang: 'nl' | 'en', since: string): string {
  return lang === 'en' ? `Time-barred since ${formatDate(since)}` : `Verjaard sinds ${formatDate(since)}`;
}

/** Shown beside a time-barred claim on every screen that lists claims; with why it was bundled, if it was. */
export function TimeBarredLabel({ since, reason }: { since: string | null; reason?: string | null }) {
  const { lang } = useI18n();
  if (!since) return null;
  return (
    <>
      {' '}
      <span className="badge badge-time-barred">{timeBarredText(lang, since)}</span>
      {reason ? (
        <span className="time-barred-reason">
          {' '}
          {lang === 'en' ? 'Bundled because: ' : 'Toch gebundeld: '}
          {reason}
        </span>
      ) : null}
    </>
  );
}
