import { type FormEvent, useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { hubApi, type MessageSummary, type Participant } from './api.ts';
import { BodyFields } from './BodyFields.tsx';
import { emptyValue, type FieldSchema, type FormValue, fromBody, toBody } from './body-form.ts';
import { hubText, SENDABLE_TYPES, typeLabel } from './messages.ts';

/** Compose a new message, or answer one (`replyTo`): a balance request gets an answer drafted from EvS. */
export function ComposePage({ replyTo }: { replyTo?: string }) {
  const [schemas, setSchemas] = useState<Record<string, FieldSchema> | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    hubApi.messageSchemas().then((r) => setSchemas(r.schemas), setError);
  }, []);
  if (error) return <ErrorAlert error={error} />;
  if (!schemas) return null;
  return <ComposeForm schemas={schemas} {...(replyTo ? { replyTo } : {})} />;
}

const schemaIn = (schemas: Record<string, FieldSchema>, type: string): FieldSchema =>
  schemas[type] ?? { type: 'object', properties: {} };

function ComposeForm({ replyTo, schemas }: { replyTo?: string; schemas: Record<string, FieldSchema> }) {
  const schemaOf = (type: string): FieldSchema => schemaIn(schemas, type);
  const { lang } = useI18n();
  const h = (k: Parameters<typeof hubText>[1]) => hubText(lang, k);
  const [mine, setMine] = useState<Participant[]>([]);
  const [book, setBook] = useState<Participant[]>([]);
  const [parent, setParent] = useState<MessageSummary | null>(null);
  const [as, setAs] = useState('');
  const [type, setType] = useState(replyTo ? 'status-message' : 'balance-request');
  const [recipient, setRecipient] = useState('');
  const [reference, setReference] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [value, setValue] = useState<FormValue>(() => emptyValue(schemaOf(type)));
  const [asJson, setAsJson] = useState(false);
  const [json, setJson] = useState('{}');
  const [drafted, setDrafted] = useState(false);
  const [sent, setSent] = useState<MessageSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    hubApi.me().then((r) => {
      setMine(r.participants);
      if (r.participants[0]) setAs(r.participants[0].code);
    }, setError);
    hubApi.participants().then((r) => setBook(r.participants.filter((p) => p.active)), setError);
  }, []);
  useEffect(() => {
    if (!replyTo) return;
    hubApi.open(replyTo).then((r) => {
      setParent(r.message);
      setRecipient(r.message.sender);
      setAs(r.message.recipient);
      setReference(r.message.debtorReference);
      if (r.message.type === 'balance-request')
        hubApi.draft(replyTo).then((d) => {
          setType(d.type);
          setValue(fromBody(schemaIn(schemas, d.type), d.body));
          setDrafted(true);
        }, setError);
    }, setError);
  }, [replyTo, schemas]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    if (recipient === '') return setError(h('compose.noRecipient'));
    if (reference.trim() === '') return setError(h('compose.noReference'));
    let body: unknown;
    if (!asJson) body = toBody(schemaOf(type), value);
    else {
      try {
        body = JSON.parse(json);
      } catch {
        setError(h('compose.badJson'));
        return;
      }
    }
    try {
      const r = await hubApi.send({
        ...(as ? { as } : {}),
        type,
        recipient,
        debtorReference: reference,
        urgent,
        ...(parent ? { inReplyTo: parent.id } : {}),
        body,
      });
      setSent(r);
    } catch (caught) {
      setError(caught);
    }
  };

  const changeType = (next: string) => {
    setType(next);
    setValue(emptyValue(schemaOf(next)));
    setJson(JSON.stringify(toBody(schemaOf(next), emptyValue(schemaOf(next))), null, 2));
  };
  const toggleJson = (on: boolean) => {
    if (on) setJson(JSON.stringify(toBody(schemaOf(type), value), null, 2));
    else {
      try {
        setValue(fromBody(schemaOf(type), JSON.parse(json)));
      } catch {
        setError(h('compose.badJson'));
        return;
      }
    }
    setAsJson(on);
  };
  const others = book.filter((p) => !mine.some((m) => m.code === p.code));
  return (
    <>
      <PageTitle>{h(replyTo ? 'compose.replyTitle' : 'compose.title')}</PageTitle>
      <ErrorAlert error={error} />
      {sent && (
        <>
          <StatusMessage text={h('compose.sent')} />
          <p>
            <a href={hrefFor(`/hub/conversations/${sent.conversationId}`)}>{h('conv.title')}</a>
          </p>
        </>
      )}
      {drafted && <p className="note">{h('compose.draftNote')}</p>}
      <form onSubmit={onSubmit} noValidate>
        {mine.length > 1 && (
          <p>
            <label htmlFor="compose-as">{h('inbox.as')}</label>{' '}
            <select id="compose-as" value={as} onChange={(e) => setAs(e.target.value)}>
              {mine.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label htmlFor="compose-type">{h('compose.type')}</label>{' '}
          <select id="compose-type" value={type} onChange={(e) => changeType(e.target.value)}>
            {SENDABLE_TYPES.map((t) => (
              <option key={t} value={t}>
                {typeLabel(lang, t)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="compose-recipient">{h('compose.recipient')}</label>{' '}
          <select
            id="compose-recipient"
            aria-required="true"
            value={recipient}
            disabled={parent !== null}
            onChange={(e) => setRecipient(e.target.value)}
          >
            <option value="">—</option>
            {(parent ? book : others).map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="compose-reference">{h('compose.reference')}</label>{' '}
          <input
            id="compose-reference"
            aria-required="true"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </p>
        <p>
          <input
            id="compose-urgent"
            type="checkbox"
            checked={urgent}
            onChange={(e) => setUrgent(e.target.checked)}
          />{' '}
          <label htmlFor="compose-urgent">{h('compose.urgent')}</label>
        </p>
        <div className="checkbox">
          <input
            id="compose-json"
            type="checkbox"
            checked={asJson}
            onChange={(e) => toggleJson(e.target.checked)}
          />
          <label htmlFor="compose-json">{h('compose.asJson')}</label>
        </div>
        {asJson ? (
          <div className="field">
            <label htmlFor="compose-body">{h('compose.body')}</label>
            <textarea
              id="compose-body"
              rows={16}
              cols={80}
              value={json}
              onChange={(e) => setJson(e.target.value)}
            />
          </div>
        ) : (
          <fieldset className="field">
            <legend>{h('compose.content')}</legend>
            <BodyFields schema={schemaOf(type)} value={value} onChange={setValue} />
          </fieldset>
        )}
        <button type="submit">{h('compose.send')}</button>
      </form>
    </>
  );
}
