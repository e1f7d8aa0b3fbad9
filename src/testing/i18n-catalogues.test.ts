/// <reference types="vite/client" />
// The key check: every catalogue of the server and the web app, every key, in every language — parsed,
// its arguments the same as the Dutch reference, and rendered. A missing key already fails `tsc`.
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogues, LANGS } from '../kernel/i18n.ts';

const modules = {
  ...import.meta.glob('../**/*messages.ts', { eager: true }),
  ...import.meta.glob('../../web/src/**/*messages.ts', { eager: true }),
};

/** Argument name → whether it is used as a number (plural, selectordinal, number). */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Map<string, boolean>()) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.date || e.type === TYPE.time)
      into.set(e.value, into.get(e.value) ?? false);
    if (e.type === TYPE.number) into.set(e.value, true);
    if (e.type === TYPE.plural) {
      into.set(e.value, true);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.select) {
      into.set(e.value, into.get(e.value) ?? false);
      for (const option of Object.values(e.options)) argumentsOf(option.value, into);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

describe('message catalogues', () => {
  it('finds the catalogues of every capability, server and web', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    expect(catalogues().length).toBeGreaterThan(0);
  });

  for (const catalogue of catalogues()) {
    it(`${catalogue.name}: every key parses, takes the Dutch arguments and renders in ${LANGS.join(', ')}`, () => {
      const problems: string[] = [];
      for (const key of catalogue.keys) {
        const reference = argumentsOf(parse(catalogue.source('nl', key), { ignoreTag: true }));
        const sample = Object.fromEntries(
          [...reference].map(([name, numeric]) => [name, numeric ? 2 : `«${name}»`]),
        );
        for (const lang of LANGS) {
          const source = catalogue.source(lang, key);
          if (typeof source !== 'string' || source.trim() === '') {
            problems.push(`${lang} ${key}: missing or empty`);
            continue;
          }
          let args: Map<string, boolean>;
          try {
            args = argumentsOf(parse(source, { ignoreTag: true }));
          } catch (error) {
            problems.push(`${lang} ${key}: ${(error as Error).message}`);
            continue;
          }
          const names = [...args.keys()].sort().join(',');
          const expected = [...reference.keys()].sort().join(',');
          if (names !== expected)
            problems.push(`${lang} ${key}: arguments {${names}} instead of {${expected}}`);
          const out = catalogue.text(lang, key, sample);
          if (out.trim() === '') problems.push(`${lang} ${key}: renders empty`);
          for (const [name, numeric] of reference) {
            if (!numeric && !out.includes(`«${name}»`)) problems.push(`${lang} ${key}: {${name}} not shown`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
