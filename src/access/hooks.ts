import type { FastifyReply, FastifyRequest } from 'fastify';
import { ensureDefaultOrganisation } from '../organisations/service.ts';
import type { App } from '../platform/http.ts';
import { requestLang } from '../platform/http.ts';

/**
 * Sets `request.scope` for every /api/v1 request. FOUNDATION STAGE: every caller acts for the
 * default organisation as `anonymous`; the Access capability replaces this with sessions,
 * tokens and roles.
 */
export async function authenticationHook(app: App): Promise<void> {
  const orgId = await ensureDefaultOrganisation(app.deps.database);
  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    if (!request.url.startsWith('/api/v1/')) return;
    request.scope = { orgId, actor: 'anonymous', lang: requestLang(request, app.deps.config.defaultLang) };
  });
}
