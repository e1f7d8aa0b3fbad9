import { useI18n } from '../i18n/I18nProvider.tsx';
import type { WhatIfReport } from './api.ts';
import { type EligibilityMessageKey, eligibilityText, PROFILES } from './messages.ts';

const WIDTH = 560;
const BAR = 26;
const ROW = 2 * BAR + 24;
const LABEL = 210;

/**
 * Bars of people per profile, now and under the draft. Decorative for screen readers beyond its summary:
 * the table above it holds the same numbers.
 */
export function WhatIfChart({ report }: { report: WhatIfReport }) {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey) => eligibilityText(lang, key);
  const max = Math.max(
    1,
    ...PROFILES.flatMap((p) => [report.active[p]?.people ?? 0, report.draft[p]?.people ?? 0]),
  );
  const scale = (n: number) => Math.round(((WIDTH - LABEL - 60) * n) / max);
  const height = PROFILES.length * ROW + 30;
  return (
    <figure>
      <svg
        width={WIDTH}
        height={height}
        role="img"
        aria-label={t('whatif.chart')}
        viewBox={`0 0 ${WIDTH} ${height}`}
      >
        {PROFILES.map((p, i) => {
          const y = i * ROW;
          const now = report.active[p]?.people ?? 0;
          const draft = report.draft[p]?.people ?? 0;
          return (
            <g key={p}>
              <text x={0} y={y + BAR + 4} fontSize="14">
                {t(`profile.${p}` as EligibilityMessageKey)}
              </text>
              <rect x={LABEL} y={y} width={scale(now)} height={BAR} fill="#1f4e79" />
              <text x={LABEL + scale(now) + 6} y={y + BAR - 8} fontSize="13">
                {now}
              </text>
              <rect x={LABEL} y={y + BAR} width={scale(draft)} height={BAR} fill="#b35900" />
              <text x={LABEL + scale(draft) + 6} y={y + 2 * BAR - 8} fontSize="13">
                {draft}
              </text>
            </g>
          );
        })}
        <rect x={LABEL} y={height - 20} width={14} height={14} fill="#1f4e79" />
        <text x={LABEL + 20} y={height - 8} fontSize="13">
          {t('whatif.now')}
        </text>
        <rect x={LABEL + 90} y={height - 20} width={14} height={14} fill="#b35900" />
        <text x={LABEL + 110} y={height - 8} fontSize="13">
          {t('whatif.draftLabel')}
        </text>
      </svg>
      <figcaption>{t('whatif.chart')}</figcaption>
    </figure>
  );
}
