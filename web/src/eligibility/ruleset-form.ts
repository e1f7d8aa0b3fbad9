/**
 * The ruleset as a form: which numbers a policy maker may change (weights, thresholds, profile scores),
 * where each lives in the JSON (the same paths the server's validation names), and how to read and
 * write them. Amounts are shown and typed in euros and stored in cents.
 */

import { FACT_FIELDS } from '#kernel/eligibility/fact-fields.ts';
import { FACT_KINDS, type FactKind } from '#kernel/eligibility/facts.ts';
import { PERSON_FIELDS } from '#kernel/eligibility/ruleset.ts';
import { centsToDecimal, parseAmount } from '#kernel/money.ts';
import type { Lang } from '../i18n/lang.ts';

type Json = Record<string, unknown>;

export interface ThresholdInput {
  /** JSON path of the number, as the server names it in its validation issues. */
  readonly path: string;
  readonly kind: 'cents' | 'number';
  /** What the number means, in words: "maandinkomen lager dan (één volwassene)". */
  readonly label: string;
  readonly value: number;
}

export interface GroupInput {
  /** `$.parameters.<name>` or `$.eligibility`. */
  readonly path: string;
  readonly code: string;
  readonly description: { nl: string; en: string };
  /** Only parameters have a weight. */
  readonly weight: number | null;
  readonly thresholds: readonly ThresholdInput[];
}

const FIELD_LABELS: Record<string, { nl: string; en: string }> = {
  income_monthly: { nl: 'maandinkomen', en: 'monthly income' },
  household_size: { nl: 'gezinsgrootte', en: 'household size' },
  household_adults: { nl: 'aantal volwassenen', en: 'number of adults' },
  household_children: { nl: 'aantal kinderen', en: 'number of children' },
  open_debt_cents: { nl: 'openstaande schuld', en: 'open debt' },
  open_debt_departments: { nl: 'aantal diensten met schuld', en: 'departments with debt' },
  credit_default_count: { nl: 'aantal wanbetalingen', en: 'number of credit defaults' },
  credit_default_cents: { nl: 'bedrag wanbetalingen', en: 'amount of credit defaults' },
  early_signal_count: { nl: 'aantal vroegsignalen', en: 'number of early signals' },
  score: { nl: 'score', en: 'score' },
  amount: { nl: 'bedrag', en: 'amount' },
  monthly_amount: { nl: 'bedrag per maand', en: 'amount per month' },
  days_since: { nl: 'dagen geleden', en: 'days ago' },
  days_overdue: { nl: 'dagen achterstand', en: 'days overdue' },
  age_days: { nl: 'ouderdom van het signaal (dagen)', en: 'age of the signal (days)' },
  size: { nl: 'gezinsgrootte', en: 'household size' },
  adults: { nl: 'aantal volwassenen', en: 'number of adults' },
  children: { nl: 'aantal kinderen', en: 'number of children' },
};
const OP_LABELS: Record<string, { nl: string; en: string }> = {
  lt: { nl: 'lager dan', en: 'below' },
  lte: { nl: 'hoogstens', en: 'at most' },
  gt: { nl: 'hoger dan', en: 'above' },
  gte: { nl: 'minstens', en: 'at least' },
  eq: { nl: 'gelijk aan', en: 'equal to' },
};
const HOUSEHOLD_PARTS = [
  ['base', { nl: 'voor één volwassene', en: 'for one adult' }],
  ['perExtraAdult', { nl: 'per extra volwassene', en: 'per extra adult' }],
  ['perChild', { nl: 'per kind', en: 'per child' }],
] as const;
const KIND_LABELS: Record<FactKind, { nl: string; en: string }> = {
  social_status: { nl: 'sociaal statuut', en: 'social status' },
  legal_status: { nl: 'juridisch statuut', en: 'legal status' },
  income: { nl: 'inkomen', en: 'income' },
  credit_default: { nl: 'wanbetaling', en: 'credit default' },
  household: { nl: 'gezin', en: 'household' },
  early_signal: { nl: 'vroegsignaal', en: 'early signal' },
};

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldKind(field: string, kind: FactKind | null): 'cents' | 'number' | null {
  const spec =
    kind === null
      ? (PERSON_FIELDS as Record<string, { type: string }>)[field]
      : (FACT_FIELDS[kind] as Record<string, { type: string }>)[field];
  if (spec?.type === 'cents') return 'cents';
  if (spec?.type === 'number') return 'number';
  return null;
}

/** Every number a comparison in a condition tree holds, with its path and meaning. */
function thresholdsIn(value: unknown, path: string, lang: Lang, kind: FactKind | null): ThresholdInput[] {
  if (!isObject(value)) return [];
  for (const key of ['all', 'any'] as const) {
    const list = value[key];
    if (Array.isArray(list))
      return list.flatMap((c, i) => thresholdsIn(c, `${path}.${key}[${i}]`, lang, kind));
  }
  if ('not' in value) return thresholdsIn(value.not, `${path}.not`, lang, kind);
  if (typeof value.exists === 'string' && (FACT_KINDS as readonly string[]).includes(value.exists))
    return value.where === undefined
      ? []
      : thresholdsIn(value.where, `${path}.where`, lang, value.exists as FactKind);
  const field = value.field;
  const op = value.op;
  if (typeof field !== 'string' || typeof op !== 'string') return [];
  const type = fieldKind(field, kind);
  if (type === null) return [];
  const fieldLabel = FIELD_LABELS[field]?.[lang] ?? field;
  const where = kind === null ? '' : ` (${KIND_LABELS[kind][lang]})`;
  const base = `${fieldLabel}${where} ${OP_LABELS[op]?.[lang] ?? op}`;
  const v = value.value;
  if (typeof v === 'number') return [{ path: `${path}.value`, kind: type, label: base, value: v }];
  if (type === 'cents' && isObject(v))
    return HOUSEHOLD_PARTS.flatMap(([part, words]) =>
      typeof v[part] === 'number'
        ? [
            {
              path: `${path}.value.${part}`,
              kind: 'cents' as const,
              label: `${base} ${words[lang]}`,
              value: v[part],
            },
          ]
        : [],
    );
  return [];
}

function localized(v: unknown): { nl: string; en: string } {
  return isObject(v) ? { nl: String(v.nl ?? ''), en: String(v.en ?? '') } : { nl: '', en: '' };
}

/** The parameters (each with its weight and thresholds) and the eligibility rule, in document order. */
export function formGroups(ruleset: unknown, lang: Lang): GroupInput[] {
  if (!isObject(ruleset)) return [];
  const groups: GroupInput[] = [];
  if (isObject(ruleset.parameters))
    for (const [code, p] of Object.entries(ruleset.parameters)) {
      if (!isObject(p)) continue;
      const path = `$.parameters.${code}`;
      groups.push({
        path,
        code,
        description: localized(p.description),
        weight: typeof p.weight === 'number' ? p.weight : null,
        thresholds: thresholdsIn(p.condition, `${path}.condition`, lang, null),
      });
    }
  if (isObject(ruleset.eligibility))
    groups.push({
      path: '$.eligibility',
      code: 'eligibility',
      description: localized(ruleset.eligibility.description),
      weight: null,
      thresholds: thresholdsIn(ruleset.eligibility.condition, '$.eligibility.condition', lang, null),
    });
  return groups;
}

const STEP = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;

/** The steps of a path such as `$.parameters.leefloon.condition.any[0].value`. */
function steps(path: string): (string | number)[] {
  if (!path.startsWith('$')) throw new Error(`not a JSON path: ${path}`);
  return [...path.slice(1).matchAll(STEP)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

export function getAt(doc: unknown, path: string): unknown {
  let at: unknown = doc;
  for (const step of steps(path)) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[step];
  }
  return at;
}

/** A copy of `doc` with the value at `path` replaced (the path must exist). */
export function setAt<T>(doc: T, path: string, value: unknown): T {
  const copy = structuredClone(doc);
  const all = steps(path);
  const last = all.pop();
  let at: unknown = copy;
  for (const step of all) at = (at as Record<string | number, unknown>)[step];
  if (last === undefined || typeof at !== 'object' || at === null) throw new Error(`no such path: ${path}`);
  (at as Record<string | number, unknown>)[last] = value;
  return copy;
}

/** How a number is shown in its field: euros with a decimal comma (nl) or point (en), or an integer. */
export function shownValue(kind: 'cents' | 'number', value: number, lang: Lang): string {
  if (kind === 'number') return String(value);
  const decimal = centsToDecimal(value);
  return lang === 'nl' ? decimal.replace('.', ',') : decimal;
}

/** Reads what was typed into a field: cents for an amount, an integer otherwise; a message when not. */
export function readValue(
  kind: 'cents' | 'number',
  text: string,
  lang: Lang,
): { ok: true; value: number } | { ok: false; message: string } {
  const t = text.trim();
  if (kind === 'cents') {
    const r = parseAmount(t);
    if (t !== '' && r.ok && r.value >= 0) return { ok: true, value: r.value };
    return {
      ok: false,
      message:
        lang === 'nl'
          ? 'Geef een bedrag in euro van 0 of meer, bv. 1.341,00.'
          : 'Give an amount in euros of 0 or more, e.g. 1,341.00.',
    };
  }
  if (/^-?\d{1,9}$/.test(t)) return { ok: true, value: Number(t) };
  return {
    ok: false,
    message: lang === 'nl' ? 'Geef een geheel getal, bv. 30.' : 'Give a whole number, e.g. 30.',
  };
}

/**
 * Parses the raw editor's text; when it is not JSON, says where (line and column) and what is wrong in
 * plain words instead of the engine's "Expected double-quoted property name…".
 */
export function parseRulesetText(
  text: string,
  lang: Lang,
): { ok: true; value: unknown } | { ok: false; message: string; line: number; column: number } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(raw);
    const offset = at?.[1] !== undefined ? Number(at[1]) : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const found = text[offset];
    const cause = jsonCause(raw, found, lang);
    const message =
      lang === 'nl'
        ? `De JSON klopt niet op regel ${line}, kolom ${column}: ${cause}`
        : `The JSON is broken on line ${line}, column ${column}: ${cause}`;
    return { ok: false, message, line, column };
  }
}

function jsonCause(raw: string, found: string | undefined, lang: Lang): string {
  const nl = lang === 'nl';
  const shown = found === undefined ? '' : JSON.stringify(found);
  if (/end of (JSON )?input|Unterminated/i.test(raw) || found === undefined)
    return nl
      ? 'de tekst houdt te vroeg op; ontbreekt er een } , ] of een aanhalingsteken?'
      : 'the text ends too early; is a }, ] or quote missing?';
  if (/property name/i.test(raw))
    return nl
      ? `hier hoort een naam tussen dubbele aanhalingstekens, maar er staat ${shown}; staat er een komma te veel vóór } of ]?`
      : `a name in double quotes belongs here, but there is ${shown}; is there a comma too many before } or ]?`;
  if (/',' or '[}\]]'|after (property value|array element)/i.test(raw))
    return nl
      ? `hier hoort een komma of een sluitend haakje, maar er staat ${shown}; ontbreekt er een komma?`
      : `a comma or closing bracket belongs here, but there is ${shown}; is a comma missing?`;
  if (/':'|colon/i.test(raw))
    return nl
      ? `na een naam hoort een dubbelepunt, maar er staat ${shown}.`
      : `a colon belongs after a name, but there is ${shown}.`;
  if (/control character/i.test(raw))
    return nl
      ? 'een tekst tussen aanhalingstekens bevat een regeleinde of tab.'
      : 'a text in quotes contains a line break or tab.';
  return nl
    ? `onverwacht teken ${shown}; teksten staan tussen dubbele aanhalingstekens, getallen zonder.`
    : `unexpected character ${shown}; texts go in double quotes, numbers without.`;
}
