import * as client from 'openid-client';
import { audit } from '../platform/audit.ts';
import type { AccessConfig, OidcConfig } from '../platform/config.ts';
import type { Database } from '../platform/db.ts';
import { type NewSession, startSession } from './session-service.ts';
import { findUserByLogin, findUserByOidc } from './store.ts';

/** What the browser keeps (HttpOnly cookie) between the redirect to the provider and the callback. */
export interface PendingLogin {
  readonly state: string;
  readonly verifier: string;
}

const discovered = new Map<string, Promise<client.Configuration>>();

function configurationOf(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}|${oidc.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    found = client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      oidc.clientSecret ?? undefined,
      oidc.clientSecret ? undefined : client.None(),
      oidc.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    found.catch(() => discovered.delete(key)); // retry discovery on the next login
    discovered.set(key, found);
  }
  return found;
}

/** The provider's authorization URL (code flow with PKCE S256) and what to remember for the callback. */
export async function beginOidcLogin(oidc: OidcConfig): Promise<{ url: string; pending: PendingLogin }> {
  const config = await configurationOf(oidc);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidc.redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
  });
  return { url: url.href, pending: { state, verifier } };
}

export type OidcOutcome = { ok: true; session: NewSession } | { ok: false; reason: 'no_account' | 'failed' };

/**
 * Redeems the code, checks state and PKCE, and signs in the user linked to the provider's subject;
 * on a first login, the active user whose login equals the configured claim gets linked.
 */
export async function finishOidcLogin(
  database: Database,
  access: AccessConfig,
  oidc: OidcConfig,
  callbackQuery: string,
  pending: PendingLogin,
  now: Date,
): Promise<OidcOutcome> {
  const config = await configurationOf(oidc);
  const current = new URL(oidc.redirectUri);
  current.search = callbackQuery;
  let claims: client.IDToken | undefined;
  let loginValue: unknown;
  try {
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
    });
    claims = tokens.claims();
    loginValue = claims?.[oidc.loginClaim];
    if (claims && loginValue === undefined) {
      // many providers put profile claims only in userinfo when an access token is issued
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      loginValue = info[oidc.loginClaim];
    }
  } catch {
    return { ok: false, reason: 'failed' };
  }
  if (!claims) return { ok: false, reason: 'failed' };
  const issuer = claims.iss;
  let user = await findUserByOidc(database.db, issuer, claims.sub);
  if (!user) {
    if (typeof loginValue !== 'string') return { ok: false, reason: 'no_account' };
    const candidate = await findUserByLogin(database.db, loginValue.trim().toLowerCase());
    if (!candidate) return { ok: false, reason: 'no_account' };
    await database.db
      .updateTable('users')
      .set({ oidc_issuer: issuer, oidc_subject: claims.sub })
      .where('id', '=', candidate.id)
      .where('oidc_subject', 'is', null)
      .execute();
    user = await findUserByOidc(database.db, issuer, claims.sub);
    if (!user) return { ok: false, reason: 'no_account' }; // already linked to another subject
  }
  if (!user.active) return { ok: false, reason: 'no_account' };
  const session = await startSession(database, access, user, now);
  await audit(
    database.db,
    { orgId: user.organisation_id, actor: `user:${user.id}`, lang: 'nl' },
    'user.login_oidc',
    'user',
    user.id,
  );
  return { ok: true, session };
}
