import { isIsoDate } from '#kernel/dates.ts';
import { LOCALE } from '#kernel/i18n.ts';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { isAmount, isPercentage } from './body-form.ts';
import { fieldLabel, valueLabel } from './field-messages.ts';
import { hubText } from './messages.ts';

/** A message body as a person reads it: labelled fields, amounts in euros, coded values in words. */
export function BodyView({ body }: { body: unknown }) {
  return (
    <div className="message-body">
      <Value value={body} name="" />
    </div>
  );
}

function Value({ value, name }: { value: unknown; name: string }) {
  const { lang } = useI18n();
  if (Array.isArray(value)) {
    if (value.length === 0) return <>—</>;
    return (
      <ol>
        {value.map((v, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of a message never change order
          <li key={i}>
            <Value value={v} name={name} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object' && value !== null) {
    return (
      <dl className="message-fields">
        {Object.entries(value).map(([key, v]) => (
          <div key={key}>
            <dt>{fieldLabel(lang, key)}</dt>
            <dd>
              <Value value={v} name={key} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  if (typeof value === 'boolean') return <>{hubText(lang, value ? 'value.yes' : 'value.no')}</>;
  if (typeof value === 'number') {
    if (isAmount(name)) return <>{formatEuro(value, lang)}</>;
    if (isPercentage(name)) return <>{(value / 100).toLocaleString(LOCALE[lang])} %</>;
    return <>{value}</>;
  }
  if (typeof value === 'string' && isIsoDate(value)) return <>{formatDate(value)}</>;
  return <>{valueLabel(lang, String(value))}</>;
}
