/**
 * The explanation as sentences in the reader's language: one function turns the structured explanation
 * (explain-node.ts, engine.ts) into what a person reads — amounts in euros, dates as dd/mm/yyyy, codes as
 * words — e.g. "Heeft een leefloon …: ja, volgens MAGDA sinds 01/01/2026 → gewicht 60" or
 * "Geen collectieve schuldenregeling: klopt". Pure; the raw rule stays in each item's `rule`.
 */
import { formatDate } from '../kernel/dates.ts';
import {
  type CompareOp,
  type ComparisonValue,
  type FactCondition,
  PERSON_FIELDS,
  profileForScore,
} from '../kernel/eligibility/ruleset.ts';
import { formatEuro } from '../kernel/money.ts';
import { legacyLang } from '../platform/i18n.ts';
import type { Lang } from '../platform/scope.ts';
import type { Explanation } from './engine.ts';
import type { ExplainNode, FactUsed } from './explain-node.ts';

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

type Words = Readonly<Record<string, { readonly nl: string; readonly en: string }>>;

const FIELD: Words = {
  income_monthly: { nl: 'maandinkomen', en: 'monthly income' },
  household_size: { nl: 'gezinsgrootte', en: 'household size' },
  household_adults: { nl: 'volwassenen in het gezin', en: 'adults in the household' },
  household_children: { nl: 'kinderen in het gezin', en: 'children in the household' },
  open_debt_cents: { nl: 'openstaande schuld', en: 'open debt' },
  open_debt_departments: { nl: 'diensten met openstaande schuld', en: 'departments with open debt' },
  credit_default_count: { nl: 'geregistreerde wanbetalingen', en: 'registered credit defaults' },
  credit_default_cents: { nl: 'bedrag van de wanbetalingen', en: 'amount of the credit defaults' },
  early_signal_count: { nl: 'vroegsignalen', en: 'early signals' },
  score: { nl: 'score', en: 'score' },
  profile: { nl: 'profiel', en: 'profile' },
  // fact fields
  amount: { nl: 'bedrag', en: 'amount' },
  monthly_amount: { nl: 'bedrag per maand', en: 'monthly amount' },
  days_since: { nl: 'dagen sinds de wanbetaling', en: 'days since the default' },
  days_overdue: { nl: 'dagen achterstand', en: 'days overdue' },
  age_days: { nl: 'dagen oud', en: 'days old' },
  size: { nl: 'gezinsgrootte', en: 'household size' },
  adults: { nl: 'volwassenen', en: 'adults' },
  children: { nl: 'kinderen', en: 'children' },
  lender: { nl: 'kredietgever', en: 'lender' },
  partner: { nl: 'partner', en: 'partner' },
  type: { nl: 'soort inkomen', en: 'income type' },
  periodicity: { nl: 'periodiciteit', en: 'periodicity' },
};

const KIND: Words = {
  social_status: { nl: 'sociaal statuut', en: 'social status' },
  legal_status: { nl: 'juridisch statuut', en: 'legal status' },
  income: { nl: 'inkomen', en: 'income' },
  credit_default: { nl: 'wanbetaling op een krediet', en: 'credit default' },
  household: { nl: 'gezinssamenstelling', en: 'household composition' },
  early_signal: { nl: 'vroegsignaal', en: 'early signal' },
};

const CODE: Words = {
  leefloon: { nl: 'leefloon', en: 'living wage (leefloon)' },
  equivalent_leefloon: { nl: 'equivalent leefloon', en: 'equivalent living wage' },
  verhoogde_tegemoetkoming: { nl: 'verhoogde tegemoetkoming', en: 'increased reimbursement' },
  ocmw_steun: { nl: 'steun van het OCMW', en: 'OCMW support' },
  inkomensgarantie_ouderen: { nl: 'inkomensgarantie voor ouderen', en: 'income guarantee for the elderly' },
  tegemoetkoming_handicap: {
    nl: 'tegemoetkoming voor personen met een handicap',
    en: 'disability allowance',
  },
  vermindering_verdienvermogen: {
    nl: 'vermindering van het verdienvermogen',
    en: 'reduced earning capacity',
  },
  collectieve_schuldenregeling: { nl: 'collectieve schuldenregeling', en: 'collective debt settlement' },
  budgetbeheer: { nl: 'budgetbeheer', en: 'budget management' },
  budgetbegeleiding: { nl: 'budgetbegeleiding', en: 'budget guidance' },
  bewindvoering: { nl: 'bewindvoering', en: 'administration (bewindvoering)' },
  rechterlijke_bescherming: { nl: 'rechterlijke bescherming', en: 'judicial protection' },
  beroepsinkomen: { nl: 'beroepsinkomen', en: 'earned income' },
  vervangingsinkomen: { nl: 'vervangingsinkomen', en: 'replacement income' },
  pensioen: { nl: 'pensioen', en: 'pension' },
  kinderbijslag: { nl: 'kinderbijslag', en: 'child benefit' },
  andere: { nl: 'ander inkomen', en: 'other income' },
  housing: { nl: 'huisvesting', en: 'housing' },
  energy: { nl: 'energieleverancier', en: 'energy supplier' },
  water: { nl: 'waterleverancier', en: 'water supplier' },
  health_insurer: { nl: 'ziekenfonds', en: 'health insurer' },
  department: { nl: 'dienst van de stad', en: 'city department' },
  week: { nl: 'per week', en: 'per week' },
  month: { nl: 'per maand', en: 'per month' },
  quarter: { nl: 'per kwartaal', en: 'per quarter' },
  year: { nl: 'per jaar', en: 'per year' },
  Vermogend: { nl: 'Vermogend', en: 'Solvent (Vermogend)' },
  GeringeAfbetaalmogelijkheid: { nl: 'Geringe afbetaalmogelijkheid', en: 'Limited ability to pay' },
  Onvermogend: { nl: 'Onvermogend', en: 'Insolvent (Onvermogend)' },
};

const OP: Readonly<Record<CompareOp, { readonly nl: string; readonly en: string }>> = {
  lt: { nl: 'is minder dan', en: 'is less than' },
  lte: { nl: 'is hoogstens', en: 'is at most' },
  gt: { nl: 'is meer dan', en: 'is more than' },
  gte: { nl: 'is minstens', en: 'is at least' },
  eq: { nl: 'is', en: 'is' },
};
/** What a comparison that did not hold says instead. */
const NOT_OP: Readonly<Record<CompareOp, { readonly nl: string; readonly en: string }>> = {
  lt: { nl: 'is niet minder dan', en: 'is not less than' },
  lte: { nl: 'is meer dan', en: 'is more than' },
  gt: { nl: 'is niet meer dan', en: 'is not more than' },
  gte: { nl: 'is minder dan', en: 'is less than' },
  eq: { nl: 'is niet', en: 'is not' },
};

const word = (table: Words, key: string, lang: Lang): string => {
  const w = table[key];
  return w ? w[legacyLang(lang)] : key.replaceAll('_', ' ');
};
const yes = (lang: Lang, met: boolean) => (lang === 'en' ? (met ? 'yes' : 'no') : met ? 'ja' : 'nee');
const holds = (lang: Lang, met: boolean) =>
  lang === 'en' ? (met ? 'true' : 'not true') : met ? 'klopt' : 'klopt niet';
const capital = (s: string) => (s === '' ? s : s[0]?.toUpperCase() + s.slice(1));

function fieldValue(field: string, v: ComparisonValue, lang: Lang): string {
  if (typeof v === 'boolean') return yes(lang, v);
  if (typeof v === 'string') return word(CODE, v, lang);
  const spec = (PERSON_FIELDS as Readonly<Record<string, { type: string }>>)[field];
  const cents = spec?.type === 'cents' || field === 'amount' || field === 'monthly_amount';
  return cents ? formatEuro(v, lang) : String(v);
}

function periodText(p: FactUsed['period'], lang: Lang): string {
  if (p.to === null) return lang === 'en' ? `since ${formatDate(p.from)}` : `sinds ${formatDate(p.from)}`;
  return lang === 'en'
    ? `from ${formatDate(p.from)} to ${formatDate(p.to)}`
    : `van ${formatDate(p.from)} tot ${formatDate(p.to)}`;
}

/** What the fact says, without its source or period: "leefloon niet van toepassing". */
export function factValue(f: FactUsed, lang: Lang): string {
  const applies = (a: boolean) =>
    lang === 'en' ? (a ? 'applies' : 'does not apply') : a ? 'van toepassing' : 'niet van toepassing';
  switch (f.kind) {
    case 'social_status':
    case 'legal_status':
      return `${word(CODE, f.code, lang)} ${applies(f.applies)}`;
    case 'income':
      return `${word(CODE, f.type, lang)} ${formatEuro(f.amount, lang)} ${word(CODE, f.periodicity, lang)}`;
    case 'credit_default':
      return lang === 'en'
        ? `${formatEuro(f.amount, lang)} with ${f.lender} since ${formatDate(f.since)}`
        : `${formatEuro(f.amount, lang)} bij ${f.lender} sinds ${formatDate(f.since)}`;
    case 'household':
      return lang === 'en'
        ? `${f.size} person(s): ${f.adults} adult(s), ${f.children} child(ren)`
        : `${f.size} perso(o)n(en): ${f.adults} volwassene(n), ${f.children} kind(eren)`;
    case 'early_signal':
      return lang === 'en'
        ? `${word(CODE, f.partner, lang)}, ${formatEuro(f.amount, lang)}, ${f.daysOverdue} days overdue, reported on ${formatDate(f.date)}`
        : `${word(CODE, f.partner, lang)}, ${formatEuro(f.amount, lang)}, ${f.daysOverdue} dagen achterstand, gemeld op ${formatDate(f.date)}`;
  }
}

/** The source as a person reads it: a city department's signal (`dienst:CODE`) names the department. */
function sourceText(source: string, lang: Lang): string {
  return source.startsWith('dienst:')
    ? `${lang === 'en' ? 'department' : 'dienst'} ${source.slice(7)}`
    : source;
}

const according = (f: FactUsed, lang: Lang) =>
  `${lang === 'en' ? 'according to' : 'volgens'} ${sourceText(f.source, lang)} ${periodText(f.period, lang)}`;

/** "Sociaal statuut — leefloon: van toepassing, volgens MAGDA sinds 01/01/2026". */
export function factSentence(f: FactUsed, lang: Lang): string {
  return `${capital(word(KIND, f.kind, lang))} — ${factValue(f, lang)}, ${according(f, lang)}`;
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
  if ('all' in c) return c.all.map((x) => whereText(x, lang)).join(lang === 'en' ? ' and ' : ' en ');
  if ('any' in c) return `(${c.any.map((x) => whereText(x, lang)).join(lang === 'en' ? ' or ' : ' of ')})`;
  if ('not' in c) return `${lang === 'en' ? 'not' : 'niet'} ${whereText(c.not, lang)}`;
  if (c.field === 'code' && c.op === 'eq') return word(CODE, String(c.value), lang);
  if (c.field === 'applies' && c.op === 'eq')
    return c.value === true
      ? lang === 'en'
        ? 'applies'
        : 'van toepassing'
      : lang === 'en'
        ? 'does not apply'
        : 'niet van toepassing';
  return `${word(FIELD, c.field, lang)} ${OP[c.op][legacyLang(lang)]} ${fieldValue(c.field, c.value, lang)}`;
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
  if (code !== null && (plain || (w !== null && 'field' in w))) return word(CODE, code, lang);
  const kind = word(KIND, node.kind, lang);
  return w ? `${kind} (${whereText(w, lang)})` : kind;
}

function compareText(node: Extract<ExplainNode, { op: 'compare' }>, lang: Lang, asMet: boolean): string {
  const op = (asMet ? OP : NOT_OP)[node.cmp][legacyLang(lang)];
  const h = node.household;
  const basis = h
    ? lang === 'en'
      ? ` (the limit for ${h.adults} adult(s) and ${h.children} child(ren))`
      : ` (de grens voor ${h.adults} volwassene(n) en ${h.children} kind(eren))`
    : '';
  return `${word(FIELD, node.field, lang)} ${fieldValue(node.field, node.actual, lang)} ${op} ${fieldValue(node.field, node.expected, lang)}${basis}`;
}

/** The node as a statement, without its truth: "openstaande schuld € 150,00 is meer dan € 0,00". */
function statement(node: ExplainNode, lang: Lang): string {
  switch (node.op) {
    case 'compare':
      return compareText(node, lang, true);
    case 'exists':
      return existsText(node, lang);
    case 'not':
      if (node.part.op === 'exists') return `${lang === 'en' ? 'no' : 'geen'} ${existsText(node.part, lang)}`;
      if (node.part.op === 'compare') return compareText(node.part, lang, false);
      return `${lang === 'en' ? 'not' : 'niet'}: ${statement(node.part, lang)}`;
    case 'all':
    case 'any':
      return node.parts
        .map((p) => statement(p, lang))
        .join(node.op === 'all' ? (lang === 'en' ? ' and ' : ' en ') : lang === 'en' ? ' or ' : ' of ');
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
        return about.map(
          (f) => `${sourceText(f.source, lang)}: ${factValue(f, lang)} ${periodText(f.period, lang)}`,
        );
      if (node.outOfPeriod.length > 0)
        return node.outOfPeriod.map((f) => {
          const ended = f.period.to !== null && f.period.to < date;
          if (lang === 'en')
            return ended
              ? `the ${sourceText(f.source, lang)} record ended on ${formatDate(f.period.to as string)}`
              : `the ${sourceText(f.source, lang)} record starts on ${formatDate(f.period.from)}`;
          return ended
            ? `het gegeven van ${sourceText(f.source, lang)} liep af op ${formatDate(f.period.to as string)}`
            : `het gegeven van ${sourceText(f.source, lang)} geldt pas vanaf ${formatDate(f.period.from)}`;
        });
      return [
        lang === 'en'
          ? `no record of ${existsText(node, lang)} on ${formatDate(date)}`
          : `geen gegeven over ${existsText(node, lang)} op ${formatDate(date)}`,
      ];
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
  const text = `${first ? capital(said) : said}: ${truth}`;
  if (node.op === 'compare' || node.op === 'all' || node.op === 'any' || (node.op === 'not' && node.met))
    return text;
  const why = because(node, facts, date, lang);
  return why.length > 0 ? `${text}, ${why.join('; ')}` : text;
}

export function explanationSentences(e: Explanation, lang: Lang): ExplanationSentences {
  const date = e.evaluationDate;
  const facts = e.factsUsed;
  const profile = word(CODE, profileForScore(e.thresholds, e.score), lang);
  const g = e.thresholds.GeringeAfbetaalmogelijkheid.minScore;
  const o = e.thresholds.Onvermogend.minScore;
  const summary =
    lang === 'en'
      ? `Score ${e.score}, so the profile is ${profile} (limited ability to pay from ${g}, insolvent from ${o}). Ruleset ${e.rulesetId} version ${e.version}, evaluated on ${formatDate(date)}.`
      : `Score ${e.score}, dus profiel ${profile} (geringe afbetaalmogelijkheid vanaf ${g}, onvermogend vanaf ${o}). Regelset ${e.rulesetId} versie ${e.version}, beoordeeld op ${formatDate(date)}.`;
  const el = e.eligibility.node;
  const parts = el.op === 'all' ? el.parts : [el];
  const partSentence = (p: ExplainNode) =>
    p.op === 'any'
      ? p.parts
          .map((x, i) => sentenceOf(x, facts, date, lang, i === 0))
          .join(lang === 'en' ? ', or ' : ', of ')
      : sentenceOf(p, facts, date, lang);
  return {
    summary,
    eligibility: {
      met: e.eligibility.met,
      sentence: `${lang === 'en' ? 'Eligible for an EvS file' : 'In aanmerking voor een EvS-dossier'}: ${yes(lang, e.eligibility.met)}`,
      rule: e.eligibility.detail,
      parts: parts.map(partSentence),
    },
    conditions: e.conditions.map((c) => {
      const why = because(c.node, facts, date, lang).join('; ');
      const label = c.description[legacyLang(lang)];
      const sentence = c.met
        ? `${label}: ${yes(lang, true)}${why ? `, ${why}` : ''} → ${lang === 'en' ? 'weight' : 'gewicht'} ${c.weight}`
        : `${label}: ${yes(lang, false)}${why ? ` — ${why}` : ''}`;
      return { parameter: c.parameter, weight: c.weight, met: c.met, sentence, rule: c.detail };
    }),
    rights: e.rights.map((r) => {
      const name = r.name[legacyLang(lang)];
      const sentence =
        r.node === null
          ? lang === 'en'
            ? `${name}: no — the right applies ${periodText(r.period, lang)}`
            : `${name}: nee — het recht geldt ${periodText(r.period, lang)}`
          : `${name}: ${yes(lang, r.granted)} — ${because(r.node, facts, date, lang).join('; ')}`;
      return { code: r.code, met: r.granted, sentence, rule: r.detail };
    }),
    facts: facts.map((f) => factSentence(f, lang)),
  };
}
