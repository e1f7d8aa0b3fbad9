import { resolveDebtor, unknownDebtor } from '../debtors/service.ts';
import { addDays, formatDate, type IsoDate } from '../kernel/dates.ts';
import type { Cents } from '../kernel/money.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { isTimeBarred, limitationDateOf, openAmount } from '../overview/overview.ts';
import type { Database } from '../platform/db.ts';
import { type Failure, failure } from '../platform/errors.ts';
import type { Lang, Scope } from '../platform/scope.ts';
import { renderLetterPdf } from './io-letter-pdf.ts';
import { type ContactDetails, offerLetter, type Party, planLetter } from './letter-content.ts';
import { letterMessages } from './letter-messages.ts';
import { unknownPlan } from './service.ts';
import { type PlanSettings, planSettings } from './settings-service.ts';
import { findPlan, instalmentsOf, openClaimsOf, planClaimsOf } from './store.ts';

function recipientOf(debtor: {
  name: string;
  street: string | null;
  house_number: string | null;
  postal_code: string | null;
  city: string | null;
}): Party {
  const street = [debtor.street, debtor.house_number].filter(Boolean).join(' ');
  const town = [debtor.postal_code, debtor.city].filter(Boolean).join(' ');
  return { name: debtor.name, addressLines: [street, town].filter((l) => l !== '') };
}

/** The contact sentence (phone and e-mail when set, else the free-text contact) and the contact block. */
function contactOf(settings: PlanSettings): { contact: string; contactDetails: ContactDetails } {
  const reach = [settings.contactPhone, settings.contactEmail].filter((x): x is string => !!x);
  return {
    contact: reach.length > 0 ? reach.join(', ') : settings.contact,
    contactDetails: {
      service: settings.contactService,
      person: settings.contactPerson,
      phone: settings.contactPhone,
      email: settings.contactEmail,
    },
  };
}

/** Charges the city waived (OSLO Vermindering at bundling) on the claims of this plan. */
async function waivedOnPlan(database: Database, orgId: string, fileId: string, claimIds: readonly string[]) {
  if (claimIds.length === 0) return 0;
  const row = await database.db
    .selectFrom('claim_reductions')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('waived'))
    .where('organisation_id', '=', orgId)
    .where('file_id', '=', fileId)
    .where('source', '=', 'bundling')
    .where('status', '=', 'accepted')
    .where('claim_id', 'in', claimIds)
    .executeTakeFirst();
  return Number(row?.waived ?? 0);
}

/**
 * What each claim still adds to the plan: its allocated payments taken off; when allocations were not
 * tracked per claim, what was paid is taken off the oldest claims first, so the overview adds up to what remains.
 */
function claimsStillOpen(
  claims: readonly {
    departmentName: string;
    claimId: string;
    category: string;
    bundledOpen: Cents;
    allocated: Cents;
    dueDate: IsoDate;
    limitationPeriod: string;
  }[],
  paid: Cents,
  lang: Lang,
  today: IsoDate,
) {
  const allocated = claims.reduce((s, c) => s + c.allocated, 0);
  let left = allocated === paid ? 0 : paid;
  return claims.map((c) => {
    const base = allocated === paid ? c.bundledOpen - c.allocated : c.bundledOpen;
    const off = Math.min(left, base);
    left -= off;
    return {
      department: c.departmentName,
      reference: c.claimId,
      description: isTimeBarred(c, today)
        ? `${c.category} (${letterMessages.text(lang, 'timeBarredSince', { date: formatDate(limitationDateOf(c), lang) })})`
        : c.category,
      amount: base - off,
    };
  });
}

/** The plan letter (PDF): bundled claims per department, the schedule, IBAN, OGM and an EPC QR code. */
export async function planLetterPdf(
  database: Database,
  scope: Scope,
  planId: string,
  lang: Lang,
  today: IsoDate,
): Promise<Result<{ pdf: Buffer; fileName: string }, Failure>> {
  const plan = await findPlan(database.db, scope.orgId, planId);
  if (!plan || (scope.debtorIds && !scope.debtorIds.includes(plan.debtor_id))) return err(unknownPlan(scope));
  const debtor = await resolveDebtor(database.db, scope.orgId, plan.debtor_id);
  if (!debtor) return err(unknownDebtor(scope.lang));
  const settings = await planSettings(database.db, scope.orgId);
  const claims = await planClaimsOf(database.db, scope.orgId, planId);
  const waived = await waivedOnPlan(
    database,
    scope.orgId,
    plan.file_id,
    claims.map((c) => c.id),
  );
  const all = await instalmentsOf(database.db, scope.orgId, planId);
  // after a Wijziging the paid-off rows stay; the letter shows what is still to be paid
  const instalments = all
    .filter((i) => i.amount > i.paid)
    .map((i) => ({ seq: i.seq, dueDate: i.dueDate, amount: i.amount - i.paid }));
  const remaining = instalments.reduce((s, i) => s + i.amount, 0);
  const paidBefore = plan.start_amount - remaining;
  const letter = planLetter({
    lang,
    date: today,
    place: settings.place,
    sender: { name: settings.creditorName, addressLines: [] },
    recipient: recipientOf(debtor),
    ...contactOf(settings),
    waived,
    claims: claimsStillOpen(claims, paidBefore, lang, today),
    instalments,
    creditor: {
      name: settings.creditorName,
      iban: settings.iban,
      ...(settings.bic ? { bic: settings.bic } : {}),
    },
    ogm: plan.reference,
  });
  if (!letter.ok) {
    return err(
      failure('invalid', 'letter_invalid', letterMessages.text(scope.lang, 'cannotMake'), letter.error),
    );
  }
  return ok({
    pdf: await renderLetterPdf(letter.value),
    fileName: letterMessages.text(lang, 'planFileName', { reference: plan.reference }),
  });
}

/** The proactive offer to a candidate: open claims per department and, optionally, a monthly amount. */
export async function offerLetterPdf(
  database: Database,
  scope: Scope,
  debtorId: string,
  input: { lang: Lang; proposedMonthly?: Cents },
  today: IsoDate,
): Promise<Result<{ pdf: Buffer; fileName: string }, Failure>> {
  const debtor = await resolveDebtor(database.db, scope.orgId, debtorId);
  if (!debtor || (scope.debtorIds && !scope.debtorIds.includes(debtor.id)))
    return err(unknownDebtor(scope.lang));
  const settings = await planSettings(database.db, scope.orgId);
  const claims = (await openClaimsOf(database.db, scope.orgId, [debtor.id])).filter(
    (c) => c.participates && !c.disputed,
  );
  const departments = [...new Set(claims.map((c) => c.departmentName))].map((name) => {
    const mine = claims.filter((c) => c.departmentName === name);
    return {
      department: name,
      claimCount: mine.length,
      open: mine.reduce((s, c) => s + openAmount({ ...c, status: 'open' }), 0),
    };
  });
  const letter = offerLetter({
    lang: input.lang,
    date: today,
    place: settings.place,
    sender: { name: settings.creditorName, addressLines: [] },
    recipient: recipientOf(debtor),
    ...contactOf(settings),
    departments,
    ...(input.proposedMonthly !== undefined ? { proposedMonthly: input.proposedMonthly } : {}),
    respondBy: addDays(today, 30),
  });
  return ok({
    pdf: await renderLetterPdf(letter),
    fileName: letterMessages.text(input.lang, 'offerFileName'),
  });
}
