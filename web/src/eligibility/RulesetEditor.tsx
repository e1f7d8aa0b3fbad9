import { type FormEvent, useState } from 'react';
import { validateRuleset } from '#kernel/eligibility/validate-ruleset.ts';
import type { Lang } from '#kernel/i18n.ts';
import { ApiError } from '../api/client.ts';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { runWhatIf, saveRuleset, type WhatIfReport } from './api.ts';
import { type EligibilityMessageKey, eligibilityText } from './messages.ts';
import {
  type Described,
  describedIn,
  formGroups,
  getAt,
  parseRulesetText,
  readValue,
  setAt,
  shownValue,
  type ThresholdInput,
} from './ruleset-form.ts';
import { rulesetText } from './ruleset-messages.ts';
import { WhatIfResult } from './WhatIfResult.tsx';

interface Issue {
  path: string;
  message: string;
}

const PROFILE_PATHS = [
  ['$.profiles.Onvermogend.minScore', 'editor.minScore.Onvermogend'],
  ['$.profiles.GeringeAfbetaalmogelijkheid.minScore', 'editor.minScore.GeringeAfbetaalmogelijkheid'],
] as const;

/** An id for the input of a JSON path (safe in HTML and CSS). */
const fieldId = (path: string) => `rs-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

function issuesOf(caught: unknown): Issue[] {
  if (!(caught instanceof ApiError) || !Array.isArray(caught.details)) return [];
  return caught.details.flatMap((d: unknown) =>
    typeof d === 'object' && d !== null && 'path' in d && 'message' in d
      ? [{ path: String(d.path), message: String(d.message) }]
      : [],
  );
}

/**
 * The ruleset for people: weights, thresholds in euros and profile limits as a form, each with its
 * description in the reader's language (and the other of Dutch and English) and its message on the field; the raw JSON one click away. The same
 * editor saves a new version (`canSave`) and runs the what-if on the draft.
 */
export function RulesetEditor({
  initial,
  canSave,
  onSaved,
}: {
  initial: unknown;
  canSave: boolean;
  /** Called with the sentence to show; the page reloads the versions (and this editor with them). */
  onSaved?: (message: string) => void;
}) {
  const { lang } = useI18n();
  const t = (key: EligibilityMessageKey, params?: Record<string, string | number>) =>
    eligibilityText(lang, key, params);
  const [draft, setDraft] = useState<unknown>(initial);
  const [view, setView] = useState<'form' | 'json'>('form');
  const [text, setText] = useState(() => JSON.stringify(initial, null, 2));
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<Issue[]>([]);
  const [jsonProblem, setJsonProblem] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [report, setReport] = useState<WhatIfReport | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

  const groups = formGroups(draft, lang);
  const shownPaths = new Set<string>([
    '$.effectiveFrom',
    ...PROFILE_PATHS.map(([p]) => p),
    ...groups.flatMap((g) => [`${g.path}.weight`, ...g.thresholds.map((x) => x.path)]),
  ]);
  const messageOf = (path: string) =>
    fieldErrors[path] ?? issues.find((i) => i.path === path)?.message ?? null;
  const otherIssues = issues.filter((i) => !shownPaths.has(i.path));
  /** The description in the other language shown under the form's own (French readers get the other one of nl/en). */
  const otherOf = (d: Described): 'nl' | 'en' => (lang === 'nl' || (lang !== 'en' && !d.fr) ? 'en' : 'nl');

  /** The draft as the editor holds it now: from the JSON text in the JSON view. */
  function currentDraft(): { ok: true; value: unknown } | { ok: false } {
    if (view === 'form') return { ok: true, value: draft };
    const parsed = parseRulesetText(text, lang);
    if (!parsed.ok) {
      setJsonProblem(parsed.message);
      return { ok: false };
    }
    setJsonProblem(null);
    return { ok: true, value: parsed.value };
  }

  function switchTo(next: 'form' | 'json') {
    if (next === view) return;
    if (next === 'json') {
      setText(JSON.stringify(draft, null, 2));
      setView('json');
      return;
    }
    const parsed = parseRulesetText(text, lang);
    if (!parsed.ok) {
      setJsonProblem(parsed.message);
      return;
    }
    setJsonProblem(null);
    setDraft(parsed.value);
    setTyped({});
    setFieldErrors({});
    setView('form');
  }

  function change(path: string, kind: 'cents' | 'number' | 'date', value: string) {
    setTyped((m) => ({ ...m, [path]: value }));
    setIssues((list) => list.filter((i) => i.path !== path));
    const read =
      kind === 'date'
        ? value === ''
          ? { ok: false as const, message: rulesetText(lang, 'value.date') }
          : { ok: true as const, value }
        : readValue(kind, value, lang);
    if (!read.ok) {
      setFieldErrors((m) => ({ ...m, [path]: read.message }));
      return;
    }
    setFieldErrors((m) => {
      const { [path]: _, ...rest } = m;
      return rest;
    });
    setDraft((d: unknown) => setAt(d, path, read.value));
  }

  /** Client-side: the fields' own checks, then the same validation the server runs. */
  function checked(value: unknown): boolean {
    const bad = Object.keys(fieldErrors);
    if (view === 'form' && bad.length > 0) {
      setStatus('');
      setError(t('editor.fixFields', { count: bad.length }));
      const first = bad[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return false;
    }
    const doc = typeof value === 'object' && value !== null ? { ...value, version: 1 } : value;
    const valid = validateRuleset(doc);
    if (!valid.ok) {
      const list = valid.error.map((i) => ({
        path: i.path,
        message: (i.message as Partial<Record<Lang, string>>)[lang] ?? i.message.nl,
      }));
      setIssues(list);
      setStatus('');
      setError(t('editor.fixFields', { count: list.length }));
      return false;
    }
    setIssues([]);
    setError(null);
    return true;
  }

  async function whatIf() {
    const current = currentDraft();
    if (!current.ok || !checked(current.value)) return;
    setStatus(t('whatif.busy'));
    try {
      const r = await runWhatIf(lang, current.value, date);
      setReport(r);
      setStatus(
        t('whatif.done', {
          date: formatDate(r.date),
          version: String(r.activeVersion),
          became: r.becameEligible,
          lost: r.lostEligibility,
        }),
      );
    } catch (caught) {
      setStatus('');
      showFailure(caught);
    }
  }

  /** A rejected ruleset's issues go to their fields; the alert then only counts them. */
  function showFailure(caught: unknown) {
    const list = issuesOf(caught);
    setIssues(list);
    setError(list.length > 0 ? t('editor.fixFields', { count: list.length }) : caught);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const current = currentDraft();
    if (!current.ok || !checked(current.value)) return;
    setStatus('');
    try {
      const saved = await saveRuleset(lang, current.value);
      const message = t('rules.saved', {
        version: String(saved.version),
        date: formatDate(saved.effectiveFrom),
      });
      if (onSaved) onSaved(message);
      else setStatus(message);
    } catch (caught) {
      showFailure(caught);
    }
  }

  const field = (
    path: string,
    label: string,
    kind: 'cents' | 'number' | 'date',
    value: unknown,
    hint?: string,
  ) => {
    const id = fieldId(path);
    const message = messageOf(path);
    const shown =
      typed[path] ??
      (kind === 'date'
        ? String(value ?? '')
        : typeof value === 'number'
          ? shownValue(kind, value, lang)
          : '');
    const describedBy = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ');
    return (
      <div className="field" key={path}>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
        <input
          id={id}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'cents' ? 'decimal' : kind === 'number' ? 'numeric' : undefined}
          size={kind === 'date' ? undefined : 12}
          value={shown}
          aria-invalid={message !== null}
          aria-describedby={describedBy || undefined}
          onChange={(e) => change(path, kind, e.target.value)}
        />
        {message && (
          <p id={`${id}-error`} className="field-error">
            {message}
          </p>
        )}
      </div>
    );
  };
  const threshold = (x: ThresholdInput) =>
    field(x.path, x.kind === 'cents' ? t('editor.euro', { label: x.label }) : x.label, x.kind, x.value);

  return (
    <form onSubmit={save} noValidate>
      <fieldset className="ruleset-views">
        <legend>{t('editor.views')}</legend>
        <button type="button" aria-pressed={view === 'form'} onClick={() => switchTo('form')}>
          {t('editor.viewForm')}
        </button>{' '}
        <button type="button" aria-pressed={view === 'json'} onClick={() => switchTo('json')}>
          {t('editor.viewJson')}
        </button>
      </fieldset>
      {view === 'form' ? (
        <>
          <p className="hint">{t('editor.formHint')}</p>
          {field('$.effectiveFrom', t('editor.effectiveFrom'), 'date', getAt(draft, '$.effectiveFrom'))}
          {groups.map((g) => (
            <fieldset key={g.path} className="panel">
              <legend>
                {g.weight === null ? t('editor.eligibility') : describedIn(g.description, lang)}
              </legend>
              <p className="hint">
                {g.weight === null && <>{describedIn(g.description, lang)} </>}
                <span lang={otherOf(g.description)}>
                  {t(otherOf(g.description) === 'en' ? 'editor.inEnglish' : 'editor.inDutch', {
                    text: g.description[otherOf(g.description)],
                  })}
                </span>
              </p>
              {g.weight !== null && field(`${g.path}.weight`, t('editor.weight'), 'number', g.weight)}
              {g.thresholds.map(threshold)}
            </fieldset>
          ))}
          <fieldset className="panel">
            <legend>{t('editor.profiles')}</legend>
            <p className="hint">{t('editor.profilesHint')}</p>
            {PROFILE_PATHS.map(([path, key]) => field(path, t(key), 'number', getAt(draft, path)))}
          </fieldset>
        </>
      ) : (
        <div className="field">
          <label htmlFor="ruleset-json">{t('rules.editor')}</label>
          <p id="ruleset-hint" className="hint">
            {t('editor.jsonHint')}
          </p>
          <textarea
            id="ruleset-json"
            rows={24}
            cols={100}
            spellCheck={false}
            value={text}
            aria-describedby={jsonProblem ? 'ruleset-hint ruleset-error' : 'ruleset-hint'}
            aria-invalid={jsonProblem !== null}
            onChange={(e) => {
              setText(e.target.value);
              setJsonProblem(null);
            }}
          />
          {jsonProblem && (
            <p id="ruleset-error" className="field-error">
              {jsonProblem}
            </p>
          )}
        </div>
      )}
      {otherIssues.length > 0 && (
        <div className="error-alert">
          <p>{t('editor.otherIssues')}</p>
          <ul>
            {otherIssues.map((i) => (
              <li key={i.path}>
                <code>{i.path}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor="whatif-date">{t('whatif.date')}</label>
        <input id="whatif-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <p className="hint">{t('editor.whatIfHint')}</p>
      <div className="inline-controls">
        <button type="button" onClick={() => void whatIf()}>
          {t('editor.whatIf')}
        </button>
        {canSave && <button type="submit">{t('rules.save')}</button>}
      </div>
      <StatusMessage text={status} />
      <div style={{ whiteSpace: 'pre-line' }}>
        <ErrorAlert error={error} />
      </div>
      {report && <WhatIfResult report={report} />}
    </form>
  );
}
