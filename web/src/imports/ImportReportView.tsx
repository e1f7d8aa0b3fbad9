import type { ImportOutcome } from '../api/imports.ts';
import { type I18n, useI18n } from '../i18n/I18nProvider.tsx';

export function outcomeSummary(t: I18n['t'], outcome: ImportOutcome, dryRun: boolean): string {
  if (!outcome.accepted) return t('import.resultRejected');
  if (outcome.report.rejected.length > 0) {
    return t('import.resultPartial', { count: rejectedRows(outcome.report.rejected) });
  }
  return dryRun ? t('import.resultDryRun') : t('import.resultImported');
}

export function ImportReportView({ outcome }: { outcome: ImportOutcome }) {
  const { t, count } = useI18n();
  const { report } = outcome;
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('import.reportTitle')}</h2>
      <dl className="counts">
        <div>
          <dt>{t('import.rows')}</dt>
          <dd>{count(report.rows)}</dd>
        </div>
        <div>
          <dt>{t('import.created')}</dt>
          <dd>{count(report.created)}</dd>
        </div>
        <div>
          <dt>{t('import.updated')}</dt>
          <dd>{count(report.updated)}</dd>
        </div>
        <div>
          <dt>{t('import.unchanged')}</dt>
          <dd>{count(report.unchanged)}</dd>
        </div>
        <div>
          <dt>{t('import.rejectedCount')}</dt>
          <dd>{count(rejectedRows(report.rejected))}</dd>
        </div>
      </dl>
      {report.rejectedFile && (
        <p>
          <a className="download" href={report.rejectedFile} download>
            {t('import.downloadRejected')}
          </a>
        </p>
      )}
      {report.rejected.length > 0 && (
        <>
          <h3 id="import-errors-title">{t('import.errorsTitle')}</h3>
          <div
            className="table-wrap"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
            tabIndex={0}
          >
            <table className="row-errors" aria-labelledby="import-errors-title">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('import.colRow')}
                  </th>
                  <th scope="col">{t('import.colField')}</th>
                  <th scope="col">{t('import.colValue')}</th>
                  <th scope="col">{t('import.colMessage')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((r, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a report's list is replaced whole, never reordered
                  <tr key={`${r.row}/${r.field}/${index}`}>
                    <th scope="row" className="num">
                      {r.row}
                    </th>
                    <td>{r.column || r.field}</td>
                    <td>
                      <code>{r.value}</code>
                    </td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** The report lists every error; a row with two bad fields is still one rejected row. */
function rejectedRows(rejected: readonly { row: number }[]): number {
  return new Set(rejected.map((r) => r.row)).size;
}
