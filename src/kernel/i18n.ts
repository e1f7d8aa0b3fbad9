// The one way EvS speaks: ICU messages (FormatJS intl-messageformat) in one catalogue per capability,
// shared by the server and the web app. Dutch is the reference language; French and English must fill
// every Dutch key (a missing or extra key fails `tsc`, and i18n-catalogues.test.ts renders them all).
import { IntlMessageFormat } from 'intl-messageformat';

export const LANGS = ['nl', 'fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tag of each language as spoken here: Belgian Dutch and French, British English. */
export const LOCALE: Readonly<Record<Lang, string>> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The language's own name, for a language switcher. */
export const LANG_NAME: Readonly<Record<Lang, string>> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4: weights, `*`, region
 * subtags ignored), or `fallback` when the header names none of them.
 */
export function negotiateLang(header: string | undefined, fallback: Lang): Lang {
  if (!header) return fallback;
  let best: { lang: Lang; q: number; order: number } | undefined;
  header.split(',').forEach((part, order) => {
    const [range = '', ...attributes] = part.trim().split(';');
    let q = 1;
    for (const attribute of attributes) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(attribute);
      if (m?.[1] !== undefined) q = Number(m[1]);
    }
    if (q <= 0) return;
    const primary = range.trim().toLowerCase().split('-')[0];
    const lang: Lang | undefined = primary === '*' ? fallback : isLang(primary) ? primary : undefined;
    if (!lang) return;
    if (!best || q > best.q || (q === best.q && order < best.order)) best = { lang, q, order };
  });
  return best?.lang ?? fallback;
}

export type MessageParams = Readonly<Record<string, string | number>>;
export type Messages<K extends string> = Readonly<Record<K, string>>;

export interface Catalogue<K extends string> {
  /** Which capability the catalogue belongs to (for the key check's messages). */
  readonly name: string;
  readonly keys: readonly K[];
  /** The ICU source of one message. */
  source(lang: Lang, key: K): string;
  /** The message rendered with its parameters; numbers are formatted the language's way. */
  text(lang: Lang, key: K, params?: MessageParams): string;
}

const registry: Catalogue<string>[] = [];

/** Every catalogue defined so far (the key check imports all of them, then reads this). */
export function catalogues(): readonly Catalogue<string>[] {
  return registry;
}

/**
 * A capability's messages. Keys come from the Dutch messages; `fr` and `en` are typed by them, so a
 * missing key does not compile. Messages are ICU (`{count, plural, one {# voorstel} other {# voorstellen}}`);
 * write the apostrophe as ’ (U+2019): an ASCII `'` before `{` starts an ICU quote.
 */
export function defineCatalogue<K extends string>(
  name: string,
  messages: {
    readonly nl: Messages<K>;
    readonly fr: NoInfer<Messages<K>>;
    readonly en: NoInfer<Messages<K>>;
  },
): Catalogue<K> {
  const keys = Object.keys(messages.nl) as K[];
  const compiled = new Map<string, IntlMessageFormat>();
  const formatter = (lang: Lang, key: K): IntlMessageFormat => {
    const id = `${lang}\u0000${key}`;
    let format = compiled.get(id);
    if (!format) {
      const source = messages[lang][key];
      if (source === undefined) throw new Error(`message ${name}:${key} has no ${lang} text`);
      format = new IntlMessageFormat(source, LOCALE[lang], undefined, { ignoreTag: true });
      compiled.set(id, format);
    }
    return format;
  };
  const catalogue: Catalogue<K> = {
    name,
    keys,
    source: (lang, key) => messages[lang][key],
    text(lang, key, params) {
      const out = formatter(lang, key).format(params as Record<string, string | number> | undefined);
      return typeof out === 'string' ? out : (out as unknown[]).join('');
    },
  };
  registry.push(catalogue as unknown as Catalogue<string>);
  return catalogue;
}
