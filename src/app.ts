import type { FastifyBaseLogger } from 'fastify';
import { accessAdminRoutes } from './access/admin-routes.ts';
import { authenticationHook } from './access/hooks.ts';
import { oidcRoutes } from './access/oidc-routes.ts';
import { authRoutes } from './access/routes.ts';
import { claimsRoutes } from './claims/routes.ts';
import { debtorsRoutes } from './debtors/routes.ts';
import { eligibilityRoutes } from './eligibility/routes.ts';
import { feedRoutes } from './feed/routes.ts';
import { hubRoutes } from './hub/routes.ts';
import { jobsRoutes } from './jobs/routes.ts';
import { journeyRoutes } from './journey/routes.ts';
import { databaseRateLimitStore } from './ops/rate-limit-store.ts';
import { registerOps } from './ops/routes.ts';
import { organisationsRoutes } from './organisations/routes.ts';
import { osloRoutes } from './oslo/routes.ts';
import { overviewRoutes } from './overview/routes.ts';
import { paymentsRoutes } from './payments/routes.ts';
import { plansRoutes } from './plans/routes.ts';
import { planSettingsRoutes } from './plans/settings-routes.ts';
import { type App, type AppDeps, createHttpServer } from './platform/http.ts';
import { reportsRoutes } from './reports/routes.ts';

/** Composition of the HTTP API: the access check first, then every capability's routes. */
export async function buildApp(deps: AppDeps, logger?: FastifyBaseLogger): Promise<App> {
  const app = await createHttpServer(deps, {
    ...(logger ? { logger } : {}),
    rateLimitStore: databaseRateLimitStore(deps.database),
  });
  await registerOps(app);
  await authenticationHook(app);
  await app.register(authRoutes);
  await app.register(accessAdminRoutes);
  await app.register(oidcRoutes);
  await app.register(organisationsRoutes);
  await app.register(claimsRoutes);
  await app.register(debtorsRoutes);
  await app.register(overviewRoutes);
  await app.register(eligibilityRoutes);
  await app.register(hubRoutes);
  await app.register(jobsRoutes);
  await app.register(osloRoutes);
  await app.register(reportsRoutes);
  await app.register(paymentsRoutes);
  await app.register(plansRoutes);
  await app.register(planSettingsRoutes);
  await app.register(journeyRoutes);
  await app.register(feedRoutes);
  await app.ready();
  return app;
}
