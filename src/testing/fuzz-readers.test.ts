import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../claims/io-csv-reader.ts';
import { parseFeed } from '../eligibility/feeds.ts';
import { parseCsvBatch } from '../hub/csv-batch.ts';
import { csvHeader } from '../hub/csv-columns.ts';
import { MESSAGE_TYPES } from '../hub/message-schemas.ts';
import { FACT_KINDS } from '../kernel/eligibility/facts.ts';
import { claimRecords } from '../oslo/import-claims.ts';
import { jsonLdToQuads, osloContext, validateQuads } from '../oslo/io-rdf.ts';
import { parseStatement } from '../payments/parse-statement.ts';

/**
 * Every file reader under generated and mutated files: a typed result (ok or a named error), never an
 * exception. EVS_FUZZ_RUNS=N for a longer run (default 60 files per reader).
 */
const RUNS = Number(process.env.EVS_FUZZ_RUNS ?? 60);

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const SEEDS = {
  claims: fixture('../claims/fixtures/claims-nl-semicolon-bom.csv'),
  coda: fixture('../payments/fixtures/coda-sample.cod'),
  camt: fixture('../payments/fixtures/camt053-02.xml'),
};

/** A seed file, cut, with bytes flipped, NULs or junk inserted, lines repeated, or random bytes. */
const mutated = (seed: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc
      .tuple(
        fc.nat({ max: Math.max(seed.length - 1, 0) }),
        fc.uint8Array({ minLength: 1, maxLength: 8 }),
        fc.constantFrom('flip', 'insert', 'cut', 'nul', 'repeat', 'deep'),
      )
      .map(([at, junk, how]) => {
        const b = Buffer.from(seed);
        if (how === 'cut') return b.subarray(0, at);
        if (how === 'flip') {
          junk.forEach((x, i) => {
            if (at + i < b.length) b[at + i] = x;
          });
          return b;
        }
        if (how === 'nul') return Buffer.concat([b.subarray(0, at), Buffer.from([0]), b.subarray(at)]);
        if (how === 'repeat') return Buffer.concat([b, b.subarray(at)]);
        if (how === 'deep')
          return Buffer.concat([b.subarray(0, at), Buffer.from('<a>'.repeat(3000)), b.subarray(at)]);
        return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
      }),
  );

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('every file reader under generated and mutated files', () => {
  it('claims CSV: records or a file error', async () => {
    await fc.assert(
      fc.asyncProperty(mutated(SEEDS.claims), async (bytes) => {
        for await (const item of readCsvRecords(Readable.from([Buffer.from(bytes)]), { lang: 'en' })) {
          if (item.kind === 'error') expect(item.error.message).not.toMatch(/undefined/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('CODA and camt.053 (through parseStatement): statements or a statement error', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(SEEDS.coda), mutated(SEEDS.camt)), fc.boolean(), (bytes, xml) => {
        const r = parseStatement(bytes, xml ? 'statement.xml' : 'statement.cod');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('facts feeds (CSV and JSON): facts or row errors', () => {
    const jsonFeed = fc
      .oneof(
        fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
        fc.constantFrom(`${'['.repeat(5000)}${']'.repeat(5000)}`, '{"__proto__":{"x":1}}', '\u0000', ''),
      )
      .map((s) => new Uint8Array(Buffer.from(s)));
    fc.assert(
      fc.property(
        fc.constantFrom(...FACT_KINDS),
        fc.constantFrom('csv' as const, 'json' as const),
        fc.oneof(
          jsonFeed,
          mutated(Buffer.from('national_number;status;valid_from\n85073099734;leefloon;2026-01-01\n')),
        ),
        (kind, format, bytes) => {
          const r = parseFeed(kind, format, text(bytes), 'fuzz');
          expect(r).toBeTypeOf('object');
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('hub CSV batches: drafts or row errors', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MESSAGE_TYPES), fc.nat(), (type, salt) => {
        const seed = Buffer.from(
          `\uFEFF${csvHeader(type).join(';')}\r\n${csvHeader(type)
            .map(() => 'x')
            .join(';')}\r\n`,
        );
        const bytes = fc.sample(mutated(seed), { numRuns: 1, seed: salt })[0] ?? seed;
        const r = parseCsvBatch(type, bytes, 'en');
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('OSLO JSON-LD: claims, shape violations or a refused document, as the import service reads it', async () => {
    const doc = fc.record({
      '@context': fc.constantFrom<unknown>(osloContext(), 'http://example.org/ctx', null, 5),
      '@graph': fc.array(
        fc.dictionary(
          fc.constantFrom('@type', '@id', 'bedrag', 'schuldenaar', 'x'),
          fc.jsonValue({ maxDepth: 2 }),
        ),
        {
          maxLength: 4,
        },
      ),
    });
    await fc.assert(
      fc.asyncProperty(doc, async (document) => {
        let quads: Awaited<ReturnType<typeof jsonLdToQuads>>;
        try {
          quads = await jsonLdToQuads(document);
        } catch {
          return; // the import service answers 422 oslo_not_json_ld for this
        }
        await validateQuads(quads);
        claimRecords(quads);
      }),
      { numRuns: Math.min(RUNS, 30) },
    );
  });
});
