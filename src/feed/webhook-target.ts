/**
 * Hosts a webhook may not point at: this machine (loopback, `localhost`), link-local addresses
 * (cloud metadata services live at 169.254.169.254), unspecified and multicast addresses. A city's
 * department systems on its private network (10/8, 172.16/12, 192.168/16, fc00::/7) stay allowed.
 */
export function isLocalTarget(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = ipv4Octets(host);
  if (v4) return localIpv4(v4);
  if (!host.includes(':')) return false;
  // IPv4-mapped (::ffff:7f00:1 is 127.0.0.1; the URL parser writes it in hex)
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const high = Number.parseInt(mapped[1] ?? '0', 16);
    const low = Number.parseInt(mapped[2] ?? '0', 16);
    return localIpv4([high >> 8, high & 255, low >> 8, low & 255]);
  }
  if (host === '::' || host === '::1') return true;
  return /^fe[89ab]/.test(host) || host.startsWith('ff');
}

function ipv4Octets(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function localIpv4([a = 0, b = 0]: readonly number[]): boolean {
  return a === 127 || a === 0 || (a === 169 && b === 254) || a >= 224;
}
