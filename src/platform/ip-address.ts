/**
 * IP addresses as bytes, whatever way they are written: IPv4 in every form `inet_aton` accepts
 * (`127.1`, `0x7f.0.0.1`, `0177.0.0.1`, `2130706433`) and IPv6 with `::`, an embedded dotted IPv4
 * tail or a zone (`fe80::1%eth0`). Addresses that carry an IPv4 address inside an IPv6 one
 * (mapped `::ffff:a.b.c.d`, compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are
 * judged by that IPv4 address, so no spelling hides 127.0.0.1.
 */

export type Address =
  | { readonly v: 4; readonly bytes: readonly number[] }
  | { readonly v: 6; readonly bytes: readonly number[] };

export interface Cidr {
  readonly v: 4 | 6;
  readonly bytes: readonly number[];
  readonly prefix: number;
}

function part(text: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(text)) return text.length === 2 ? 0 : Number.parseInt(text.slice(2), 16);
  if (/^0[0-7]+$/.test(text)) return Number.parseInt(text.slice(1), 8);
  if (/^(0|[1-9][0-9]*)$/.test(text)) return Number(text);
  return null;
}

export function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const numbers = parts.map(part);
  if (numbers.some((n) => n === null || !Number.isSafeInteger(n))) return null;
  const values = numbers as number[];
  const last = values[values.length - 1] ?? 0;
  const head = values.slice(0, -1);
  if (head.some((n) => n > 255) || last >= 256 ** (5 - values.length)) return null;
  const bytes = [...head];
  for (let i = 4 - values.length; i >= 0; i--) bytes.push(Math.floor(last / 256 ** i) % 256);
  return bytes;
}

export function parseIpv6(input: string): number[] | null {
  let text = input.replace(/%.*$/, '');
  if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return null;
  const lastColon = text.lastIndexOf(':');
  const dotted = text.slice(lastColon + 1);
  if (dotted.includes('.')) {
    const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(dotted) ? parseIpv4(dotted) : null;
    if (!v4) return null;
    const hex = (a = 0, b = 0) => ((a << 8) | b).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hex(v4[0], v4[1])}:${hex(v4[2], v4[3])}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0] ?? '');
  const rest = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  return all.flatMap((g) => {
    const n = Number.parseInt(g, 16);
    return [n >> 8, n & 255];
  });
}

export function parseAddress(text: string): Address | null {
  const host = text.replace(/^\[|\]$/g, '');
  const v4 = parseIpv4(host);
  if (v4) return { v: 4, bytes: v4 };
  const v6 = parseIpv6(host);
  return v6 ? { v: 6, bytes: v6 } : null;
}

const zero = (bytes: readonly number[], from: number, to: number) =>
  bytes.slice(from, to).every((b) => b === 0);

/** The IPv4 address an IPv6 address stands for, if it is one of the embedding forms. */
export function embeddedIpv4(bytes: readonly number[]): number[] | null {
  if (zero(bytes, 0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12);
  if (zero(bytes, 0, 12) && !zero(bytes, 12, 15)) return bytes.slice(12); // ::a.b.c.d (not :: or ::1)
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zero(bytes, 4, 12))
    return bytes.slice(12);
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return null;
}

/** An IPv6 address that embeds IPv4 becomes that IPv4 address. */
export function canonical(address: Address): Address {
  if (address.v === 6) {
    const v4 = embeddedIpv4(address.bytes);
    if (v4) return { v: 4, bytes: v4 };
  }
  return address;
}

export function parseCidr(text: string): Cidr | null {
  const [addressText = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return null;
  const address = /^[0-9.]+$/.test(addressText)
    ? /^\d{1,3}(\.\d{1,3}){3}$/.test(addressText)
      ? parseAddress(addressText)
      : null
    : parseAddress(addressText);
  if (!address) return null;
  const max = address.v === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
  if (prefix < 0 || prefix > max) return null;
  return { v: address.v, bytes: address.bytes, prefix };
}

export function inCidr(address: Address, cidr: Cidr): boolean {
  if (address.v !== cidr.v) return false;
  for (let bit = 0; bit < cidr.prefix; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((address.bytes[byte] ?? 0) & mask) !== ((cidr.bytes[byte] ?? 0) & mask)) return false;
  }
  return true;
}

export function cidrs(texts: readonly string[]): Cidr[] {
  return texts.map((t) => {
    const c = parseCidr(t);
    if (!c) throw new Error(`not a network: ${t}`);
    return c;
  });
}

export function formatAddress(address: Address): string {
  if (address.v === 4) return address.bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2)
    groups.push((((address.bytes[i] ?? 0) << 8) | (address.bytes[i + 1] ?? 0)).toString(16));
  return groups.join(':');
}
