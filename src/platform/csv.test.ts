import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRecord } from './csv.ts';

describe('csv', () => {
  it('quotes only what needs it', () => {
    expect(csvField('Teststraat 1')).toBe('Teststraat 1');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a,b')).toBe('a,b');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField(' rand ')).toBe('" rand "');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('')).toBe('');
  });

  it('reads back through csv-parse as the same records, for any text and separator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom(';', ',', '\t'),
        (records, separator) => {
          const text = csvDocument(records.map((r) => csvRecord(r, separator)));
          const parsed = parse(text, {
            delimiter: separator,
            relax_column_count: true,
            skip_empty_lines: false,
          });
          expect(parsed).toEqual(records);
        },
      ),
    );
  });
});
