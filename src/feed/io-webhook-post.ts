import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveTarget, type WebhookNetworkPolicy } from './webhook-target.ts';

/** The one error text for a target that was refused, did not resolve, or did not answer. */
export const UNREACHABLE = 'target unreachable or refused';

/**
 * POSTs `body` to `url` after judging the target again (webhook-target.ts) and connects to exactly
 * the address judged: the socket's look-up answers with it, so a name cannot resolve to something
 * else between the check and the connection. Redirects are not followed (a 3xx is a failed attempt).
 * Resolves to the HTTP status, or `null` when the target is refused or unreachable.
 */
export async function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  opts: { readonly policy: WebhookNetworkPolicy; readonly timeoutMs: number },
): Promise<number | null> {
  const target = new URL(url);
  const resolved = await resolveTarget(target.hostname, opts.policy);
  if (!resolved.ok) return null;
  const lookup: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: resolved.address, family: resolved.family }]);
    else callback(null, resolved.address, resolved.family);
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        timeout: opts.timeoutMs,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? null));
        response.on('error', () => resolve(null));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(null));
    req.end(body);
  });
}
