import { useEffect, useState } from 'react';
import { ErrorAlert } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { hrefFor } from '../app/router.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { hubApi, type MessageSummary, type Participant } from './api.ts';
import { hubText, typeLabel } from './messages.ts';

export function statusOf(m: MessageSummary): 'new' | 'fetched' | 'confirmed' | 'expired' | 'answered' {
  if (m.expiredOn) return 'expired';
  if (m.answeredOn) return 'answered';
  if (m.confirmedOn) return 'confirmed';
  return m.fetched ? 'fetched' : 'new';
}

/** The hub inbox of the participants the user acts as: urgent first, then oldest; and the sent log. */
export function InboxPage() {
  const { lang } = useI18n();
  const h = (k: Parameters<typeof hubText>[1]) => hubText(lang, k);
  const [mine, setMine] = useState<Participant[]>([]);
  const [as, setAs] = useState<string>('');
  const [view, setView] = useState<'inbox' | 'sent'>('inbox');
  const [messages, setMessages] = useState<MessageSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    hubApi.me().then((r) => setMine(r.participants), setError);
  }, []);
  useEffect(() => {
    setMessages(null);
    const load = view === 'inbox' ? hubApi.inbox(as || undefined) : hubApi.sent(as || undefined);
    load.then((r) => setMessages(r.messages), setError);
  }, [as, view]);

  return (
    <>
      <PageTitle>{h('inbox.title')}</PageTitle>
      <ErrorAlert error={error} />
      <p className="actions">
        <a href={hrefFor('/hub/compose')}>{h('inbox.new')}</a> ·{' '}
        <a href={hrefFor('/hub/address-book')}>{h('inbox.addressBook')}</a>
      </p>
      {mine.length > 1 && (
        <p>
          <label htmlFor="hub-as">{h('inbox.as')}</label>{' '}
          <select id="hub-as" value={as} onChange={(e) => setAs(e.target.value)}>
            <option value="">—</option>
            {mine.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </p>
      )}
      <div role="tablist" aria-label={h('inbox.title')}>
        {(['inbox', 'sent'] as const).map((v) => (
          <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => setView(v)}>
            {h(v === 'inbox' ? 'inbox.incoming' : 'inbox.sent')}
          </button>
        ))}
      </div>
      {messages && messages.length === 0 && <p>{h('inbox.empty')}</p>}
      {messages && messages.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{h('col.type')}</th>
              <th scope="col">{h(view === 'inbox' ? 'col.from' : 'col.to')}</th>
              <th scope="col">{h('col.reference')}</th>
              <th scope="col">{h('col.sent')}</th>
              <th scope="col">{h('col.due')}</th>
              <th scope="col">{h('col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.urgent && <strong>{h('urgentColon')} </strong>}
                  <a href={hrefFor(`/hub/conversations/${m.conversationId}`)}>{typeLabel(lang, m.type)}</a>
                </td>
                <td>{view === 'inbox' ? m.senderName : m.recipientName}</td>
                <td>{m.debtorReference}</td>
                <td>{formatDate(m.sentOn)}</td>
                <td>{m.dueOn ? formatDate(m.dueOn) : ''}</td>
                <td>
                  {h(`status.${statusOf(m)}`)}
                  {m.purged && view === 'sent' ? ` · ${h('status.purged')}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
