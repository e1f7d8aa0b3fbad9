import type { Lang } from './lang.ts';

/**
 * Formats integer cents without going through floating point: `€ 1.234,56` (nl), `€1,234.56` (en).
 */
export function formatEuro(cents: number, lang: Lang): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const euros = Math.floor(abs / 100).toString();
  const rest = (abs % 100).toString().padStart(2, '0');
  const groupSep = lang === 'nl' ? '.' : ',';
  const decimalSep = lang === 'nl' ? ',' : '.';
  let grouped = '';
  for (let i = euros.length; i > 0; i -= 3) {
    const group = euros.slice(Math.max(0, i - 3), i);
    grouped = grouped === '' ? group : `${group}${groupSep}${grouped}`;
  }
  const sign = negative ? '-' : '';
  const prefix = lang === 'nl' ? '€ ' : '€';
  return `${sign}${prefix}${grouped}${decimalSep}${rest}`;
}

/** `2026-11-23` → `23/11/2026` in both languages; anything else is shown as given. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

export function formatCount(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'nl' ? 'nl-BE' : 'en-GB');
}
