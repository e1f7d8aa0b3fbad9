import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ErrorAlert, StatusMessage } from '../app/messages.tsx';
import { PageTitle } from '../app/PageTitle.tsx';
import { Button } from '../app/ui/Button.tsx';
import { formatCount, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import {
  businessCasePdf,
  type CostModel,
  evaluate,
  listScenarios,
  loadCostModel,
  type PeopleSource,
  removeScenario,
  type SavedScenario,
  type ScenarioInputs,
  type ScenarioOutcome,
  saveScenario,
} from './api.ts';
import { type ReportsMessageKey, reportsText } from './messages.ts';

const srOnly = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

type SourceChoice = 'typed' | 'version' | 'draft';

interface Form {
  name: string;
  source: SourceChoice;
  rulesetVersion: string;
  draftJson: string;
  peopleReached: string;
  averageDebt: string;
  claimsPerPerson: string;
  repaymentRate: string;
  statusQuoRate: string;
  bailiffShare: string;
  staffMinutes: string;
  staffCost: string;
  reminderCost: string;
  bailiffCost: string;
}

const START: Form = {
  name: 'Scenario A',
  source: 'typed',
  rulesetVersion: '1',
  draftJson: '',
  peopleReached: '200',
  averageDebt: '1200',
  claimsPerPerson: '4',
  repaymentRate: '60',
  statusQuoRate: '35',
  bailiffShare: '25',
  staffMinutes: '240',
  staffCost: '50',
  reminderCost: '7.5',
  bailiffCost: '0',
};

const cents = (euros: string) => Math.round(Number(euros.replace(',', '.')) * 100);
const whole = (text: string) => Math.round(Number(text.replace(',', '.')));

/** An unreadable draft is sent as it is typed, so the server explains what is wrong with it. */
function parseDraft(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { unreadable: text.slice(0, 200) };
  }
}

function toInputs(f: Form, model: CostModel): ScenarioInputs {
  const ruleset =
    f.source === 'version'
      ? { ruleset: { version: whole(f.rulesetVersion) } }
      : f.source === 'draft'
        ? { ruleset: { draft: parseDraft(f.draftJson) } }
        : {};
  return {
    ...ruleset,
    peopleReached: whole(f.peopleReached),
    averageDebtPerPerson: cents(f.averageDebt),
    claimsPerPerson: Number(f.claimsPerPerson.replace(',', '.')),
    repaymentRatePct: whole(f.repaymentRate),
    statusQuoRecoveryPct: whole(f.statusQuoRate),
    bailiffSharePct: whole(f.bailiffShare),
    staffMinutesPerFile: whole(f.staffMinutes),
    staffCostPerHour: cents(f.staffCost),
    costModel: { ...model, reminderCost: cents(f.reminderCost), bailiffCostPerClaim: cents(f.bailiffCost) },
  };
}

function toForm(name: string, s: ScenarioInputs): Form {
  const euro = (c: number) => String(c / 100);
  const r = s.ruleset;
  return {
    name,
    source: r ? ('version' in r ? 'version' : 'draft') : 'typed',
    rulesetVersion: r && 'version' in r ? String(r.version) : '1',
    draftJson: r && 'draft' in r ? JSON.stringify(r.draft, null, 2) : '',
    peopleReached: String(s.peopleReached),
    averageDebt: euro(s.averageDebtPerPerson),
    claimsPerPerson: String(s.claimsPerPerson),
    repaymentRate: String(s.repaymentRatePct),
    statusQuoRate: String(s.statusQuoRecoveryPct),
    bailiffShare: String(s.bailiffSharePct),
    staffMinutes: String(s.staffMinutesPerFile),
    staffCost: euro(s.staffCostPerHour),
    reminderCost: euro(s.costModel.reminderCost),
    bailiffCost: euro(s.costModel.bailiffCostPerClaim),
  };
}

const FIELDS: [keyof Form, ReportsMessageKey][] = [
  ['peopleReached', 'bc.peopleReached'],
  ['averageDebt', 'bc.averageDebt'],
  ['claimsPerPerson', 'bc.claimsPerPerson'],
  ['repaymentRate', 'bc.repaymentRate'],
  ['statusQuoRate', 'bc.statusQuoRate'],
  ['bailiffShare', 'bc.bailiffShare'],
  ['staffMinutes', 'bc.staffMinutes'],
  ['staffCost', 'bc.staffCost'],
  ['reminderCost', 'bc.reminderCost'],
  ['bailiffCost', 'bc.bailiffCost'],
];

const OUTCOME_ROWS: (keyof ScenarioOutcome)[] = [
  'peopleReached',
  'debtInScope',
  'statusQuoRecovery',
  'expectedRecovery',
  'costsAvoided',
  'claimsNotToBailiff',
  'staffCost',
  'netEffect',
];
function sourceText(
  source: PeopleSource,
  t: (key: ReportsMessageKey, params?: Record<string, string | number>) => string,
  lang: Parameters<typeof formatEuro>[1],
): string {
  if (source.kind === 'typed')
    return source.rulesetError ? t('bc.used.fallback', { error: source.rulesetError }) : t('bc.used.typed');
  const params = {
    version: source.version === null ? '' : String(source.version),
    date: source.date,
    eligible: source.eligible,
    open: formatEuro(source.openCents, lang),
  };
  return t(source.version === null ? 'bc.used.draft' : 'bc.used.version', params);
}

const COUNTS = new Set<keyof ScenarioOutcome>(['peopleReached', 'claimsNotToBailiff']);

/** Scenarios side by side against the status quo, saved per organisation, exported as a PDF. */
export function BusinessCasePage() {
  const { lang } = useI18n();
  const t = (key: ReportsMessageKey, params?: Record<string, string | number>) =>
    reportsText(lang, key, params);
  const [form, setForm] = useState<Form>(START);
  const [model, setModel] = useState<CostModel | null>(null);
  const [saved, setSaved] = useState<SavedScenario[]>([]);
  const [current, setCurrent] = useState<ScenarioOutcome | null>(null);
  const [currentSource, setCurrentSource] = useState<PeopleSource | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(() => listScenarios().then((r) => setSaved(r.scenarios)), []);
  useEffect(() => {
    loadCostModel().then(setModel).catch(setError);
    refresh().catch(setError);
  }, [refresh]);

  const inputs = model ? toInputs(form, model) : null;
  // re-evaluate (debounced) whenever the inputs change in value, not in identity
  const inputsKey = inputs ? JSON.stringify(inputs) : '';
  const name = form.name;
  useEffect(() => {
    if (!inputsKey) return;
    const timer = setTimeout(() => {
      evaluate([{ name: name || '—', inputs: JSON.parse(inputsKey) as ScenarioInputs }])
        .then((r) => {
          setError(null);
          setCurrent(r.scenarios[0]?.outcome ?? null);
          setCurrentSource(r.scenarios[0]?.source ?? null);
        })
        .catch(setError);
    }, 250);
    return () => clearTimeout(timer);
  }, [inputsKey, name]);

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!inputs) return;
    setError(null);
    try {
      await saveScenario(form.name, inputs);
      await refresh();
      setStatus(t('bc.saved', { name: form.name }));
    } catch (caught) {
      setError(caught);
    }
  };
  const onPdf = async () => {
    if (!inputs) return;
    try {
      const blob = await businessCasePdf(lang, [
        { name: form.name || t('bc.current'), inputs },
        ...saved
          .filter((s) => s.name !== form.name)
          .slice(0, 5)
          .map((s) => ({ name: s.name, inputs: s.inputs })),
      ]);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'evs-business-case.pdf';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError(caught);
    }
  };

  const columns: { name: string; outcome: ScenarioOutcome; source: PeopleSource | null }[] = current
    ? [
        {
          name: t('bc.statusQuo'),
          outcome: {
            ...current,
            expectedRecovery: current.statusQuoRecovery,
            costsAvoided: 0,
            claimsNotToBailiff: 0,
            staffCost: 0,
            netEffect: 0,
          },
          source: currentSource,
        },
        { name: `${form.name} (${t('bc.current')})`, outcome: current, source: currentSource },
        ...saved
          .filter((s) => s.name !== form.name)
          .map((s) => ({ name: s.name, outcome: s.outcome, source: s.source })),
      ]
    : [];
  const show = (key: keyof ScenarioOutcome, v: number) =>
    COUNTS.has(key) ? formatCount(v, lang) : formatEuro(v, lang);

  return (
    <section>
      <PageTitle>{t('bc.title')}</PageTitle>
      <p>{t('bc.intro')}</p>
      <form onSubmit={onSave} className="stacked-form">
        <label>
          {t('bc.name')}
          <input
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            required
            maxLength={100}
          />
        </label>
        <fieldset>
          <legend>{t('bc.source')}</legend>
          {(['typed', 'version', 'draft'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name="people-source"
                value={choice}
                checked={form.source === choice}
                onChange={() => setForm({ ...form, source: choice })}
              />{' '}
              {t(`bc.source.${choice}`)}
            </label>
          ))}
          {form.source === 'version' ? (
            <label>
              {t('bc.rulesetVersion')}
              <input
                inputMode="numeric"
                value={form.rulesetVersion}
                onChange={(e) => setForm({ ...form, rulesetVersion: e.target.value })}
                required
              />
            </label>
          ) : null}
          {form.source === 'draft' ? (
            <label>
              {t('bc.draftJson')}
              <textarea
                rows={8}
                value={form.draftJson}
                onChange={(e) => setForm({ ...form, draftJson: e.target.value })}
                required
              />
            </label>
          ) : null}
        </fieldset>
        {FIELDS.map(([field, label]) => (
          <label key={field}>
            {t(label)}
            <input
              inputMode="decimal"
              value={form[field]}
              onChange={(e) => setForm({ ...form, [field]: e.target.value })}
              required
            />
          </label>
        ))}
        <div className="form-actions">
          <Button type="submit">{t('bc.save')}</Button>
          <Button variant="secondary" onClick={onPdf}>
            {t('bc.pdf')}
          </Button>
        </div>
      </form>
      <StatusMessage text={status} />
      {error ? <ErrorAlert error={error} /> : null}
      {currentSource ? (
        <p data-testid="people-source">
          {t('bc.usedSentence', { source: sourceText(currentSource, t, lang) })}
        </p>
      ) : null}
      {columns.length > 0 ? (
        <table>
          <caption>{t('bc.compare')}</caption>
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th scope="col" key={c.name}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {OUTCOME_ROWS.map((key) => (
              <tr key={key}>
                <th scope="row">{t(`out.${key}` as ReportsMessageKey)}</th>
                {columns.map((c) => (
                  <td key={c.name} className="amount">
                    {show(key, c.outcome[key])}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('bc.used')}</th>
              {columns.map((c) => (
                <td key={c.name}>{c.source ? sourceText(c.source, t, lang) : ''}</td>
              ))}
            </tr>
          </tbody>
        </table>
      ) : null}
      <h2>{t('bc.savedList')}</h2>
      {saved.length === 0 ? <p>{t('bc.none')}</p> : null}
      <ul>
        {saved.map((s) => (
          <li key={s.id}>
            {s.name}{' '}
            <button type="button" onClick={() => setForm(toForm(s.name, s.inputs))}>
              {t('bc.load')} <span style={srOnly}>{s.name}</span>
            </button>{' '}
            <button type="button" onClick={() => removeScenario(s.id).then(refresh).catch(setError)}>
              {t('bc.delete')} <span style={srOnly}>{s.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
