import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { EXIT, langOption, reportFailure, runCli } from '../platform/cli-run.ts';
import type { Database } from '../platform/db.ts';
import { findUserByLogin } from './store.ts';
import { createUser, type NewUser, resetPassword, users } from './user-service.ts';

/** A password for a new account: 18 random bytes, base64url (24 characters). */
function generatedPassword(): string {
  return randomBytes(18).toString('base64url');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

interface AddOptions {
  name: string;
  role: string[];
  department?: string[];
  debtor?: string;
  passwordStdin?: boolean;
  lang?: string;
}

function addUser(login: string, o: AddOptions) {
  return runCli(langOption(o.lang), async ({ database, scope }) => {
    const typed = o.passwordStdin ? await readStdin() : null;
    const password = typed ?? generatedPassword();
    const input: NewUser = {
      login,
      displayName: o.name,
      password,
      roles: o.role,
      departments: o.department ?? [],
      ...(o.debtor ? { citizenDebtorId: o.debtor } : {}),
    };
    const r = await createUser(database, { ...scope, actor: 'cli' }, input);
    if (!r.ok) return reportFailure(r.error, false);
    process.stdout.write(`${r.value.id}\t${login.toLowerCase()}\n`);
    if (!typed) process.stdout.write(`password (shown once): ${password}\n`);
    return EXIT.ok;
  });
}

async function removeDemoUsers(database: Database): Promise<number> {
  return database.db.transaction().execute(async (trx) => {
    const demo = await trx.selectFrom('users').select('id').where('demo', '=', true).execute();
    const ids = demo.map((d) => d.id);
    if (ids.length === 0) return 0;
    await trx.deleteFrom('consents').where('user_id', 'in', ids).execute();
    await trx.deleteFrom('users').where('id', 'in', ids).execute();
    return ids.length;
  });
}

/** `evs admin create`, `evs users add|list|reset-password|remove-demo`. */
export function registerAccessCommands(program: Command): void {
  program
    .command('admin')
    .description('first administrator')
    .command('create <login>')
    .description('create an administrator, e.g. evs admin create it@stad.be --name "IT-dienst"')
    .requiredOption('--name <name>', 'display name')
    .option(
      '--password-stdin',
      'read the password from standard input (else one is generated and shown once)',
    )
    .option('--lang <lang>', 'nl | fr | en')
    .action((login: string, o: Omit<AddOptions, 'role'>) => addUser(login, { ...o, role: ['admin'] }));

  const cmd = program.command('users').description('user accounts and roles');
  cmd
    .command('add <login>')
    .description('add a user, e.g. evs users add an@stad.be --name "An" --role clerk --department SCHOOL')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <roles...>', 'admin finance clerk social_worker auditor policy citizen')
    .option('--department <codes...>', 'departments of a clerk')
    .option('--debtor <id>', 'the debtor a citizen account belongs to')
    .option(
      '--password-stdin',
      'read the password from standard input (else one is generated and shown once)',
    )
    .option('--lang <lang>', 'nl | fr | en')
    .action((login: string, o: AddOptions) => addUser(login, o));
  cmd
    .command('list')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const list = (await users(database, scope)).map((u) => ({
          login: u.login,
          name: u.display_name,
          roles: u.roles,
          departments: u.departments,
          active: u.active,
        }));
        if (o.json) process.stdout.write(`${JSON.stringify(list)}\n`);
        else
          for (const u of list)
            process.stdout.write(`${u.login}\t${u.name}\t${u.roles.join(',')}\t${u.departments.join(',')}\n`);
        return EXIT.ok;
      }),
    );
  cmd
    .command('reset-password <login>')
    .description('set a new password (generated and shown once, or --password-stdin); ends their sessions')
    .option('--password-stdin', 'read the password from standard input')
    .action((login: string, o: { passwordStdin?: boolean }) =>
      runCli(undefined, async ({ database, scope }) => {
        const user = await findUserByLogin(database.db, login.trim().toLowerCase());
        if (!user || user.organisation_id !== scope.orgId) {
          process.stderr.write(`unknown login ${login}\n`);
          return EXIT.notFound;
        }
        const typed = o.passwordStdin ? await readStdin() : null;
        const password = typed ?? generatedPassword();
        const r = await resetPassword(database, scope, user.id, password);
        if (!r.ok) return reportFailure(r.error, false);
        if (!typed) process.stdout.write(`password (shown once): ${password}\n`);
        return EXIT.ok;
      }),
    );
  cmd
    .command('remove-demo')
    .description('delete the demo users (their password is published); required before production')
    .action(() =>
      runCli(undefined, async ({ database }) => {
        process.stdout.write(`${await removeDemoUsers(database)} demo user(s) removed\n`);
        return EXIT.ok;
      }),
    );
}
