import { useI18n } from '../i18n/I18nProvider.tsx';
import { hubText } from './messages.ts';

export interface BalanceRequestForm {
  counsellorClientNumber: string;
  creditorClientNumber: string;
  settlementType: string;
  firstNames: string;
  surname: string;
  birthDate: string;
  street: string;
  number: string;
  postcode: string;
  town: string;
  contact: string;
  invoices: string;
  consent: string;
  consentDate: string;
}

export const EMPTY_BALANCE_REQUEST: BalanceRequestForm = {
  counsellorClientNumber: '',
  creditorClientNumber: '',
  settlementType: 'SB',
  firstNames: '',
  surname: '',
  birthDate: '',
  street: '',
  number: '',
  postcode: '',
  town: '',
  contact: '',
  invoices: '',
  consent: '',
  consentDate: '',
};

/** The saldoverzoek body from the form; the server validates and answers field by field. */
export function balanceRequestBody(f: BalanceRequestForm): Record<string, unknown> {
  const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());
  return {
    counsellorClientNumber: f.counsellorClientNumber.trim(),
    creditorClientNumber: opt(f.creditorClientNumber),
    settlementType: f.settlementType,
    client: {
      firstNames: f.firstNames.trim(),
      surname: f.surname.trim(),
      birthDate: f.birthDate,
      address: {
        street: f.street.trim(),
        number: f.number.trim(),
        postcode: f.postcode.trim(),
        town: f.town.trim(),
        country: 'BE',
      },
    },
    contactPerson: { name: f.contact.trim() },
    consentStatement: opt(f.consent)
      ? { kind: 'client-consent', reference: f.consent.trim(), signedOn: f.consentDate }
      : undefined,
    claims: f.invoices
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((counsellorInvoiceNumber) => ({ counsellorInvoiceNumber })),
  };
}

const FIELDS: { key: keyof BalanceRequestForm; type?: string; required?: boolean }[] = [
  { key: 'counsellorClientNumber', required: true },
  { key: 'creditorClientNumber' },
  { key: 'firstNames', required: true },
  { key: 'surname', required: true },
  { key: 'birthDate', type: 'date', required: true },
  { key: 'street', required: true },
  { key: 'number', required: true },
  { key: 'postcode', required: true },
  { key: 'town', required: true },
  { key: 'contact', required: true },
  { key: 'invoices' },
  { key: 'consent' },
  { key: 'consentDate', type: 'date' },
];

export function BalanceRequestFields({
  value,
  onChange,
}: {
  value: BalanceRequestForm;
  onChange: (next: BalanceRequestForm) => void;
}) {
  const { lang } = useI18n();
  return (
    <fieldset>
      <legend>{hubText(lang, 'compose.body')}</legend>
      <p>
        <label htmlFor="br-settlementType">{hubText(lang, 'br.settlementType')}</label>{' '}
        <select
          id="br-settlementType"
          value={value.settlementType}
          onChange={(e) => onChange({ ...value, settlementType: e.target.value })}
        >
          {['SB', 'SK', 'SA', 'BR', 'HF'].map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </p>
      {FIELDS.map((f) => (
        <p key={f.key}>
          <label htmlFor={`br-${f.key}`}>
            {hubText(lang, `br.${f.key}` as Parameters<typeof hubText>[1])}
          </label>{' '}
          <input
            id={`br-${f.key}`}
            type={f.type ?? 'text'}
            required={f.required}
            value={value[f.key]}
            onChange={(e) => onChange({ ...value, [f.key]: e.target.value })}
          />
        </p>
      ))}
    </fieldset>
  );
}
