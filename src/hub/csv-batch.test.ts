import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, parseCsvBatch } from './csv-batch.ts';
import { csvHeader } from './csv-columns.ts';
import { renderCsvBatch } from './csv-render.ts';
import { MESSAGE_TYPES, type MessageType, SYSTEM_MESSAGE_TYPES } from './message-schemas.ts';
import type { HubMessage } from './messages.ts';
import { VALID_BODIES } from './test-fixtures.ts';

const UPLOADABLE = MESSAGE_TYPES.filter((t) => !(SYSTEM_MESSAGE_TYPES as readonly string[]).includes(t));

function message<K extends MessageType>(type: K, n: number, body = VALID_BODIES[type]): HubMessage<K> {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    conversationId: `11111111-1111-4111-8111-11111111111${n}`,
    type,
    sender: 'org-gent-ocmw',
    recipient: `org-creditor-${n}`,
    debtorReference: `DOS-2026-00${n}`,
    inReplyTo: n === 2 ? '22222222-2222-4222-8222-222222222222' : null,
    urgent: n === 2,
    sentAt: '2026-12-22T09:30:00Z',
    body,
  };
}

describe('CSV round trip: render for upload, parse back', () => {
  it.each(UPLOADABLE)('%s', (type) => {
    const messages = [message(type, 1), message(type, 2)];
    const csv = renderCsvBatch(type, messages, { uploadColumnsOnly: true });
    const parsed = parseCsvBatch(type, csv);
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.map((d) => d.body)).toEqual(messages.map((m) => m.body));
    expect(parsed.value.map((d) => d.envelope)).toEqual(
      messages.map(({ conversationId, recipient, debtorReference, inReplyTo, urgent }) => ({
        conversationId,
        recipient,
        debtorReference,
        urgent,
        ...(inReplyTo ? { inReplyTo } : {}),
      })),
    );
  });
});

const header = (type: MessageType) => csvHeader(type).join(';');

describe('parseCsvBatch rejects the whole batch and lists every error', () => {
  it('reports each bad cell with row, column and message', () => {
    const csv = [
      'recipient;debtorReference;urgent;reasonCode;reasonText',
      'org-a;DOS-1;nee;client-unknown;Onbekend',
      'org-b;DOS-2;misschien;client-unknown;Onbekend',
      'org-c;;ja;druk;',
    ].join('\n');
    const result = parseCsvBatch('no-cooperation', csv);
    expect(result).toEqual({
      ok: false,
      error: [
        { row: 3, column: 'urgent', message: 'moet true of false zijn (ja/nee)' },
        { row: 4, column: 'debtorReference', message: 'is verplicht' },
        {
          row: 4,
          column: 'reasonCode',
          message: expect.stringMatching(/^moet een van deze waarden zijn: client-unknown/),
        },
        { row: 4, column: 'reasonText', message: 'is verplicht' },
      ],
    });
  });

  it('speaks English and maps list errors to the row of the item', () => {
    const csv = [
      header('payment-proposal'),
      'm1;;org-a;DOS-1;;no;SB;2026-12-01;18;939;;;F-1;10000;500',
      'm1;;org-a;DOS-1;;no;SB;2026-12-01;18;939;;;F-2;10000;20000',
      'm2;;org-b;DOS-2;;no;SB;2026-12-01;18;12.5;;;F-3;100;1',
    ].join('\r\n');
    const result = parseCsvBatch('payment-proposal', csv, 'en');
    expect(result).toEqual({
      ok: false,
      error: [
        { row: 3, column: 'claims.offeredAmountCents', message: 'must not exceed the current amount' },
        { row: 4, column: 'percentageBasisPoints', message: 'must be a whole number (amounts in cents)' },
      ],
    });
  });

  it('message columns must agree across the rows of one message', () => {
    const csv = [
      header('payment-proposal'),
      'm1;;org-a;DOS-1;;no;SB;2026-12-01;18;939;;;F-1;10000;500',
      'm1;;org-a;DOS-1;;no;SB;2026-12-01;24;939;;;F-2;10000;500',
    ].join('\n');
    const result = parseCsvBatch('payment-proposal', csv);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual([
        { row: 3, column: 'termMonths', message: expect.stringMatching(/verschilt/) },
      ]);
  });

  it('checks the header: unknown, duplicate and missing columns', () => {
    const result = parseCsvBatch(
      'status-request',
      'recipient,recipient,urgent,vraag\norg-a,org-a,no,x\n',
      'en',
    );
    expect(result).toEqual({
      ok: false,
      error: [
        { row: 1, column: 'recipient', message: 'column appears twice' },
        { row: 1, column: 'vraag', message: 'unknown column' },
        { row: 1, column: 'debtorReference', message: 'required column is missing' },
        { row: 1, column: 'question', message: 'required column is missing' },
      ],
    });
  });

  it('rejects rows with the wrong number of cells, empty files and system types', () => {
    const short = parseCsvBatch(
      'status-request',
      'recipient;debtorReference;urgent;question\norg-a;DOS;no\n',
    );
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.error[0]).toMatchObject({ row: 2, column: null });
    expect(parseCsvBatch('status-request', '').ok).toBe(false);
    expect(parseCsvBatch('status-request', 'recipient;debtorReference;urgent;question\n').ok).toBe(false);
    expect(parseCsvBatch('reminder', header('reminder')).ok).toBe(false);
  });

  it('checks the byte size first: one byte over 4 MB is refused before parsing', () => {
    const padding = 'x'.repeat(MAX_CSV_BYTES - 4);
    const over = `${padding}é;;\n`; // é is two bytes in UTF-8
    const result = parseCsvBatch('status-request', new TextEncoder().encode(over));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual([{ row: 0, column: null, message: expect.stringMatching(/4 MB/) }]);
  });

  it('refuses bytes that are not UTF-8', () => {
    const result = parseCsvBatch('status-request', Uint8Array.from([0x72, 0xff, 0xfe, 0x0a]));
    expect(result.ok).toBe(false);
  });

  it('reads quoted cells with delimiters and line breaks, a BOM, and the report row of a multi-line record', () => {
    const csv =
      '\uFEFFrecipient;debtorReference;urgent;question\norg-a;DOS-1;no;"Stand; van\nzaken?"\norg-b;;no;Q\n';
    const result = parseCsvBatch('status-request', csv);
    expect(result).toEqual({
      ok: false,
      error: [{ row: 4, column: 'debtorReference', message: 'is verplicht' }],
    });
    const good = parseCsvBatch('status-request', csv.replace('org-b;;', 'org-b;D;'));
    expect(good.ok && good.value[0]?.body).toEqual({ question: 'Stand; van\nzaken?' });
  });
});

describe('renderCsvBatch', () => {
  it('downloads with id, sentAt, sender first, one row per claim, formulas guarded', () => {
    const csv = renderCsvBatch('settlement-agreed', [message('settlement-agreed', 1)]);
    expect(csv.startsWith('\uFEFFid;sentAt;sender;messageRef;')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(";'+++090/9337/55493+++");
    expect(
      rows[1]?.startsWith('00000000-0000-4000-8000-000000000001;2026-12-22T09:30:00Z;org-gent-ocmw;'),
    ).toBe(true);
  });

  it('an empty list renders a template with only the header', () => {
    const csv = renderCsvBatch('status-request', [], { uploadColumnsOnly: true, bom: false });
    expect(csv).toBe('conversationId;recipient;debtorReference;inReplyTo;urgent;question\r\n');
  });
});

describe('CSV-BATCH.md', () => {
  it('documents the exact header of every uploadable type', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = await readFile(new URL('./CSV-BATCH.md', import.meta.url), 'utf8');
    for (const type of UPLOADABLE) expect(doc).toContain(`\`\`\`\n${header(type)}\n\`\`\``);
  });
});
