import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ogmFromBase } from '../kernel/ogm.ts';
import { generateCamt053 } from './generate-statements.ts';
import { parseXmlTree } from './xml-tree.ts';

const ARRAYS = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);
const reference = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

function withoutNamespaceAttributes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNamespaceAttributes);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !k.startsWith('@_xmlns') && k !== '@_schemaLocation' && k !== '?xml')
      .map(([k, v]) => [k, withoutNamespaceAttributes(v)]),
  );
}

describe('parseXmlTree', () => {
  const fixtures = ['camt053-02.xml', 'camt053-08.xml'].map((f) =>
    readFileSync(new URL(`./fixtures/${f}`, import.meta.url), 'utf8'),
  );
  const generated = [1, 2, 3].map((seed) =>
    generateCamt053(seed === 2 ? '02' : '08', { lineCount: 300, ogms: [ogmFromBase('0000000042')], seed }),
  );
  it('builds the same tree as fast-xml-parser on the samples and generated statements', () => {
    for (const text of [...fixtures, ...generated]) {
      const ours = parseXmlTree(text, ARRAYS);
      expect(ours.ok).toBe(true);
      if (ours.ok) {
        expect(withoutNamespaceAttributes(ours.root)).toEqual(
          withoutNamespaceAttributes(reference.parse(text)),
        );
      }
    }
  });

  it('decodes predefined and numeric entities and CDATA, and refuses the rest with the line', () => {
    const ok = parseXmlTree(
      '<a>\n<b x="1 &amp; 2">R&amp;D &#233;&#x41;</b><c><![CDATA[<x>]]></c></a>',
      ARRAYS,
    );
    expect(ok).toEqual({ ok: true, root: { a: { b: { '@_x': '1 & 2', '#text': 'R&D éA' }, c: '<x>' } } });
    expect(parseXmlTree('<a>\n<b>&nbsp;</b></a>', ARRAYS)).toMatchObject({ ok: false, line: 2 });
    expect(parseXmlTree('<a>\n\n<b></c></a>', ARRAYS)).toMatchObject({ ok: false, line: 3 });
    expect(parseXmlTree('<a><b></b>', ARRAYS)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not closed/),
    });
    expect(parseXmlTree('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', ARRAYS)).toMatchObject({
      ok: false,
      line: 1,
    });
    expect(parseXmlTree('<a/><b/>', ARRAYS)).toMatchObject({ ok: false });
    expect(parseXmlTree('text', ARRAYS)).toMatchObject({ ok: false });
  });
});
