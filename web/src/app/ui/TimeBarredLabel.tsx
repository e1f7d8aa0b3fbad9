import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type Lang, translate } from '../../i18n/lang.ts';

/** The label of a claim whose limitation date passed: "Verjaard sinds 15/01/2025". */
export function timeBarredText(lang: Lang, since: string): string {
  return translate(lang, 'claim.timeBarred', { since: formatDate(since) });
}

/** Shown beside a time-barred claim on every screen that lists claims; with why it was bundled, if it was. */
export function TimeBarredLabel({ since, reason }: { since: string | null; reason?: string | null }) {
  const { lang, t } = useI18n();
  if (!since) return null;
  return (
    <>
      {' '}
      <span className="badge badge-time-barred">{timeBarredText(lang, since)}</span>
      {reason ? <span className="time-barred-reason"> {t('claim.bundledBecause', { reason })}</span> : null}
    </>
  );
}
