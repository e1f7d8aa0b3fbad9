import { isValidNationalNumber } from '../kernel/national-number.ts';
import { issue, type Lang, type ValidationIssue } from './issues.ts';
import type { MessageBodies, MessageType } from './message-schemas.ts';

/** Cross-field rules that JSON Schema cannot express; run only on bodies that passed the schema. */
type Rule<K extends MessageType> = (body: MessageBodies[K], lang: Lang) => ValidationIssue[];

/** Dutch BSN "elfproef": 9 digits, weights 9..2 and -1, sum divisible by 11. */
function isValidBsnDigits(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

const noticePublic: Rule<'notice-public'> = (body, lang) => {
  const n = body.nationalNumber;
  const valid = n.length === 11 ? isValidNationalNumber(n) : isValidBsnDigits(n);
  return valid
    ? []
    : [
        issue('/nationalNumber', lang, {
          nl: 'is geen geldig rijksregisternummer (11 cijfers) of BSN (9 cijfers): controlecijfer klopt niet',
          en: 'is not a valid Belgian national number (11 digits) or Dutch BSN (9 digits): check digits fail',
        }),
      ];
};

const balanceRequest: Rule<'balance-request'> = (body, lang) => {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  body.claims.forEach((claim, i) => {
    if (seen.has(claim.counsellorInvoiceNumber))
      issues.push(
        issue(`/claims/${i}/counsellorInvoiceNumber`, lang, {
          nl: 'komt meer dan eens voor',
          en: 'occurs more than once',
        }),
      );
    seen.add(claim.counsellorInvoiceNumber);
  });
  return issues;
};

const balanceAnswer: Rule<'balance-answer'> = (body, lang) => {
  const issues: ValidationIssue[] = [];
  const hasTotal = body.unmatchedTotalCents !== undefined;
  if (body.outcome === 'unmatched-total' && !hasTotal)
    issues.push(
      issue('/unmatchedTotalCents', lang, {
        nl: 'is verplicht bij uitkomst unmatched-total',
        en: 'is required when the outcome is unmatched-total',
      }),
    );
  if (body.outcome !== 'unmatched-total' && hasTotal)
    issues.push(
      issue('/unmatchedTotalCents', lang, {
        nl: 'mag alleen bij uitkomst unmatched-total',
        en: 'is only allowed when the outcome is unmatched-total',
      }),
    );
  if (body.outcome === 'unmatched-total' && body.claims.length > 0)
    issues.push(
      issue('/claims', lang, {
        nl: 'moet leeg zijn bij uitkomst unmatched-total (één totaalbedrag)',
        en: 'must be empty when the outcome is unmatched-total (one total amount)',
      }),
    );
  if ((body.outcome === 'matched' || body.outcome === 'unmatched-list') && body.claims.length === 0)
    issues.push(
      issue('/claims', lang, {
        nl: `moet minstens één vordering bevatten bij uitkomst ${body.outcome}`,
        en: `must contain at least one claim when the outcome is ${body.outcome}`,
      }),
    );
  body.claims.forEach((claim, i) => {
    if (body.outcome === 'matched' && claim.counsellorInvoiceNumber === undefined)
      issues.push(
        issue(`/claims/${i}/counsellorInvoiceNumber`, lang, {
          nl: 'is verplicht bij uitkomst matched (het factuurnummer volgens de hulpverlener)',
          en: "is required when the outcome is matched (the counsellor's invoice number)",
        }),
      );
    if (body.outcome === 'unmatched-list' && claim.counsellorInvoiceNumber !== undefined)
      issues.push(
        issue(`/claims/${i}/counsellorInvoiceNumber`, lang, {
          nl: 'mag niet ingevuld zijn bij uitkomst unmatched-list',
          en: 'must be empty when the outcome is unmatched-list',
        }),
      );
  });
  return issues;
};

const paymentProposal: Rule<'payment-proposal'> = (body, lang) => {
  const issues: ValidationIssue[] = [];
  body.claims.forEach((claim, i) => {
    if (claim.offeredAmountCents > claim.currentAmountCents)
      issues.push(
        issue(`/claims/${i}/offeredAmountCents`, lang, {
          nl: 'mag niet hoger zijn dan het actuele bedrag',
          en: 'must not exceed the current amount',
        }),
      );
  });
  if (body.firstPaymentOn !== undefined && body.firstPaymentOn < body.proposedOn)
    issues.push(
      issue('/firstPaymentOn', lang, {
        nl: 'mag niet voor de datum van het voorstel liggen',
        en: 'must not be before the date of the proposal',
      }),
    );
  return issues;
};

const reasonNeeded = (path: string, lang: Lang, when: string): ValidationIssue =>
  issue(path, lang, { nl: `is verplicht bij ${when}`, en: `is required when ${when}` });

const paymentProposalAnswer: Rule<'payment-proposal-answer'> = (body, lang) =>
  body.decision === 'rejected' && body.reasonText === undefined
    ? [reasonNeeded('/reasonText', lang, 'decision = rejected')]
    : [];

const settlementAgreed: Rule<'settlement-agreed'> = (body, lang) =>
  body.claims.flatMap((claim, i) =>
    claim.expectedFinalAmountCents > claim.currentAmountCents
      ? [
          issue(`/claims/${i}/expectedFinalAmountCents`, lang, {
            nl: 'mag niet hoger zijn dan het actuele bedrag',
            en: 'must not exceed the current amount',
          }),
        ]
      : [],
  );

const settlementEnded: Rule<'settlement-ended'> = (body, lang) =>
  body.reasonCode === 'other' && body.reasonText === undefined
    ? [reasonNeeded('/reasonText', lang, 'reasonCode = other')]
    : [];

const RULES: { [K in MessageType]?: Rule<K> } = {
  'notice-public': noticePublic,
  'balance-request': balanceRequest,
  'balance-answer': balanceAnswer,
  'payment-proposal': paymentProposal,
  'payment-proposal-answer': paymentProposalAnswer,
  'settlement-agreed': settlementAgreed,
  'settlement-ended': settlementEnded,
};

export function bodyRuleIssues<K extends MessageType>(
  type: K,
  body: MessageBodies[K],
  lang: Lang,
): ValidationIssue[] {
  const rule = RULES[type] as Rule<K> | undefined;
  return rule ? rule(body, lang) : [];
}
