import type { ReactNode } from 'react';
import { AccessLogPage } from '../access/AccessLogPage.tsx';
import { ConsentsPage } from '../access/ConsentsPage.tsx';
import { accessText } from '../access/messages.ts';
import type { Me } from '../access/session.tsx';
import { TokensPage } from '../access/TokensPage.tsx';
import { UsersPage } from '../access/UsersPage.tsx';
import { WhoLookedPanel } from '../access/WhoLookedPanel.tsx';
import { LookAlikeWarning } from '../debtors/LookAlikeWarning.tsx';
import { OverviewPage } from '../debtors/OverviewPage.tsx';
import { SearchPage } from '../debtors/SearchPage.tsx';
import { TwinsPage } from '../debtors/TwinsPage.tsx';
import { eligibilityText } from '../eligibility/messages.ts';
import { PersonPage as EligibilityPersonPage } from '../eligibility/PersonPage.tsx';
import { ReductionsPage } from '../eligibility/ReductionsPage.tsx';
import { RulesPage } from '../eligibility/RulesPage.tsx';
import { WhatIfPage } from '../eligibility/WhatIfPage.tsx';
import { WorklistPage } from '../eligibility/WorklistPage.tsx';
import { AddressBookPage } from '../hub/AddressBookPage.tsx';
import { ComposePage } from '../hub/ComposePage.tsx';
import { ConversationPage } from '../hub/ConversationPage.tsx';
import { InboxPage } from '../hub/InboxPage.tsx';
import { hubText } from '../hub/messages.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';
import { ImportPage } from '../imports/ImportPage.tsx';
import { paymentsText } from '../payments/messages.ts';
import { ClaimPaymentsPage, PlanPaymentsPage } from '../payments/PlanPaymentsPage.tsx';
import { ReconciliationPage } from '../payments/ReconciliationPage.tsx';
import { StatementUploadPage } from '../payments/StatementUploadPage.tsx';
import { UnmatchedPage } from '../payments/UnmatchedPage.tsx';
import { EvsPanel } from '../plans/EvsPanel.tsx';
import { FilePage } from '../plans/FilePage.tsx';
import { OpenFilePage } from '../plans/OpenFilePage.tsx';
import { PlanPage } from '../plans/PlanPage.tsx';
import { BusinessCasePage } from '../reports/BusinessCasePage.tsx';
import { DashboardPage } from '../reports/DashboardPage.tsx';
import { reportsText } from '../reports/messages.ts';

type NavId =
  | 'reports'
  | 'search'
  | 'import'
  | 'users'
  | 'tokens'
  | 'accessLog'
  | 'consents'
  | 'mine'
  | 'hub'
  | 'payments'
  | 'eligibility';

export interface RouteDef {
  /** Pattern with `:name` parameters, e.g. `/debtors/:id`. */
  pattern: string;
  render(params: Record<string, string>): ReactNode;
  /** The nav entry this screen belongs to (highlighted while it is shown). */
  section: NavId;
}

export interface NavEntry {
  id: NavId;
  label(i18n: I18n): string;
  path(user: Me): string;
  /** Roles that see this entry; the server checks again on every call. */
  roles: readonly string[];
}

/** One nav entry per top-level screen, shown only to the roles that may use it. */
export const navEntries: readonly NavEntry[] = [
  {
    id: 'search',
    label: (i) => i.t('nav.search'),
    path: () => '/',
    roles: ['finance', 'clerk', 'social_worker'],
  },
  { id: 'import', label: (i) => i.t('nav.import'), path: () => '/imports', roles: ['finance', 'clerk'] },
  {
    id: 'mine',
    label: (i) => accessText(i.lang, 'nav.myOverview'),
    path: (u) => `/debtors/${u.debtorId ?? ''}`,
    roles: ['citizen'],
  },
  {
    id: 'hub',
    label: (i) => hubText(i.lang, 'nav.hub'),
    path: () => '/hub',
    roles: ['admin', 'finance', 'clerk', 'social_worker'],
  },
  {
    id: 'payments',
    label: (i) => paymentsText(i.lang, 'nav.payments'),
    path: () => '/payments',
    roles: ['admin', 'finance'],
  },
  {
    id: 'eligibility',
    label: (i) => eligibilityText(i.lang, 'nav.eligibility'),
    path: (u) =>
      u.roles.some((r) => r === 'finance' || r === 'social_worker')
        ? '/eligibility'
        : u.roles.some((r) => r === 'admin' || r === 'policy')
          ? '/eligibility/rules'
          : '/eligibility/reductions', // a clerk: the reductions on their departments' invoices
    roles: ['admin', 'finance', 'social_worker', 'policy', 'clerk'],
  },
  {
    id: 'consents',
    label: (i) => accessText(i.lang, 'nav.consents'),
    path: () => '/consents',
    roles: ['admin', 'social_worker'],
  },
  {
    id: 'reports',
    label: (i) => reportsText(i.lang, 'nav.reports'),
    path: () => '/reports',
    roles: ['admin', 'finance', 'auditor', 'policy'],
  },
  {
    id: 'users',
    label: (i) => accessText(i.lang, 'nav.users'),
    path: () => '/admin/users',
    roles: ['admin'],
  },
  {
    id: 'tokens',
    label: (i) => accessText(i.lang, 'nav.tokens'),
    path: () => '/admin/tokens',
    roles: ['admin'],
  },
  {
    id: 'accessLog',
    label: (i) => accessText(i.lang, 'nav.accessLog'),
    path: () => '/access-log',
    roles: ['auditor'],
  },
];

export function navFor(user: Me): NavEntry[] {
  return navEntries.filter((e) => e.roles.some((r) => user.roles.includes(r)));
}

/** Where a user lands: the first screen their role may use. */
export function homeOf(user: Me): string {
  const first = navFor(user)[0];
  return first ? first.path(user) : '/';
}

export const routes: readonly RouteDef[] = [
  { pattern: '/', section: 'search', render: () => <SearchPage /> },
  {
    pattern: '/debtors/:id',
    section: 'search',
    render: (p) => (
      <>
        <LookAlikeWarning debtorId={p.id ?? ''} />
        <OverviewPage id={p.id ?? ''} />
        <EvsPanel debtorId={p.id ?? ''} />
        <WhoLookedPanel debtorId={p.id ?? ''} />
      </>
    ),
  },
  { pattern: '/debtors-twins', section: 'search', render: () => <TwinsPage /> },
  { pattern: '/imports', section: 'import', render: () => <ImportPage /> },
  { pattern: '/evs/new/:id', section: 'search', render: (p) => <OpenFilePage debtorId={p.id ?? ''} /> },
  { pattern: '/evs/files/:id', section: 'search', render: (p) => <FilePage id={p.id ?? ''} /> },
  { pattern: '/plans/:id', section: 'search', render: (p) => <PlanPage id={p.id ?? ''} /> },
  { pattern: '/hub', section: 'hub', render: () => <InboxPage /> },
  { pattern: '/hub/compose', section: 'hub', render: () => <ComposePage /> },
  { pattern: '/hub/reply/:id', section: 'hub', render: (p) => <ComposePage replyTo={p.id ?? ''} /> },
  { pattern: '/hub/conversations/:id', section: 'hub', render: (p) => <ConversationPage id={p.id ?? ''} /> },
  { pattern: '/hub/address-book', section: 'hub', render: () => <AddressBookPage /> },
  { pattern: '/admin/users', section: 'users', render: () => <UsersPage /> },
  { pattern: '/admin/tokens', section: 'tokens', render: () => <TokensPage /> },
  { pattern: '/access-log', section: 'accessLog', render: () => <AccessLogPage /> },
  { pattern: '/consents', section: 'consents', render: () => <ConsentsPage /> },
  { pattern: '/payments', section: 'payments', render: () => <StatementUploadPage /> },
  { pattern: '/payments/unmatched', section: 'payments', render: () => <UnmatchedPage /> },
  { pattern: '/payments/reconciliation', section: 'payments', render: () => <ReconciliationPage /> },
  {
    pattern: '/payments/plans/:id',
    section: 'payments',
    render: (p) => <PlanPaymentsPage planId={p.id ?? ''} />,
  },
  {
    pattern: '/payments/claims/:id',
    section: 'payments',
    render: (p) => <ClaimPaymentsPage claimId={p.id ?? ''} />,
  },
  { pattern: '/eligibility', section: 'eligibility', render: () => <WorklistPage /> },
  {
    pattern: '/eligibility/people/:id',
    section: 'eligibility',
    render: (p) => <EligibilityPersonPage id={p.id ?? ''} />,
  },
  { pattern: '/eligibility/rules', section: 'eligibility', render: () => <RulesPage /> },
  { pattern: '/eligibility/what-if', section: 'eligibility', render: () => <WhatIfPage /> },
  { pattern: '/eligibility/reductions', section: 'eligibility', render: () => <ReductionsPage /> },
  { pattern: '/reports', section: 'reports', render: () => <DashboardPage /> },
  { pattern: '/reports/business-case', section: 'reports', render: () => <BusinessCasePage /> },
];
