import type { Lang } from '../kernel/i18n.ts';
import { isValidNationalNumber } from '../kernel/national-number.ts';
import { issue, type ValidationIssue } from './issues.ts';
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
  return valid ? [] : [issue('/nationalNumber', lang, 'issueNationalNumber')];
};

const balanceRequest: Rule<'balance-request'> = (body, lang) => {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  body.claims.forEach((claim, i) => {
    if (seen.has(claim.counsellorInvoiceNumber))
      issues.push(issue(`/claims/${i}/counsellorInvoiceNumber`, lang, 'issueDuplicate'));
    seen.add(claim.counsellorInvoiceNumber);
  });
  return issues;
};

const balanceAnswer: Rule<'balance-answer'> = (body, lang) => {
  const issues: ValidationIssue[] = [];
  const hasTotal = body.unmatchedTotalCents !== undefined;
  if (body.outcome === 'unmatched-total' && !hasTotal)
    issues.push(issue('/unmatchedTotalCents', lang, 'issueTotalRequired'));
  if (body.outcome !== 'unmatched-total' && hasTotal)
    issues.push(issue('/unmatchedTotalCents', lang, 'issueTotalOnly'));
  if (body.outcome === 'unmatched-total' && body.claims.length > 0)
    issues.push(issue('/claims', lang, 'issueClaimsEmpty'));
  if ((body.outcome === 'matched' || body.outcome === 'unmatched-list') && body.claims.length === 0)
    issues.push(issue('/claims', lang, 'issueClaimsNeeded', { outcome: body.outcome }));
  body.claims.forEach((claim, i) => {
    if (body.outcome === 'matched' && claim.counsellorInvoiceNumber === undefined)
      issues.push(issue(`/claims/${i}/counsellorInvoiceNumber`, lang, 'issueInvoiceRequired'));
    if (body.outcome === 'unmatched-list' && claim.counsellorInvoiceNumber !== undefined)
      issues.push(issue(`/claims/${i}/counsellorInvoiceNumber`, lang, 'issueInvoiceEmpty'));
  });
  return issues;
};

const paymentProposal: Rule<'payment-proposal'> = (body, lang) => {
  const issues: ValidationIssue[] = [];
  body.claims.forEach((claim, i) => {
    if (claim.offeredAmountCents > claim.currentAmountCents)
      issues.push(issue(`/claims/${i}/offeredAmountCents`, lang, 'issueNotAboveCurrent'));
  });
  if (body.firstPaymentOn !== undefined && body.firstPaymentOn < body.proposedOn)
    issues.push(issue('/firstPaymentOn', lang, 'issueNotBeforeProposal'));
  return issues;
};

const reasonNeeded = (path: string, lang: Lang, when: string): ValidationIssue =>
  issue(path, lang, 'issueRequiredWhen', { when });

const paymentProposalAnswer: Rule<'payment-proposal-answer'> = (body, lang) =>
  body.decision === 'rejected' && body.reasonText === undefined
    ? [reasonNeeded('/reasonText', lang, 'decision = rejected')]
    : [];

const settlementAgreed: Rule<'settlement-agreed'> = (body, lang) =>
  body.claims.flatMap((claim, i) =>
    claim.expectedFinalAmountCents > claim.currentAmountCents
      ? [issue(`/claims/${i}/expectedFinalAmountCents`, lang, 'issueNotAboveCurrent')]
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
