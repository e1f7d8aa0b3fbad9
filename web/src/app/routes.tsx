import { lazy, type ReactNode } from 'react';
import { accessText } from '../access/messages.ts';
import type { Me } from '../access/session.tsx';
import { eligibilityText } from '../eligibility/messages.ts';
import { hubText } from '../hub/messages.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';
import { paymentsText } from '../payments/messages.ts';
import { reportsText } from '../reports/messages.ts';

// Every screen is its own chunk, loaded when first opened (App renders routes inside Suspense).
const AccessLogPage = lazy(() =>
  import('../access/AccessLogPage.tsx').then((m) => ({ default: m.AccessLogPage })),
);
const ConsentsPage = lazy(() =>
  import('../access/ConsentsPage.tsx').then((m) => ({ default: m.ConsentsPage })),
);
const TokensPage = lazy(() => import('../access/TokensPage.tsx').then((m) => ({ default: m.TokensPage })));
const UsersPage = lazy(() => import('../access/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));
const WhoLookedPanel = lazy(() =>
  import('../access/WhoLookedPanel.tsx').then((m) => ({ default: m.WhoLookedPanel })),
);
const OverviewPage = lazy(() =>
  import('../debtors/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })),
);
const SearchPage = lazy(() => import('../debtors/SearchPage.tsx').then((m) => ({ default: m.SearchPage })));
const TwinsPage = lazy(() => import('../debtors/TwinsPage.tsx').then((m) => ({ default: m.TwinsPage })));
const LookAlikeWarning = lazy(() =>
  import('../debtors/LookAlikeWarning.tsx').then((m) => ({ default: m.LookAlikeWarning })),
);
const EligibilityPersonPage = lazy(() =>
  import('../eligibility/PersonPage.tsx').then((m) => ({ default: m.PersonPage })),
);
const ReductionsPage = lazy(() =>
  import('../eligibility/ReductionsPage.tsx').then((m) => ({ default: m.ReductionsPage })),
);
const RulesPage = lazy(() => import('../eligibility/RulesPage.tsx').then((m) => ({ default: m.RulesPage })));
const WhatIfPage = lazy(() =>
  import('../eligibility/WhatIfPage.tsx').then((m) => ({ default: m.WhatIfPage })),
);
const WorklistPage = lazy(() =>
  import('../eligibility/WorklistPage.tsx').then((m) => ({ default: m.WorklistPage })),
);
const AddressBookPage = lazy(() =>
  import('../hub/AddressBookPage.tsx').then((m) => ({ default: m.AddressBookPage })),
);
const ComposePage = lazy(() => import('../hub/ComposePage.tsx').then((m) => ({ default: m.ComposePage })));
const ConversationPage = lazy(() =>
  import('../hub/ConversationPage.tsx').then((m) => ({ default: m.ConversationPage })),
);
const InboxPage = lazy(() => import('../hub/InboxPage.tsx').then((m) => ({ default: m.InboxPage })));
const ImportPage = lazy(() => import('../imports/ImportPage.tsx').then((m) => ({ default: m.ImportPage })));
const ClaimPaymentsPage = lazy(() =>
  import('../payments/PlanPaymentsPage.tsx').then((m) => ({ default: m.ClaimPaymentsPage })),
);
const PlanPaymentsPage = lazy(() =>
  import('../payments/PlanPaymentsPage.tsx').then((m) => ({ default: m.PlanPaymentsPage })),
);
const ReconciliationPage = lazy(() =>
  import('../payments/ReconciliationPage.tsx').then((m) => ({ default: m.ReconciliationPage })),
);
const StatementUploadPage = lazy(() =>
  import('../payments/StatementUploadPage.tsx').then((m) => ({ default: m.StatementUploadPage })),
);
const UnmatchedPage = lazy(() =>
  import('../payments/UnmatchedPage.tsx').then((m) => ({ default: m.UnmatchedPage })),
);
const EvsPanel = lazy(() => import('../plans/EvsPanel.tsx').then((m) => ({ default: m.EvsPanel })));
const FilePage = lazy(() => import('../plans/FilePage.tsx').then((m) => ({ default: m.FilePage })));
const OpenFilePage = lazy(() =>
  import('../plans/OpenFilePage.tsx').then((m) => ({ default: m.OpenFilePage })),
);
const PlanPage = lazy(() => import('../plans/PlanPage.tsx').then((m) => ({ default: m.PlanPage })));
const BusinessCasePage = lazy(() =>
  import('../reports/BusinessCasePage.tsx').then((m) => ({ default: m.BusinessCasePage })),
);
const DashboardPage = lazy(() =>
  import('../reports/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);

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
  /** Other nav entries whose roles may open this screen too (a citizen opens their own overview). */
  alsoIn?: readonly NavId[];
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

/** The nav entry a screen shows under for this user, or null when their menu does not reach it. */
export function sectionFor(user: Me, route: RouteDef): NavId | null {
  const mine = navFor(user).map((e) => e.id);
  return [route.section, ...(route.alsoIn ?? [])].find((s) => mine.includes(s)) ?? null;
}

/** Where a user lands: the policy maker on the dashboard, others on the first screen their role may use. */
export function homeOf(user: Me): string {
  const menu = navFor(user);
  const first = (user.roles.includes('policy') && menu.find((e) => e.id === 'reports')) || menu[0];
  return first ? first.path(user) : '/';
}

export const routes: readonly RouteDef[] = [
  { pattern: '/', section: 'search', render: () => <SearchPage /> },
  {
    pattern: '/debtors/:id',
    section: 'search',
    alsoIn: ['mine'],
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
  { pattern: '/plans/:id', section: 'search', alsoIn: ['mine'], render: (p) => <PlanPage id={p.id ?? ''} /> },
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
