import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation } from '../organisations/store.ts';
import { startTestServer, type TestServer } from '../testing/server.ts';
import { CITY_CREDITOR, COUNSELLOR, hubToken, OUTSIDE_CREDITOR, setUpHub } from './hub.test-support.ts';
import { MESSAGE_TYPES, SYSTEM_MESSAGE_TYPES } from './message-schemas.ts';
import { VALID_BODIES } from './test-fixtures.ts';

let server: TestServer;
let ocmw: Record<string, string>;
let city: Record<string, string>;
const sentTypes = new Set<string>();

beforeAll(async () => {
  server = await startTestServer({ today: '2026-11-24' });
  const w = await setUpHub(server.db.database, server.db.scope());
  ocmw = { authorization: `Bearer ${await hubToken(server.db.database, w.ocmwOrgId)}` };
  const parking = await server.db.database.db
    .selectFrom('departments')
    .select('id')
    .where('code', '=', 'PARKEREN')
    .executeTakeFirstOrThrow();
  city = { authorization: `Bearer ${await hubToken(server.db.database, server.db.orgId, [parking.id])}` };
});
afterAll(() => server.close());

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    json: text.startsWith('{') ? JSON.parse(text) : null,
    text,
    headers: res.headers,
  };
}

async function send(
  as: Record<string, string>,
  type: keyof typeof VALID_BODIES,
  recipient: string,
  inReplyTo?: string,
): Promise<string> {
  const r = await call('POST', '/api/v1/hub/messages', as, {
    type,
    recipient,
    debtorReference: 'SHV-001',
    urgent: false,
    ...(inReplyTo ? { inReplyTo } : {}),
    body: VALID_BODIES[type],
  });
  expect(r.status, `${type}: ${r.text}`).toBe(201);
  sentTypes.add(type);
  return r.json.id;
}

describe('hub REST API (token authenticated)', () => {
  it("serves every message type's body schema as JSON Schema, so the compose form needs no server source", async () => {
    const r = await call('GET', '/api/v1/hub/message-schemas', ocmw);
    expect(r.status).toBe(200);
    for (const type of MESSAGE_TYPES) {
      const schema = r.json.schemas[type];
      expect(schema?.type, type).toBe('object');
      expect(Object.keys(schema.properties ?? {}).length, type).toBeGreaterThan(0);
    }
    expect(r.json.schemas['balance-request'].required).toEqual(
      expect.arrayContaining(['client', 'contactPerson']),
    );
    expect(r.json.schemas['balance-request'].required).not.toContain('partner');
  });

  it('refuses requests without a token', async () => {
    expect((await call('GET', '/api/v1/hub/inbox', {})).status).toBe(401);
  });

  it('refuses an invalid body of every type, in the asked language', async () => {
    for (const type of MESSAGE_TYPES) {
      const r = await call('POST', '/api/v1/hub/messages?lang=en', ocmw, {
        type,
        recipient: CITY_CREDITOR,
        debtorReference: 'SHV-001',
        urgent: false,
        body: {},
      });
      expect(r.status, type).toBe(422);
      const system = (SYSTEM_MESSAGE_TYPES as readonly string[]).includes(type);
      expect(r.json.error.code, type).toBe(system ? 'hub_unknown_type' : 'hub_invalid_body');
      if (!system) expect(r.json.error.details[0].message).toMatch(/^Field /);
    }
  });

  it('says what is wrong with a message in French for Accept-Language: fr-BE', async () => {
    const r = await call(
      'POST',
      '/api/v1/hub/messages',
      { ...ocmw, 'accept-language': 'fr-BE,fr;q=0.9' },
      {
        type: 'payment-proposal',
        recipient: CITY_CREDITOR,
        debtorReference: 'SHV-001',
        urgent: false,
        body: {
          ...VALID_BODIES['payment-proposal'],
          claims: VALID_BODIES['payment-proposal'].claims.map((c) => ({
            ...c,
            offeredAmountCents: c.currentAmountCents + 1,
          })),
        },
      },
    );
    expect(r.status).toBe(422);
    expect(r.json.error.code).toBe('hub_invalid_body');
    expect(r.json.error.details[0]).toEqual({
      path: '/claims/0/offeredAmountCents',
      message: 'Champ claims[0].offeredAmountCents : ne peut pas dépasser le montant actuel',
    });
    expect(r.json.error.message).toBe(
      `Le message n’est pas valide : ${r.json.error.details.map((d: { message: string }) => d.message).join(' ; ')}`,
    );
    const empty = await call(
      'POST',
      '/api/v1/hub/messages',
      { ...ocmw, 'accept-language': 'fr-BE' },
      {
        type: 'status-request',
        recipient: CITY_CREDITOR,
        debtorReference: 'SHV-001',
        urgent: false,
        body: {},
      },
    );
    expect(empty.json.error.details[0].message).toBe('Champ question : est obligatoire');
  });

  it('accepts a valid body of every participant type along the conversation rules', async () => {
    const notice = await send(ocmw, 'notice', CITY_CREDITOR);
    await send(city, 'notice-answer', COUNSELLOR, notice);
    await send(ocmw, 'notice-public', OUTSIDE_CREDITOR);
    const request = await send(ocmw, 'balance-request', CITY_CREDITOR);
    await send(city, 'balance-answer', COUNSELLOR, request);
    const proposal = await send(ocmw, 'payment-proposal', CITY_CREDITOR);
    const rejection = await send(city, 'payment-proposal-answer', COUNSELLOR, proposal);
    const again = await send(ocmw, 'reconsideration', CITY_CREDITOR, rejection);
    await send(city, 'no-cooperation', COUNSELLOR, again);
    await send(ocmw, 'settlement-agreed', CITY_CREDITOR);
    await send(ocmw, 'settlement-ended', CITY_CREDITOR);
    const question = await send(city, 'status-request', COUNSELLOR);
    await send(ocmw, 'status-message', CITY_CREDITOR, question);
    const participantTypes = MESSAGE_TYPES.filter(
      (t) => !(SYSTEM_MESSAGE_TYPES as readonly string[]).includes(t),
    );
    expect([...sentTypes].sort()).toEqual([...participantTypes].sort());
  });

  it('fetch → confirm → gone, with every open in the access log', async () => {
    const inbox = await call('GET', '/api/v1/hub/inbox', city);
    const first = inbox.json.messages[0];
    expect(first).toBeDefined();
    expect((await call('POST', `/api/v1/hub/messages/${first.id}/confirm`, city)).status).toBe(409);
    const opened = await call('GET', `/api/v1/hub/messages/${first.id}`, city);
    expect(opened.status).toBe(200);
    expect(opened.json.body).not.toBeNull();
    expect((await call('POST', `/api/v1/hub/messages/${first.id}/confirm`, city)).json).toEqual({
      confirmed: 1,
    });
    const after = await call('GET', '/api/v1/hub/inbox', city);
    expect(after.json.messages.map((m: { id: string }) => m.id)).not.toContain(first.id);
    const logged = await server.db.database.db
      .selectFrom('access_log')
      .select('action')
      .where('action', '=', 'hub.message.open')
      .execute();
    expect(logged.length).toBeGreaterThanOrEqual(1);
    expect((await call('GET', `/api/v1/hub/messages/${first.id}`, ocmw)).status).toBe(200);
    const other = await insertOrganisation(server.db.database.db, 'andere-stad', 'Andere Stad');
    const stranger = await call('GET', `/api/v1/hub/messages/${first.id}`, {
      authorization: `Bearer ${await hubToken(server.db.database, other.id)}`,
    });
    expect(stranger.status).toBe(404);
  });
});

const CSV_HEADER = 'recipient;debtorReference;urgent;question';
const csvPost = async (text: string, type = 'status-request') => {
  const res = await fetch(`${server.url}/api/v1/hub/csv/${type}?lang=en`, {
    method: 'POST',
    headers: { ...ocmw, 'content-type': 'text/csv' },
    body: text,
  });
  return { status: res.status, json: await res.json() };
};
const countMessages = async () =>
  Number(
    (
      await server.db.database.db
        .selectFrom('hub_messages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('hub CSV batches', () => {
  it('rejects the whole file for one bad row, listing every error, and sends nothing', async () => {
    const before = await countMessages();
    const bad = [
      CSV_HEADER,
      `${CITY_CREDITOR};SHV-1;nee;Stand?`,
      `${CITY_CREDITOR};SHV-2;misschien;Stand?`,
      `${CITY_CREDITOR};SHV-3;nee;`,
    ].join('\r\n');
    const r = await csvPost(bad);
    expect(r.status).toBe(422);
    expect(
      r.json.error.details.map((d: { row: number; column: string | null }) => [d.row, d.column]),
    ).toEqual([
      [3, 'urgent'],
      [4, 'question'],
    ]);
    const unknownRecipient = await csvPost(
      [CSV_HEADER, `${CITY_CREDITOR};SHV-1;nee;Stand?`, 'nobody;SHV-3;nee;Stand?'].join('\r\n'),
    );
    expect(unknownRecipient.status).toBe(422);
    expect(unknownRecipient.json.error.details).toEqual([
      { row: 3, column: null, message: expect.stringContaining('nobody') },
    ]);
    expect(await countMessages()).toBe(before);
  });

  it('lists the errors of a file in French, with a real plural', async () => {
    const res = await fetch(`${server.url}/api/v1/hub/csv/status-request`, {
      method: 'POST',
      headers: { ...ocmw, 'content-type': 'text/csv', 'accept-language': 'fr-BE' },
      body: [CSV_HEADER, `${CITY_CREDITOR};SHV-1;peut-être;Stand?`, `${CITY_CREDITOR};SHV-2;oui;Stand?`].join(
        '\r\n',
      ),
    });
    const json = await res.json();
    expect(res.status).toBe(422);
    expect(json.error.message).toBe('Le fichier a été refusé (1 erreur) ; rien n’a été envoyé.');
    expect(json.error.details).toEqual([
      { row: 2, column: 'urgent', message: 'doit valoir true ou false (oui/non)' },
    ]);
  });

  it('refuses a file over 4 MB', async () => {
    const line = `${CITY_CREDITOR};SHV-1;nee;${'x'.repeat(1900)}\r\n`;
    const big = `${CSV_HEADER}\r\n${line.repeat(Math.ceil((4 * 1024 * 1024) / line.length) + 1)}`;
    const r = await csvPost(big);
    expect(r.status).toBe(413);
  });

  it('uploads a good file, and the recipient downloads and confirms it like messages', async () => {
    const good = [
      CSV_HEADER,
      `${CITY_CREDITOR};SHV-10;nee;Stand van zaken?`,
      `${CITY_CREDITOR};SHV-11;ja;Dringend: stand?`,
    ].join('\r\n');
    const up = await csvPost(good);
    expect(up.status).toBe(201);
    expect(up.json.messages).toHaveLength(2);
    const res = await fetch(`${server.url}/api/v1/hub/csv/status-request`, { headers: city });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('SHV-10');
    const downloadId = res.headers.get('x-hub-download');
    const confirm = await call('POST', `/api/v1/hub/downloads/${downloadId}/confirm`, city);
    expect(confirm.json.confirmed).toBe(Number(res.headers.get('x-hub-count')));
    const left = await call('GET', '/api/v1/hub/inbox?type=status-request', city);
    expect(left.json.messages).toEqual([]);
  });
});
