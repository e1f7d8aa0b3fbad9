import type { ReactNode } from 'react';
import { OverviewPage } from '../debtors/OverviewPage.tsx';
import { SearchPage } from '../debtors/SearchPage.tsx';
import type { MessageKey } from '../i18n/lang.ts';
import { ImportPage } from '../imports/ImportPage.tsx';

export interface RouteDef {
  /** Pattern with `:name` parameters, e.g. `/debtors/:id`. */
  pattern: string;
  render(params: Record<string, string>): ReactNode;
  /** The nav entry this screen belongs to (highlighted while it is shown). */
  section: NavEntry['id'];
}

export interface NavEntry {
  id: 'search' | 'import';
  label: MessageKey;
  path: string;
}

/** One nav entry per top-level screen; add a screen by adding a line here and in `routes`. */
export const navEntries: readonly NavEntry[] = [
  { id: 'search', label: 'nav.search', path: '/' },
  { id: 'import', label: 'nav.import', path: '/imports' },
];

export const routes: readonly RouteDef[] = [
  { pattern: '/', section: 'search', render: () => <SearchPage /> },
  { pattern: '/debtors/:id', section: 'search', render: (p) => <OverviewPage id={p.id ?? ''} /> },
  { pattern: '/imports', section: 'import', render: () => <ImportPage /> },
];
