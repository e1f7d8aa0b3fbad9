import type { App } from '../platform/http.ts';
import { requestLang } from '../platform/http.ts';
import { accessMessages } from './messages.ts';
import { beginOidcLogin, finishOidcLogin } from './oidc-service.ts';
import { setSessionCookies } from './routes.ts';

const PENDING_COOKIE = 'evs_oidc';
const PENDING_PATH = '/api/v1/auth/oidc';

/** OpenID Connect sign-in (authorization code + PKCE), when EVS_OIDC_ISSUER is configured. */
export async function oidcRoutes(app: App): Promise<void> {
  const { database, config } = app.deps;

  app.get(
    '/api/v1/auth/oidc/start',
    {
      config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['access'], summary: 'Redirect to the identity provider (when OIDC is configured)' },
    },
    async (request, reply) => {
      const oidc = config.access.oidc;
      const lang = requestLang(request, config.defaultLang);
      if (!oidc) {
        return reply.status(404).send({
          error: {
            code: 'oidc_off',
            message: accessMessages.text(lang, 'oidcOff'),
          },
        });
      }
      const { url, pending } = await beginOidcLogin(oidc);
      reply.setCookie(PENDING_COOKIE, `${pending.state}.${pending.verifier}`, {
        path: PENDING_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['access'], summary: 'Where the identity provider sends the browser back' },
    },
    async (request, reply) => {
      const oidc = config.access.oidc;
      const lang = requestLang(request, config.defaultLang);
      const [state, verifier] = (request.cookies[PENDING_COOKIE] ?? '').split('.');
      reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
      if (!oidc || !state || !verifier) {
        return reply.status(400).send({
          error: {
            code: 'oidc_no_login',
            message: accessMessages.text(lang, 'oidcNoLogin'),
          },
        });
      }
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const outcome = await finishOidcLogin(
        database,
        config.access,
        oidc,
        query,
        { state, verifier },
        new Date(),
      );
      if (!outcome.ok) {
        const message = accessMessages.text(
          lang,
          outcome.reason === 'no_account' ? 'oidcNoAccount' : 'oidcFailed',
        );
        return reply
          .status(outcome.reason === 'no_account' ? 403 : 401)
          .send({ error: { code: `oidc_${outcome.reason}`, message } });
      }
      setSessionCookies(request, reply, outcome.session);
      return reply.redirect('/', 302);
    },
  );
}
