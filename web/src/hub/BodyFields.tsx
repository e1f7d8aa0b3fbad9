import { useI18n } from '../i18n/I18nProvider.tsx';
import {
  choicesOf,
  emptyValue,
  type FieldSchema,
  type FormValue,
  isAmount,
  isPercentage,
} from './body-form.ts';
import { fieldLabel, valueLabel } from './field-messages.ts';
import { hubText } from './messages.ts';

interface FieldProps {
  schema: FieldSchema;
  name: string;
  /** Element id prefix, unique on the page (`body-client-address-street`). */
  id: string;
  required: boolean;
  value: FormValue;
  onChange(next: FormValue): void;
}

type Obj = Record<string, FormValue | undefined>;

/** One labelled field per property of a hub message body, nested objects as fieldsets. */
export function BodyFields({
  schema,
  value,
  onChange,
}: {
  schema: FieldSchema;
  value: FormValue;
  onChange(v: FormValue): void;
}) {
  return <ObjectFields schema={schema} id="body" value={value} onChange={onChange} />;
}

function ObjectFields({
  schema,
  id,
  value,
  onChange,
}: {
  schema: FieldSchema;
  id: string;
  value: FormValue;
  onChange(v: FormValue): void;
}) {
  const obj = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Obj;
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([key, child]) => (
        <Field
          key={key}
          schema={child}
          name={key}
          id={`${id}-${key}`}
          required={schema.required?.includes(key) ?? false}
          value={obj[key]}
          onChange={(v) => onChange({ ...obj, [key]: v })}
        />
      ))}
    </>
  );
}

function Field({ schema, name, id, required, value, onChange }: FieldProps) {
  const { lang } = useI18n();
  const label = required
    ? fieldLabel(lang, name)
    : hubText(lang, 'form.optional', { label: fieldLabel(lang, name) });
  const choices = choicesOf(schema);
  if (schema.type === 'object') {
    const included = required || value !== undefined;
    return (
      <fieldset className="field">
        <legend>{fieldLabel(lang, name)}</legend>
        {!required && (
          <div className="checkbox">
            <input
              id={`${id}-include`}
              type="checkbox"
              checked={included}
              onChange={(e) => onChange(e.target.checked ? emptyValue(schema, name) : undefined)}
            />
            <label htmlFor={`${id}-include`}>{hubText(lang, 'form.include')}</label>
          </div>
        )}
        {included && <ObjectFields schema={schema} id={id} value={value} onChange={onChange} />}
      </fieldset>
    );
  }
  if (schema.type === 'array' && schema.items) {
    const items = Array.isArray(value) ? value : [];
    const item = schema.items;
    return (
      <fieldset className="field">
        <legend>{fieldLabel(lang, name)}</legend>
        {items.map((v, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <fieldset key={i} className="field">
            <legend>{hubText(lang, 'form.row', { n: String(i + 1) })}</legend>
            <ObjectFields
              schema={item}
              id={`${id}-${i}`}
              value={v}
              onChange={(next) => onChange(items.map((old, j) => (j === i ? next : old)))}
            />
            <button
              type="button"
              className="secondary"
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              {hubText(lang, 'form.removeRow', { n: String(i + 1) })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => onChange([...items, emptyValue(item, name)])}
        >
          {hubText(lang, 'form.addRow')}
        </button>
      </fieldset>
    );
  }
  if (schema.type === 'boolean') {
    return (
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{fieldLabel(lang, name)}</label>
      </div>
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (choices) {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={text} onChange={(e) => onChange(e.target.value)}>
          {!required && <option value="">—</option>}
          {choices.map((c) => (
            <option key={c} value={c}>
              {valueLabel(lang, c)}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const long =
    name === 'text' ||
    name === 'question' ||
    name === 'motivation' ||
    name.endsWith('Text') ||
    name === 'note';
  const hint = isAmount(name)
    ? hubText(lang, 'form.amountHint')
    : isPercentage(name)
      ? hubText(lang, 'form.percentHint')
      : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {long ? (
        <textarea id={id} rows={4} value={text} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          id={id}
          type={schema.format === 'date' ? 'date' : 'text'}
          inputMode={schema.type === 'integer' ? 'decimal' : undefined}
          aria-describedby={hint ? `${id}-hint` : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
