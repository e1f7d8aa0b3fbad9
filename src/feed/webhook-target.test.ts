import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrs, parseAddress } from '../platform/ip-address.ts';
import { judgeAddress, resolveTarget, STRICT_POLICY, type WebhookNetworkPolicy } from './webhook-target.ts';

const hostOf = (url: string) => new URL(url).hostname;
const dns =
  (table: Record<string, string[]>): WebhookNetworkPolicy['lookup'] =>
  async (host) => {
    const found = table[host];
    if (!found) throw new Error('ENOTFOUND');
    return found;
  };

describe('webhook targets', () => {
  it('refuses this machine, link-local, unspecified and multicast addresses, however written', async () => {
    for (const url of [
      'http://localhost/hook',
      'http://api.localhost./hook',
      'http://127.0.0.1:8080/hook',
      'http://127.1/hook',
      'http://2130706433/hook',
      'http://0x7f.0.0.1/hook',
      'http://0177.0.0.1/hook',
      'http://0.0.0.0/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hook',
      'http://[::]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[::127.0.0.1]:3104/', // IPv4-compatible: the finding's example
      'http://[0:0:0:0:0:0:7f00:1]/hook',
      'http://[64:ff9b::7f00:1]/hook',
      'http://[2002:7f00:1::]/hook',
      'http://[::ffff:a9fe:a9fe]/hook',
      'http://[fe80::1]/hook',
      'http://224.0.0.1/hook',
      'http://[ff02::1]/hook',
      'http://10.20.30.40/hook', // private: not listed
      'http://[fd00::5]/hook',
    ]) {
      expect((await resolveTarget(hostOf(url), STRICT_POLICY)).ok, url).toBe(false);
    }
  });

  it('judges every address a name resolves to, so a name for 127.0.0.1 is refused', async () => {
    const policy = {
      ...STRICT_POLICY,
      lookup: dns({
        '127.0.0.1.nip.io': ['127.0.0.1'],
        'half.example': ['203.0.113.5', '::ffff:127.0.0.1'],
        'public.example': ['203.0.113.5'],
      }),
    };
    expect(await resolveTarget('127.0.0.1.nip.io', policy)).toEqual({ ok: false, reason: 'local' });
    expect(await resolveTarget('half.example', policy)).toEqual({ ok: false, reason: 'local' });
    expect(await resolveTarget('nowhere.example', policy)).toEqual({ ok: false, reason: 'unresolvable' });
    expect(await resolveTarget('public.example', policy)).toEqual({
      ok: true,
      address: '203.0.113.5',
      family: 4,
    });
  });

  it("allows public hosts, and the city's private networks only where listed", async () => {
    const policy = { allowLocal: false, allowedNetworks: cidrs(['10.20.0.0/16', 'fd00::/8']) };
    for (const url of [
      'http://10.20.30.40/hook',
      'http://[::ffff:10.20.1.1]/hook',
      'http://[fd00::5]/hook',
      'https://169.255.1.1/hook',
      'http://203.0.113.9/hook',
    ]) {
      expect((await resolveTarget(hostOf(url), policy)).ok, url).toBe(true);
    }
    for (const url of ['http://10.21.0.1/hook', 'http://192.168.1.5:8443/hook', 'http://172.16.0.9/hook']) {
      expect((await resolveTarget(hostOf(url), policy)).ok, url).toBe(false);
    }
    // link-local stays refused even when an operator lists it
    const wide = { allowLocal: true, allowedNetworks: cidrs(['169.254.0.0/16']) };
    expect(judgeAddress('169.254.169.254', wide)).toBe('never');
  });

  it('reads every IPv4 spelling of an address as the same bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), (bytes) => {
        const n =
          (bytes[0] ?? 0) * 256 ** 3 + (bytes[1] ?? 0) * 65536 + (bytes[2] ?? 0) * 256 + (bytes[3] ?? 0);
        const spellings = [
          bytes.join('.'),
          String(n),
          `0x${n.toString(16)}`,
          bytes.map((b) => `0${b.toString(8)}`).join('.'),
          `${bytes[0]}.${(bytes[1] ?? 0) * 65536 + (bytes[2] ?? 0) * 256 + (bytes[3] ?? 0)}`,
          `::ffff:${bytes.join('.')}`,
        ];
        for (const s of spellings) {
          const a = parseAddress(s);
          expect(a?.bytes.slice(-4), s).toEqual(bytes);
        }
      }),
    );
  });
});
