import { nationalNumberFrom } from '../kernel/national-number.ts';
import type { MessageBodies } from './message-schemas.ts';

/** Synthetic, obviously fictional people and numbers for hub tests. */
const client = {
  firstNames: 'Jan',
  surname: 'Testmans',
  birthDate: '1985-07-30',
  address: { street: 'Proefstraat', number: '12', box: 'B', postcode: '9000', town: 'Gent', country: 'BE' },
};
const contactPerson = {
  name: 'Els Voorbeeld',
  email: 'els.voorbeeld@ocmw.example',
  phone: '+32 9 123 45 67',
};
const ID_A = '3f0c7d1e-5b7a-4c1e-9a52-0d1f2e3a4b5c';

export const VALID_BODIES: MessageBodies = {
  notice: {
    counsellorClientNumber: 'SHV-001',
    client,
    partner: { firstNames: 'Mia', surname: 'Testmans', birthDate: '1987-02-14' },
    contactPerson,
    debtHelpStartedOn: '2026-11-02',
  },
  'notice-public': {
    counsellorClientNumber: 'SHV-001',
    creditorClientNumber: 'KL-778',
    client,
    contactPerson,
    debtHelpStartedOn: '2026-11-02',
    nationalNumber: nationalNumberFrom('850730', 33, false),
  },
  'notice-answer': { collectionSuspended: true, creditorClientNumber: 'KL-778' },
  'balance-request': {
    counsellorClientNumber: 'SHV-001',
    settlementType: 'SB',
    client,
    contactPerson,
    consentStatement: { kind: 'client-consent', reference: 'TV-2026-014', signedOn: '2026-11-03' },
    claims: [{ counsellorInvoiceNumber: 'F-2026-001' }, { counsellorInvoiceNumber: 'F-2026-002' }],
  },
  'balance-answer': {
    outcome: 'matched',
    supplementary: false,
    answeredOn: '2026-11-10',
    creditorClientNumber: 'KL-778',
    claims: [
      {
        counsellorInvoiceNumber: 'F-2026-001',
        creditorInvoiceNumber: 'SE-55-001',
        originDate: '2025-03-01',
        originalAmountCents: 12_500,
        currentAmountCents: 14_250,
        debtType: 'open',
        category: 'public',
      },
    ],
  },
  'payment-proposal': {
    settlementType: 'SB',
    proposedOn: '2026-12-01',
    termMonths: 18,
    percentageBasisPoints: 939,
    monthlyAmountCents: 7_500,
    firstPaymentOn: '2027-01-05',
    claims: [{ creditorInvoiceNumber: 'SE-55-001', currentAmountCents: 14_250, offeredAmountCents: 1_338 }],
  },
  'payment-proposal-answer': {
    decision: 'rejected',
    reasonText: 'Percentage te laag voor een publieke vordering.',
  },
  reconsideration: {
    motivation: 'Geen hogere afloscapaciteit volgens het VTLB.',
    percentageBasisPoints: 1_000,
  },
  'settlement-agreed': {
    agreedOn: '2027-01-15',
    settlementType: 'SB',
    counsellorClientNumber: 'SHV-001',
    claims: [
      {
        creditorInvoiceNumber: 'SE-55-001',
        percentageBasisPoints: 939,
        expectedFinalAmountCents: 1_338,
        currentAmountCents: 14_250,
        category: 'public',
        paymentReference: '+++090/9337/55493+++',
      },
    ],
  },
  'settlement-ended': { endedOn: '2028-07-15', reasonCode: 'completed' },
  'no-cooperation': { reasonCode: 'client-unknown', reasonText: 'Geen klant gevonden met deze gegevens.' },
  'status-message': { text: 'Het dossier wacht op het budgetplan.' },
  'status-request': { question: 'Wat is de stand van zaken?' },
  'expiry-notice': {
    aboutMessageId: ID_A,
    aboutMessageType: 'balance-request',
    sentOn: '2026-12-22',
    expiredOn: '2026-12-30',
  },
  reminder: { aboutMessageId: ID_A, aboutMessageType: 'balance-request', dueOn: '2027-01-06' },
  escalation: {
    aboutMessageId: ID_A,
    aboutMessageType: 'balance-request',
    dueOn: '2027-01-06',
    workingDaysOverdue: 3,
  },
};
