import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EXIT, reportFailure, runCli } from '../platform/cli-run.ts';
import {
  addWebhook,
  departmentFeed,
  departmentFeedCsv,
  removeWebhook,
  webhookDeliveries,
  webhooks,
} from './service.ts';
import { deliverWebhooks } from './webhook-service.ts';
import { webhookPolicy } from './webhook-target.ts';

function out(text: string): number {
  process.stdout.write(`${text}\n`);
  return EXIT.ok;
}

export function registerFeedCommands(program: Command): void {
  const feed = program
    .command('feed')
    .description("departments' feed of their claims' EvS state, and webhooks");
  feed
    .command('list <department>')
    .option('--after <seq>', 'cursor: the last seq you processed', '0')
    .option('--limit <n>', 'at most this many events', '100')
    .option('--json')
    .action((department: string, o: { after: string; limit: string; json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const r = await departmentFeed(database, scope, department, Number(o.after), Number(o.limit));
        if (!r.ok) return reportFailure(r.error, !!o.json);
        if (o.json) return out(JSON.stringify(r.value));
        return out(
          r.value.events.map((e) => `${e.seq}\t${e.type}\t${e.claimId}\t${e.occurredAt}`).join('\n'),
        );
      }),
    );
  feed
    .command('csv <department>')
    .requiredOption('--out <file>')
    .option('--after <seq>', 'cursor', '0')
    .action((department: string, o: { out: string; after: string }) =>
      runCli(undefined, async ({ database, scope }) => {
        const r = await departmentFeedCsv(database, scope, department, Number(o.after));
        if (!r.ok) return reportFailure(r.error, false);
        await writeFile(o.out, r.value);
        return out(o.out);
      }),
    );
  const webhook = feed.command('webhook').description('signed webhooks per department');
  webhook.command('add <department> <url>').action((department: string, url: string) =>
    runCli(undefined, async ({ config, database, scope }) => {
      const r = await addWebhook(database, scope, department, url, webhookPolicy(config.ops));
      if (!r.ok) return reportFailure(r.error, false);
      return out(`${r.value.id}\tsecret (shown once): ${r.value.secret}`);
    }),
  );
  webhook
    .command('list')
    .action(() =>
      runCli(undefined, async ({ database, scope }) =>
        out(
          (await webhooks(database, scope))
            .map((w) => `${w.id}\t${w.department}\t${w.url}\t${w.active ? 'active' : 'off'}`)
            .join('\n'),
        ),
      ),
    );
  webhook.command('remove <id>').action((id: string) =>
    runCli(undefined, async ({ database, scope }) => {
      const r = await removeWebhook(database, scope, id);
      return r.ok ? out('removed') : reportFailure(r.error, false);
    }),
  );
  feed
    .command('deliver')
    .description('send due webhook deliveries now (also a scheduled job)')
    .action(() =>
      runCli(undefined, async ({ config, database, scope, today }) =>
        out(
          JSON.stringify(
            await deliverWebhooks(database, { ...scope, actor: 'system' }, today, {
              network: webhookPolicy(config.ops),
            }),
          ),
        ),
      ),
    );
  feed
    .command('deliveries')
    .description('the delivery log')
    .option('--json')
    .action((o: { json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const log = await webhookDeliveries(database, scope);
        if (o.json) return out(JSON.stringify(log));
        return out(
          log
            .map((d) => `${d.seq}\t${d.type}\t${d.status}\t${d.attempts}\t${d.lastStatus ?? ''}\t${d.url}`)
            .join('\n'),
        );
      }),
    );
}
