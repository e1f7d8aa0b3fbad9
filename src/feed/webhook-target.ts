import { lookup as dnsLookup } from 'node:dns/promises';
import { networkInterfaces } from 'node:os';
import {
  type Address,
  type Cidr,
  canonical,
  cidrs,
  formatAddress,
  inCidr,
  parseAddress,
} from '../platform/ip-address.ts';

/**
 * Where a webhook may send to. Never to an unspecified, multicast, reserved or link-local address
 * (cloud metadata services answer at 169.254.169.254); to this machine (loopback or one of its own
 * addresses) only with `allowLocal` (tests, one-box setups); to a private network (a department's
 * billing system on the city network) only where the operator lists it (EVS_WEBHOOK_ALLOWED_NETWORKS).
 * Names are resolved and every address they resolve to is judged, at registration and again at each
 * delivery, which then connects to the address it judged (no second look-up to rebind).
 */
export interface WebhookNetworkPolicy {
  readonly allowLocal: boolean;
  readonly allowedNetworks: readonly Cidr[];
  /** Resolves a name to its addresses (tests put a fake DNS here); default the system resolver. */
  readonly lookup?: (host: string) => Promise<readonly string[]>;
}

export function webhookPolicy(ops: {
  readonly webhookAllowLocal: boolean;
  readonly webhookAllowedNetworks: readonly string[];
}): WebhookNetworkPolicy {
  return { allowLocal: ops.webhookAllowLocal, allowedNetworks: cidrs(ops.webhookAllowedNetworks) };
}

export const STRICT_POLICY: WebhookNetworkPolicy = { allowLocal: false, allowedNetworks: [] };

const NEVER = cidrs([
  '0.0.0.0/8',
  '169.254.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  'fe80::/10',
  'ff00::/8',
  '2001::/32', // Teredo hides an IPv4 address too
  '100::/64',
]);
const LOOPBACK = cidrs(['127.0.0.0/8', '::1/128']);
const PRIVATE = cidrs([
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '198.18.0.0/15',
  '192.0.0.0/24',
  'fc00::/7',
  'fec0::/10',
]);

function ownAddresses(): Address[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((i) => parseAddress(i.address))
    .filter((a): a is Address => a !== null)
    .map(canonical);
}

const same = (a: Address, b: Address) => a.v === b.v && a.bytes.every((x, i) => x === b.bytes[i]);

export type AddressVerdict = 'allowed' | 'never' | 'local' | 'private';

export function judgeAddress(text: string, policy: WebhookNetworkPolicy): AddressVerdict {
  const parsed = parseAddress(text);
  if (!parsed) return 'never';
  const address = canonical(parsed);
  const within = (list: readonly Cidr[]) => list.some((c) => inCidr(address, c));
  if (within(NEVER)) return 'never';
  const local = within(LOOPBACK) || ownAddresses().some((own) => same(own, address));
  if (local) return policy.allowLocal || within(policy.allowedNetworks) ? 'allowed' : 'local';
  if (within(PRIVATE)) return within(policy.allowedNetworks) ? 'allowed' : 'private';
  return 'allowed';
}

export type Resolution =
  | { readonly ok: true; readonly address: string; readonly family: 4 | 6 }
  | { readonly ok: false; readonly reason: 'unresolvable' | Exclude<AddressVerdict, 'allowed'> };

/** Resolves `hostname` (as `new URL` gives it) and judges every address; the first one is the one to use. */
export async function resolveTarget(hostname: string, policy: WebhookNetworkPolicy): Promise<Resolution> {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost'))
    return policy.allowLocal ? resolveTarget('127.0.0.1', policy) : { ok: false, reason: 'local' };
  let addresses: readonly string[];
  if (parseAddress(host)) addresses = [host];
  else {
    try {
      addresses = policy.lookup
        ? await policy.lookup(host)
        : (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      return { ok: false, reason: 'unresolvable' };
    }
  }
  const first = addresses[0];
  if (first === undefined) return { ok: false, reason: 'unresolvable' };
  for (const address of addresses) {
    const verdict = judgeAddress(address, policy);
    if (verdict !== 'allowed') return { ok: false, reason: verdict };
  }
  const parsed = parseAddress(first) as Address;
  return { ok: true, address: formatAddress(parsed), family: parsed.v };
}
