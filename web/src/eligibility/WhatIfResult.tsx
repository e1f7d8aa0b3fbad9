import { useEffect, useMemo } from 'react';
import { formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { WhatIfReport } from './api.ts';
import { type EligibilityMessageKey, eligibilityText, PROFILES } from './messages.ts';
import { WhatIfChart } from './WhatIfChart.tsx';

/** A what-if report: people and open debt per profile now and under the draft, the moves, a CSV. */
export function WhatIfResult({ report }: { report: WhatIfReport }) {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const csvUrl = useMemo(
    () => URL.createObjectURL(new Blob([toCsv(report)], { type: 'text/csv' })),
    [report],
  );
  useEffect(() => () => URL.revokeObjectURL(csvUrl), [csvUrl]);
  const profile = (p: string) => t(`profile.${p}` as EligibilityMessageKey);
  const sum = (side: 'active' | 'draft', field: 'people' | 'openCents') =>
    PROFILES.reduce((s, p) => s + (report[side][p]?.[field] ?? 0), 0);
  const changed = report.moves.filter((m) => m.from !== m.to && m.people > 0);
  return (
    <section aria-labelledby="whatif-result">
      <p>
        {t('editor.changes', {
          became: report.becameEligible,
          lost: report.lostEligibility,
          moved: changed.reduce((s, m) => s + m.people, 0),
          amount: formatEuro(
            changed.reduce((s, m) => s + m.openCents, 0),
            lang,
          ),
        })}
      </p>
      <h2 id="whatif-result">{t('whatif.perProfile')}</h2>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table aria-label={t('whatif.perProfile')}>
          <thead>
            <tr>
              <th scope="col">{t('whatif.profile')}</th>
              <th scope="col" className="num">
                {t('whatif.activePeople')}
              </th>
              <th scope="col" className="num">
                {t('whatif.draftPeople')}
              </th>
              <th scope="col" className="num">
                {t('whatif.activeOpen')}
              </th>
              <th scope="col" className="num">
                {t('whatif.draftOpen')}
              </th>
            </tr>
          </thead>
          <tbody>
            {PROFILES.map((p) => (
              <tr key={p}>
                <th scope="row">{profile(p)}</th>
                <td className="num">{report.active[p]?.people ?? 0}</td>
                <td className="num">{report.draft[p]?.people ?? 0}</td>
                <td className="num">{formatEuro(report.active[p]?.openCents ?? 0, lang)}</td>
                <td className="num">{formatEuro(report.draft[p]?.openCents ?? 0, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('whatif.total')}</th>
              <td className="num">{sum('active', 'people')}</td>
              <td className="num">{sum('draft', 'people')}</td>
              <td className="num">{formatEuro(sum('active', 'openCents'), lang)}</td>
              <td className="num">{formatEuro(sum('draft', 'openCents'), lang)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <WhatIfChart report={report} />
      <h2>{t('whatif.moves')}</h2>
      <div
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
        tabIndex={0}
      >
        <table aria-label={t('whatif.moves')}>
          <thead>
            <tr>
              <th scope="col">{t('whatif.from')}</th>
              <th scope="col">{t('whatif.to')}</th>
              <th scope="col" className="num">
                {t('whatif.people')}
              </th>
              <th scope="col" className="num">
                {t('whatif.openAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {changed.map((m) => (
              <tr key={`${m.from}-${m.to}`}>
                <th scope="row">{profile(m.from)}</th>
                <td>{profile(m.to)}</td>
                <td className="num">{m.people}</td>
                <td className="num">{formatEuro(m.openCents, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {csvUrl && (
        <p>
          <a href={csvUrl} download={`what-if-${report.date}.csv`}>
            {t('whatif.csv')}
          </a>
        </p>
      )}
    </section>
  );
}

/** The same CSV as the API's `?format=csv`, built from the report already on screen. */
function toCsv(r: WhatIfReport): string {
  const euros = (cents: number) => (cents / 100).toFixed(2);
  const lines = ['section;profile;to_profile;people;open_eur;eligible'];
  for (const [section, tallies] of [
    ['active', r.active],
    ['draft', r.draft],
  ] as const)
    for (const p of PROFILES) {
      const x = tallies[p];
      lines.push([section, p, '', x?.people ?? 0, euros(x?.openCents ?? 0), x?.eligible ?? 0].join(';'));
    }
  for (const m of r.moves) lines.push(['move', m.from, m.to, m.people, euros(m.openCents), ''].join(';'));
  return `${lines.join('\r\n')}\r\n`;
}
