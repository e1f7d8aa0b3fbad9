import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { CHANNELS, isMilestone, MILESTONES } from '#kernel/milestones.ts';
import { useToday } from '../access/session.tsx';
import { apiFetch } from '../api/client.ts';
import { ErrorAlert } from '../app/messages.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { channelName, type JourneyKey, journeyText, kindName, milestoneName } from './messages.ts';

interface Journey {
  milestone: string;
  milestoneLabel: string;
  openTasks: number;
  timeline: {
    date: string;
    kind: string;
    text: string;
    actor: string;
    actorName?: string;
    note: string | null;
    status: string | null;
    id: string | null;
  }[];
}

/** The file's milestones, contacts, tasks and plan activities on one timeline, with forms to add to it. */
export function JourneyPanel({ fileId }: { fileId: string }) {
  const { lang } = useI18n();
  const x = (key: JourneyKey) => journeyText(lang, key);
  const [journey, setJourney] = useState<Journey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [milestone, setMilestone] = useState('contacted');
  const [channel, setChannel] = useState('phone');
  const [reached, setReached] = useState(false);
  const [title, setTitle] = useState('');
  const today = useToday();
  const [due, setDue] = useState(today);
  const load = useCallback(() => {
    apiFetch<Journey>(`/api/v1/evs-files/${encodeURIComponent(fileId)}/journey`)
      .then(setJourney)
      .catch(setError);
  }, [fileId]);
  useEffect(load, [load]);

  const send = async (path: string, body: unknown) => {
    setError(null);
    try {
      await apiFetch(path, { json: body });
      load();
    } catch (caught) {
      setError(caught);
    }
  };
  const post = (path: string, body: unknown) => (event: FormEvent) => {
    event.preventDefault();
    void send(path, body);
  };
  const base = `/api/v1/evs-files/${encodeURIComponent(fileId)}`;
  return (
    <section className="panel" aria-labelledby="journey-title">
      <h2 id="journey-title">{x('title')}</h2>
      <ErrorAlert error={error} />
      {journey && (
        <p>
          {journeyText(lang, 'current', {
            label: isMilestone(journey.milestone)
              ? milestoneName(lang, journey.milestone)
              : journey.milestoneLabel,
            tasks: journey.openTasks,
          })}
        </p>
      )}
      <form className="inline-controls" onSubmit={post(`${base}/milestones`, { milestone, on: today })}>
        <label htmlFor="journey-milestone">{x('milestone')}</label>
        <select id="journey-milestone" value={milestone} onChange={(e) => setMilestone(e.target.value)}>
          {MILESTONES.map((m) => (
            <option key={m} value={m}>
              {milestoneName(lang, m)}
            </option>
          ))}
        </select>
        <button type="submit">{x('record')}</button>
      </form>
      <form className="inline-controls" onSubmit={post(`${base}/contacts`, { channel, reached, on: today })}>
        <label htmlFor="journey-channel">{x('channel')}</label>
        <select id="journey-channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelName(lang, c)}
            </option>
          ))}
        </select>
        <input
          id="journey-reached"
          type="checkbox"
          checked={reached}
          onChange={(e) => setReached(e.target.checked)}
        />
        <label htmlFor="journey-reached">{x('reached')}</label>
        <button type="submit">{x('contact')}</button>
      </form>
      <form className="inline-controls" onSubmit={post(`${base}/tasks`, { title, due })}>
        <label htmlFor="journey-task">{x('task')}</label>
        <input id="journey-task" value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor="journey-due">{x('due')}</label>
        <input id="journey-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        <button type="submit" disabled={title.trim() === ''}>
          {x('addTask')}
        </button>
      </form>
      {journey && (
        <div
          className="table-wrap"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
          tabIndex={0}
        >
          <table>
            <caption>{x('timeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{x('date')}</th>
                <th scope="col">{x('kind')}</th>
                <th scope="col">{x('what')}</th>
                <th scope="col">{x('who')}</th>
              </tr>
            </thead>
            <tbody>
              {journey.timeline.map((e, i) => (
                <tr key={`${e.kind}-${e.id ?? i}`}>
                  <td>{formatDate(e.date)}</td>
                  <td>{kindName(lang, e.kind)}</td>
                  <td>
                    {e.text}
                    {e.note ? ` — ${e.note}` : ''}
                    {e.kind === 'task' && e.status === 'open' && e.id && (
                      <button
                        type="button"
                        onClick={() => void send(`/api/v1/journey-tasks/${e.id}/done`, {})}
                      >
                        {x('done')}
                      </button>
                    )}
                  </td>
                  <td>{e.actorName ?? e.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
