import type { FastifyInstance, FastifyRequest } from 'fastify';
import { platformMessages } from './messages.ts';
import type { Lang } from './scope.ts';

/**
 * The one rule for input every route gets before its own schema: ids in canonical UUID form only,
 * no NUL characters (PostgreSQL cannot store them), JSON nested at most MAX_JSON_DEPTH deep, and
 * bodies within the size limit (413 naming it). Anything else is a 4xx `{error: {code, message}}`.
 */

/** The only UUID form ids take, in route schemas (`format: 'uuid'`) and in the access hook alike. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (text: string): boolean => UUID_PATTERN.test(text);

export const MAX_JSON_DEPTH = 64;
export const JSON_BODY_LIMIT = 1024 * 1024;

/** Ajv plugin: `format: 'uuid'` means the canonical form (ajv-formats also accepts `urn:uuid:…`). */
export function canonicalUuidFormat(ajv: { addFormat(name: string, format: RegExp): unknown }): void {
  ajv.addFormat('uuid', UUID_PATTERN);
}

export class InputError extends Error {
  constructor(
    readonly statusCode: 400 | 413 | 415,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Deepest nesting of arrays/objects in JSON text, counted without parsing (so no parser recursion). */
export function jsonDepth(text: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > stopAt) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

function containsNul(value: unknown, seen = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (seen > MAX_JSON_DEPTH + 2 || value === null || typeof value !== 'object') return false;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes('\u0000') || containsNul(v, seen + 1)) return true;
  }
  return false;
}

export function nulError(lang: Lang, where: string): InputError {
  return new InputError(400, 'nul_character', platformMessages.text(lang, 'nulCharacter', { where }));
}

export function tooLarge(lang: Lang, limitBytes: number): InputError {
  return new InputError(
    413,
    'too_large',
    platformMessages.text(lang, 'tooLarge', { megabytes: limitBytes / 1024 / 1024 }),
  );
}

/**
 * Replaces the JSON parser (depth limit, NUL check, prototype-poisoning refusal) and checks query
 * and path parameters. `langOf` picks the language of the error message.
 */
export function registerInputRules(app: FastifyInstance, langOf: (request: FastifyRequest) => Lang): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT },
    (request, body, done) => {
      const lang = langOf(request);
      const text = String(body);
      if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
        return done(
          new InputError(400, 'too_deep', platformMessages.text(lang, 'tooDeep', { levels: MAX_JSON_DEPTH })),
        );
      }
      void parse(request, text, (error, value) => {
        if (error) return done(error);
        if (containsNul(value)) return done(nulError(lang, 'body'));
        done(null, value);
      });
    },
  );
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.query)) throw nulError(langOf(request), 'query');
    if (containsNul(request.params)) throw nulError(langOf(request), 'path');
  });
}

/** The body of a route that takes a file as `text/csv`; any other content type is a 415. */
export function csvBody(body: unknown, lang: Lang): AsyncIterable<Buffer> {
  if (typeof (body as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function')
    return body as AsyncIterable<Buffer>;
  throw new InputError(415, 'unsupported_media_type', platformMessages.text(lang, 'sendCsv'));
}
