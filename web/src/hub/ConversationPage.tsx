import { useCallback, useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { hubApi, type MessageSummary, type Participant } from './api.ts';
import { BodyView } from './BodyView.tsx';
import { statusOf } from './InboxPage.tsx';
import { hubText, typeLabel } from './messages.ts';

/** One conversation: every message as metadata; a body is opened on request (and logged). */
export function ConversationPage({ id }: { id: string }) {
  const { lang } = useI18n();
  const h = (k: Parameters<typeof hubText>[1]) => hubText(lang, k);
  const [messages, setMessages] = useState<MessageSummary[]>([]);
  const [mine, setMine] = useState<Participant[]>([]);
  const [bodies, setBodies] = useState<Record<string, unknown>>({});
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    hubApi.conversation(id).then((r) => setMessages(r.messages), setError);
  }, [id]);
  useEffect(load, [load]);
  useEffect(() => {
    hubApi.me().then((r) => setMine(r.participants), setError);
  }, []);
  const isMine = (code: string) => mine.some((p) => p.code === code);

  const open = async (messageId: string) => {
    try {
      const r = await hubApi.open(messageId);
      setBodies((b) => ({ ...b, [messageId]: r.body }));
      load();
    } catch (caught) {
      setError(caught);
    }
  };
  const confirm = async (messageId: string) => {
    try {
      await hubApi.confirm(messageId);
      setStatus(h('conv.confirmed'));
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageTitle>{h('conv.title')}</PageTitle>
      <ErrorAlert error={error} />
      <StatusMessage text={status} />
      <ol className="conversation">
        {messages.map((m) => {
          const incoming = isMine(m.recipient);
          const body = bodies[m.id];
          return (
            <li key={m.id}>
              <h2>
                {m.urgent && `${h('urgentColon')} `}
                {typeLabel(lang, m.type)}
              </h2>
              <p>
                {h('col.from')} {m.senderName} · {h('col.to')} {m.recipientName} · {formatDate(m.sentOn)} ·{' '}
                {h('col.reference')} {m.debtorReference} · {h(`status.${statusOf(m)}`)}
                {m.dueOn ? ` · ${h('col.due')} ${formatDate(m.dueOn)}` : ''}
              </p>
              {body === undefined ? (
                <button type="button" onClick={() => open(m.id)}>
                  {h('conv.open')} <span className="visually-hidden">{typeLabel(lang, m.type)}</span>
                </button>
              ) : body === null ? (
                <p>{h('conv.purged')}</p>
              ) : (
                <BodyView body={body} />
              )}
              {incoming && m.fetched && !m.confirmedOn && !m.expiredOn && (
                <button type="button" onClick={() => confirm(m.id)}>
                  {h('conv.confirm')}
                </button>
              )}
              {incoming && m.sender !== 'hub' && !m.answeredOn && !m.expiredOn && (
                <a href={hrefFor(`/hub/reply/${m.id}`)}>{h('conv.answer')}</a>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
