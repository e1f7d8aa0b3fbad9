/**
 * The explanation as sentences in the reader's language: one function turns the structured explanation
 * (explain-node.ts, engine.ts) into what a person reads — amounts in euros, dates as dd/mm/yyyy, codes as
 * words — e.g. "Heeft een leefloon …: ja, volgens MAGDA sinds 01/01/2026 → gewicht 60" or
 * "Geen collectieve schuldenregeling: klopt". Pure; the raw rule stays in each item's `rule`.
 */
import { formatDate } from '../kernel/dates.ts';
import {
  type ComparisonValue,
  type FactCondition,
  localizedText,
  PERSON_FIELDS,
  profileForScore,
} from '../kernel/eligibility/ruleset.ts';
import type { Lang, MessageParams } from '../kernel/i18n.ts';
import { formatEuro } from '../kernel/money.ts';
import type { Explanation } from './engine.ts';
import type { ExplainNode, FactUsed } from './explain-node.ts';
import { type ExplanationKey, explanationMessages } from './explanation-messages.ts';

export interface ExplainedSentence {
  readonly met: boolean;
  readonly sentence: string;
  /** The raw rule with the values seen, for finance ("Toon regel"). */
  readonly rule: string;
}

export interface ExplanationSentences {
  /** Score, profile and thresholds, ruleset and date. */
  readonly summary: string;
  /** "In aanmerking voor een EvS-dossier: ja/nee", then one sentence per part of the condition. */
  readonly eligibility: ExplainedSentence & { readonly parts: string[] };
  readonly conditions: (ExplainedSentence & {
    readonly parameter: string;
    readonly weight: number;
  })[];
  readonly rights: (ExplainedSentence & { readonly code: string })[];
  /** Every fact the rules looked at, as a sentence with its value, source and period. */
  readonly facts: string[];
}

const say = (lang: Lang, key: ExplanationKey, params?: MessageParams) =>
  explanationMessages.text(lang, key, params);
const KEYS: ReadonlySet<string> = new Set(explanationMessages.keys);

/** The word for a field, kind of fact or code (`field_`, `kind_`, `code_`); an unknown one as its words. */
const word = (table: 'field' | 'kind' | 'code', key: string, lang: Lang): string => {
  const id = `${table}_${key}`;
  return KEYS.has(id) ? say(lang, id as ExplanationKey) : key.replaceAll('_', ' ');
};
const yes = (lang: Lang, met: boolean) => say(lang, met ? 'yes' : 'no');
const holds = (lang: Lang, met: boolean) => say(lang, met ? 'holds' : 'holdsNot');
const capital = (s: string) => (s === '' ? s : s[0]?.toUpperCase() + s.slice(1));
const joined = (
  lang: Lang,
  key: 'listAnd' | 'listOr' | 'partsOr' | 'reasons',
  items: readonly string[],
): string => (items.length === 0 ? '' : items.reduce((first, second) => say(lang, key, { first, second })));

function fieldValue(field: string, v: ComparisonValue, lang: Lang): string {
  if (typeof v === 'boolean') return yes(lang, v);
  if (typeof v === 'string') return word('code', v, lang);
  const spec = (PERSON_FIELDS as Readonly<Record<string, { type: string }>>)[field];
  const cents = spec?.type === 'cents' || field === 'amount' || field === 'monthly_amount';
  return cents ? formatEuro(v, lang) : String(v);
}

function periodText(p: FactUsed['period'], lang: Lang): string {
  if (p.to === null) return say(lang, 'since', { from: formatDate(p.from) });
  return say(lang, 'fromTo', { from: formatDate(p.from), to: formatDate(p.to) });
}

/** What the fact says, without its source or period: "leefloon niet van toepassing". */
export function factValue(f: FactUsed, lang: Lang): string {
  switch (f.kind) {
    case 'social_status':
    case 'legal_status':
      return say(lang, f.applies ? 'applies' : 'appliesNot', { what: word('code', f.code, lang) });
    case 'income':
      return `${word('code', f.type, lang)} ${formatEuro(f.amount, lang)} ${word('code', f.periodicity, lang)}`;
    case 'credit_default':
      return say(lang, 'creditDefault', {
        amount: formatEuro(f.amount, lang),
        lender: f.lender,
        since: formatDate(f.since),
      });
    case 'household':
      return say(lang, 'household', { size: f.size, adults: f.adults, children: f.children });
    case 'early_signal':
      return say(lang, 'earlySignal', {
        partner: word('code', f.partner, lang),
        amount: formatEuro(f.amount, lang),
        days: f.daysOverdue,
        date: formatDate(f.date),
      });
  }
}

/** The source as a person reads it: a city department's signal (`dienst:CODE`) names the department. */
function sourceText(source: string, lang: Lang): string {
  return source.startsWith('dienst:') ? say(lang, 'department', { code: source.slice(7) }) : source;
}

const according = (f: FactUsed, lang: Lang) =>
  say(lang, 'according', { source: sourceText(f.source, lang), period: periodText(f.period, lang) });

/** "Sociaal statuut — leefloon: van toepassing, volgens MAGDA sinds 01/01/2026". */
export function factSentence(f: FactUsed, lang: Lang): string {
  return `${capital(word('kind', f.kind, lang))} — ${factValue(f, lang)}, ${according(f, lang)}`;
}

/** The code a fact condition asks for (`code eq X` somewhere in an `all`), to pick the facts it is about. */
function askedCode(c: FactCondition | null): string | null {
  if (c === null || 'not' in c || 'any' in c) return null;
  if ('all' in c) {
    for (const x of c.all) {
      const code = askedCode(x);
      if (code !== null) return code;
    }
    return null;
  }
  return c.field === 'code' && c.op === 'eq' && typeof c.value === 'string' ? c.value : null;
}

function whereText(c: FactCondition, lang: Lang): string {
  if ('all' in c)
    return joined(
      lang,
      'listAnd',
      c.all.map((x) => whereText(x, lang)),
    );
  if ('any' in c)
    return `(${joined(
      lang,
      'listOr',
      c.any.map((x) => whereText(x, lang)),
    )})`;
  if ('not' in c) return say(lang, 'whereNot', { condition: whereText(c.not, lang) });
  if (c.field === 'code' && c.op === 'eq') return word('code', String(c.value), lang);
  if (c.field === 'applies' && c.op === 'eq')
    return say(lang, c.value === true ? 'whereApplies' : 'whereAppliesNot');
  return `${word('field', c.field, lang)} ${say(lang, `op_${c.op}`)} ${fieldValue(c.field, c.value, lang)}`;
}

/** What an `exists` asks for: "leefloon" for a status code that applies, else the kind and its condition. */
function existsText(node: Extract<ExplainNode, { op: 'exists' }>, lang: Lang): string {
  const code = askedCode(node.where);
  const w = node.where;
  const plain =
    code !== null &&
    w !== null &&
    'all' in w &&
    w.all.length === 2 &&
    w.all.some((x) => 'field' in x && x.field === 'applies' && x.value === true);
  if (code !== null && (plain || (w !== null && 'field' in w))) return word('code', code, lang);
  const kind = word('kind', node.kind, lang);
  return w ? `${kind} (${whereText(w, lang)})` : kind;
}

function compareText(node: Extract<ExplainNode, { op: 'compare' }>, lang: Lang, asMet: boolean): string {
  const op = say(lang, `${asMet ? 'op' : 'notOp'}_${node.cmp}`);
  const statement = `${word('field', node.field, lang)} ${fieldValue(node.field, node.actual, lang)} ${op} ${fieldValue(node.field, node.expected, lang)}`;
  const h = node.household;
  return h ? say(lang, 'householdLimit', { statement, adults: h.adults, children: h.children }) : statement;
}

/** The node as a statement, without its truth: "openstaande schuld € 150,00 is meer dan € 0,00". */
function statement(node: ExplainNode, lang: Lang): string {
  switch (node.op) {
    case 'compare':
      return compareText(node, lang, true);
    case 'exists':
      return existsText(node, lang);
    case 'not':
      if (node.part.op === 'exists') return say(lang, 'none', { what: existsText(node.part, lang) });
      if (node.part.op === 'compare') return compareText(node.part, lang, false);
      return say(lang, 'statementNot', { statement: statement(node.part, lang) });
    case 'all':
    case 'any':
      return joined(
        lang,
        node.op === 'all' ? 'listAnd' : 'listOr',
        node.parts.map((p) => statement(p, lang)),
      );
  }
}

/** Why a node holds (evidence) or does not (reasons), in short clauses. */
function because(node: ExplainNode, facts: readonly FactUsed[], date: string, lang: Lang): string[] {
  switch (node.op) {
    case 'compare':
      return [compareText(node, lang, node.met)];
    case 'exists': {
      if (node.met) return node.matched.flatMap((i) => (facts[i] ? [according(facts[i], lang)] : []));
      const code = askedCode(node.where);
      const about = node.unmatched
        .flatMap((i) => (facts[i] ? [facts[i]] : []))
        .filter((f) => code === null || f.code === code);
      if (about.length > 0)
        return about.map((f) =>
          say(lang, 'sourceSays', {
            source: sourceText(f.source, lang),
            value: factValue(f, lang),
            period: periodText(f.period, lang),
          }),
        );
      if (node.outOfPeriod.length > 0)
        return node.outOfPeriod.map((f) => {
          const source = sourceText(f.source, lang);
          return f.period.to !== null && f.period.to < date
            ? say(lang, 'recordEnded', { source, date: formatDate(f.period.to) })
            : say(lang, 'recordStarts', { source, date: formatDate(f.period.from) });
        });
      return [say(lang, 'noRecord', { what: existsText(node, lang), date: formatDate(date) })];
    }
    case 'not':
      return node.met ? [statement(node, lang)] : because(node.part, facts, date, lang);
    case 'all':
    case 'any': {
      const relevant = node.met
        ? node.parts.filter((p) => p.met)
        : node.op === 'all'
          ? node.parts.filter((p) => !p.met)
          : node.parts;
      return [...new Set(relevant.flatMap((p) => because(p, facts, date, lang)))];
    }
  }
}

function sentenceOf(
  node: ExplainNode,
  facts: readonly FactUsed[],
  date: string,
  lang: Lang,
  first = true,
): string {
  const truth = node.op === 'not' ? holds(lang, node.met) : yes(lang, node.met);
  const said = statement(node, lang);
  const verdict = { statement: first ? capital(said) : said, truth };
  if (node.op === 'compare' || node.op === 'all' || node.op === 'any' || (node.op === 'not' && node.met))
    return say(lang, 'verdict', verdict);
  const why = because(node, facts, date, lang);
  return why.length > 0
    ? say(lang, 'verdictBecause', { ...verdict, why: joined(lang, 'reasons', why) })
    : say(lang, 'verdict', verdict);
}

export function explanationSentences(e: Explanation, lang: Lang): ExplanationSentences {
  const date = e.evaluationDate;
  const facts = e.factsUsed;
  const summary = say(lang, 'summary', {
    score: String(e.score),
    profile: word('code', profileForScore(e.thresholds, e.score), lang),
    limited: String(e.thresholds.GeringeAfbetaalmogelijkheid.minScore),
    insolvent: String(e.thresholds.Onvermogend.minScore),
    ruleset: e.rulesetId,
    version: String(e.version),
    date: formatDate(date),
  });
  const el = e.eligibility.node;
  const parts = el.op === 'all' ? el.parts : [el];
  const partSentence = (p: ExplainNode) =>
    p.op === 'any'
      ? joined(
          lang,
          'partsOr',
          p.parts.map((x, i) => sentenceOf(x, facts, date, lang, i === 0)),
        )
      : sentenceOf(p, facts, date, lang);
  return {
    summary,
    eligibility: {
      met: e.eligibility.met,
      sentence: say(lang, 'eligible', { answer: yes(lang, e.eligibility.met) }),
      rule: e.eligibility.detail,
      parts: parts.map(partSentence),
    },
    conditions: e.conditions.map((c) => {
      const why = joined(lang, 'reasons', because(c.node, facts, date, lang));
      const params = { label: localizedText(c.description, lang), answer: yes(lang, c.met) };
      const sentence = c.met
        ? why
          ? say(lang, 'conditionMetBecause', { ...params, why, weight: String(c.weight) })
          : say(lang, 'conditionMet', { ...params, weight: String(c.weight) })
        : why
          ? say(lang, 'conditionNotMetBecause', { ...params, why })
          : say(lang, 'conditionNotMet', params);
      return { parameter: c.parameter, weight: c.weight, met: c.met, sentence, rule: c.detail };
    }),
    rights: e.rights.map((r) => {
      const name = localizedText(r.name, lang);
      const sentence =
        r.node === null
          ? say(lang, 'rightOutOfPeriod', { name, period: periodText(r.period, lang) })
          : say(lang, 'rightDecided', {
              name,
              answer: yes(lang, r.granted),
              why: joined(lang, 'reasons', because(r.node, facts, date, lang)),
            });
      return { code: r.code, met: r.granted, sentence, rule: r.detail };
    }),
    facts: facts.map((f) => factSentence(f, lang)),
  };
}
