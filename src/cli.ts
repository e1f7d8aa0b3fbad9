import { Command } from 'commander';
import { registerAccessCommands } from './access/cli.ts';
import { registerClaimCommands } from './claims/cli.ts';
import { cleanInterruptedImports } from './claims/import-service.ts';
import { registerDebtorCommands } from './debtors/cli.ts';
import { registerDemoCommands } from './demo/cli.ts';
import { registerEligibilityCommands } from './eligibility/cli.ts';
import { registerFeedCommands } from './feed/cli.ts';
import { registerHubCommands } from './hub/cli.ts';
import { registerJobCommands } from './jobs/cli.ts';
import { registerJourneyCommands } from './journey/cli.ts';
import { registerOpsCommands } from './ops/cli.ts';
import { registerOrganisationCommands } from './organisations/cli.ts';
import { ensureDefaultOrganisation } from './organisations/service.ts';
import { registerOsloCommands } from './oslo/cli.ts';
import { registerOverviewCommands } from './overview/cli.ts';
import { registerPaymentCommands } from './payments/cli.ts';
import { registerPlanCommands } from './plans/cli.ts';
import { prepareEveryCommand } from './platform/cli-run.ts';
import { registerReportCommands } from './reports/cli.ts';

/** `npx evs …`: every capability registers its subcommands here. */
export function buildProgram(): Command {
  prepareEveryCommand(async (database) => {
    await cleanInterruptedImports(database.db);
    return ensureDefaultOrganisation(database);
  });
  const program = new Command('evs').description('EvS — Eenheid van Schuld').showHelpAfterError();
  registerOrganisationCommands(program);
  registerAccessCommands(program);
  registerClaimCommands(program);
  registerDebtorCommands(program);
  registerOverviewCommands(program);
  registerEligibilityCommands(program);
  registerHubCommands(program);
  registerDemoCommands(program);
  registerJobCommands(program);
  registerOsloCommands(program);
  registerReportCommands(program);
  registerPaymentCommands(program);
  registerPlanCommands(program);
  registerJourneyCommands(program);
  registerFeedCommands(program);
  registerOpsCommands(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
