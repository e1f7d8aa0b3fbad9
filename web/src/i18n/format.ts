// The kernel's pure formatters, so the web app shows amounts and dates exactly as the server does.
import { formatDate as formatIsoDate, isIsoDate } from '#kernel/dates.ts';
import { LOCALE } from '#kernel/i18n.ts';
import { formatEuro as formatKernelEuro } from '#kernel/money.ts';
import type { Lang } from './lang.ts';

/** Integer cents → `€ 1.234,56` (nl) / `1 234,56 €` (fr) / `€1,234.56` (en). */
export function formatEuro(cents: number, lang: Lang): string {
  return formatKernelEuro(cents, lang);
}

/** `2026-11-23` → `23/11/2026` in every language; anything that is not an ISO date is shown as given. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  return isIsoDate(isoDate) ? formatIsoDate(isoDate) : isoDate;
}

export function formatCount(value: number, lang: Lang): string {
  return value.toLocaleString(LOCALE[lang]);
}
