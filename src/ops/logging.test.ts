import { describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.ts';
import { createHttpServer } from '../platform/http.ts';
import { createTestDatabase } from '../testing/db.ts';
import { createLogger } from './logging.ts';
import { maskText } from './redact.ts';

// Synthetic: a valid-check-digit national number and BSN, a valid Belgian test IBAN.
const NATIONAL = '85073003328';
const NATIONAL_FORMATTED = '85.07.30-033.28';
const BSN = '111222333';
const IBAN = 'BE68539007547034';
const IBAN_SPACED = 'BE68 5390 0754 7034';
const TOKEN = 'evs_AbCdEf0123456789xyzXYZ';

function capture() {
  const lines: string[] = [];
  const config = loadConfig({ LOG_LEVEL: 'info', EVS_LOG_FORMAT: 'json' });
  const logger = createLogger(config, { write: (l: string) => void lines.push(l) });
  return { logger, lines, config };
}

describe('log redaction', () => {
  it('masks personal numbers, IBANs and tokens in free text and leaves other numbers', () => {
    const text = `nn ${NATIONAL} / ${NATIONAL_FORMATTED}, bsn ${BSN}, iban ${IBAN_SPACED}, token ${TOKEN}, Bearer abc.def`;
    const masked = maskText(text);
    for (const secret of [NATIONAL, NATIONAL_FORMATTED, BSN, IBAN_SPACED, TOKEN, 'abc.def']) {
      expect(masked).not.toContain(secret);
    }
    expect(maskText('imported 12345 rows in 1732000000000 ms, order 123456789')).toBe(
      'imported 12345 rows in 1732000000000 ms, order 123456789',
    );
    expect(maskText('postgres://evs:s3cret@db:5432/evs')).toBe('postgres://evs:[redacted]@db:5432/evs');
  });

  it('keeps names, numbers and tokens out of every line, wherever they are logged', () => {
    const { logger, lines } = capture();
    logger.info({ name: 'Jan Testmans', debtor: { name: 'Jan Testmans', iban: IBAN } }, 'structured');
    logger.info(`search for ${NATIONAL} by ${TOKEN}`);
    logger.warn({ rows: [{ nationalNumber: NATIONAL }], note: `BSN ${BSN}` }, 'nested');
    logger.error({ err: new Error(`could not match ${IBAN} of ${NATIONAL_FORMATTED}`) }, 'failed');
    const all = lines.join('');
    for (const secret of ['Jan Testmans', NATIONAL, NATIONAL_FORMATTED, BSN, IBAN, TOKEN]) {
      expect(all).not.toContain(secret);
    }
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(all).toContain('[redacted]');
  });

  it('writes one line per request and the request id on every line, and leaves out the query string', async () => {
    const { logger, lines, config } = capture();
    const test = await createTestDatabase();
    try {
      const app = await createHttpServer(
        { config, database: test.database, today: () => '2026-11-24' },
        { logger },
      );
      app.get('/probe', async (request) => {
        request.log.info({ debtor: { name: 'Jan Testmans' } }, 'probing');
        return { ok: true };
      });
      const reply = await app.inject({
        url: `/probe?q=${NATIONAL}`,
        headers: { 'x-request-id': 'proxy-id-42', authorization: `Bearer ${TOKEN}` },
      });
      expect(reply.statusCode).toBe(200);
      expect(reply.headers['x-request-id']).toBe('proxy-id-42');
      await app.close();
    } finally {
      await test.close();
    }
    const parsed = lines.map((l) => JSON.parse(l));
    // one line per request (method, path without the query, status, time) besides the route's own line
    const done = parsed.filter((l) => l.path === '/probe');
    expect(done).toMatchObject([
      { method: 'GET', status: 200, msg: expect.stringMatching(/^GET \/probe 200 \d+ ms$/) },
    ]);
    const requestLines = parsed.filter((l) => l.path || l.msg === 'probing');
    expect(requestLines.length).toBe(2);
    for (const l of requestLines) expect(l.reqId).toBe('proxy-id-42');
    const all = lines.join('');
    for (const secret of ['Jan Testmans', NATIONAL, TOKEN]) expect(all).not.toContain(secret);
  });
});
