/**
 * The ruleset as a form: which numbers a policy maker may change (weights, thresholds, profile scores),
 * where each lives in the JSON (the same paths the server's validation names), and how to read and
 * write them. Amounts are shown and typed in euros and stored in cents.
 */

import { FACT_FIELDS } from '#kernel/eligibility/fact-fields.ts';
import { FACT_KINDS, type FactKind } from '#kernel/eligibility/facts.ts';
import { PERSON_FIELDS } from '#kernel/eligibility/ruleset.ts';
import type { Lang } from '#kernel/i18n.ts';
import { centsToDecimal, parseAmount } from '#kernel/money.ts';
import { rulesetText, rulesetWord } from './ruleset-messages.ts';

type Json = Record<string, unknown>;

export interface ThresholdInput {
  /** JSON path of the number, as the server names it in its validation issues. */
  readonly path: string;
  readonly kind: 'cents' | 'number';
  /** What the number means, in words: "maandinkomen lager dan (één volwassene)". */
  readonly label: string;
  readonly value: number;
}

/** A text the policy makers wrote into the ruleset: Dutch and English, French when they wrote one. */
export interface Described {
  readonly nl: string;
  readonly fr?: string;
  readonly en: string;
}

/** The description in `lang`; French readers see the Dutch text where the ruleset has no French. */
export function describedIn(text: Described, lang: Lang): string {
  return text[lang] ?? text.nl;
}

export interface GroupInput {
  /** `$.parameters.<name>` or `$.eligibility`. */
  readonly path: string;
  readonly code: string;
  readonly description: Described;
  /** Only parameters have a weight. */
  readonly weight: number | null;
  readonly thresholds: readonly ThresholdInput[];
}

const HOUSEHOLD_PARTS = ['base', 'perExtraAdult', 'perChild'] as const;

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
  const name = rulesetWord(lang, `field.${field}`, field);
  const words = {
    field:
      kind === null
        ? name
        : rulesetText(lang, 'label.ofKind', { field: name, kind: rulesetText(lang, `kind.${kind}`) }),
    op: rulesetWord(lang, `op.${op}`, op),
  };
  const v = value.value;
  if (typeof v === 'number')
    return [
      { path: `${path}.value`, kind: type, label: rulesetText(lang, 'label.threshold', words), value: v },
    ];
  if (type === 'cents' && isObject(v))
    return HOUSEHOLD_PARTS.flatMap((part) =>
      typeof v[part] === 'number'
        ? [
            {
              path: `${path}.value.${part}`,
              kind: 'cents' as const,
              label: rulesetText(lang, 'label.householdPart', {
                ...words,
                part: rulesetText(lang, `part.${part}`),
              }),
              value: v[part],
            },
          ]
        : [],
    );
  return [];
}

function localized(v: unknown): Described {
  if (!isObject(v)) return { nl: '', en: '' };
  return {
    nl: String(v.nl ?? ''),
    ...(typeof v.fr === 'string' ? { fr: v.fr } : {}),
    en: String(v.en ?? ''),
  };
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

/** How a number is shown in its field: euros with a decimal comma (nl, fr) or point (en), or an integer. */
export function shownValue(kind: 'cents' | 'number', value: number, lang: Lang): string {
  if (kind === 'number') return String(value);
  const decimal = centsToDecimal(value);
  return lang === 'en' ? decimal : decimal.replace('.', ',');
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
    return { ok: false, message: rulesetText(lang, 'value.amount') };
  }
  if (/^-?\d{1,9}$/.test(t)) return { ok: true, value: Number(t) };
  return { ok: false, message: rulesetText(lang, 'value.integer') };
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
    const message = rulesetText(lang, 'json.broken', { line: String(line), column: String(column), cause });
    return { ok: false, message, line, column };
  }
}

function jsonCause(raw: string, found: string | undefined, lang: Lang): string {
  const shown = { found: found === undefined ? '' : JSON.stringify(found) };
  if (/end of (JSON )?input|Unterminated/i.test(raw) || found === undefined)
    return rulesetText(lang, 'cause.end');
  if (/property name/i.test(raw)) return rulesetText(lang, 'cause.name', shown);
  if (/',' or '[}\]]'|after (property value|array element)/i.test(raw))
    return rulesetText(lang, 'cause.comma', shown);
  if (/':'|colon/i.test(raw)) return rulesetText(lang, 'cause.colon', shown);
  if (/control character/i.test(raw)) return rulesetText(lang, 'cause.control');
  return rulesetText(lang, 'cause.other', shown);
}
