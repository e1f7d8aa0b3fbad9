import { describe, expect, it } from 'vitest';
import { isLocalTarget } from './webhook-target.ts';

const hostOf = (url: string) => new URL(url).hostname;

describe('webhook targets', () => {
  it('refuses this machine, link-local, unspecified and multicast addresses, however written', () => {
    for (const url of [
      'http://localhost/hook',
      'http://api.localhost./hook',
      'http://127.0.0.1:8080/hook',
      'http://127.1/hook', // the URL parser makes it 127.0.0.1
      'http://2130706433/hook', // and this too
      'http://0.0.0.0/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/hook',
      'http://[::]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fe80::1]/hook',
      'http://224.0.0.1/hook',
    ]) {
      expect(isLocalTarget(hostOf(url)), url).toBe(true);
    }
  });

  it("allows public hosts and the city's private network", () => {
    for (const url of [
      'https://facturatie.stad.be/evs',
      'http://10.20.30.40/hook',
      'http://192.168.1.5:8443/hook',
      'http://172.16.0.9/hook',
      'http://[fd00::5]/hook',
      'https://169.255.1.1/hook',
    ]) {
      expect(isLocalTarget(hostOf(url)), url).toBe(false);
    }
  });
});
