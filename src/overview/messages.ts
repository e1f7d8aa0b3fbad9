import { defineCatalogue } from '../kernel/i18n.ts';

/** What the overview command says. */
export const overviewMessages = defineCatalogue('overview', {
  nl: {
    cliDepartment: 'Dienst {department}: {open} ({count})',
    cliTotal: 'Totaal open: {open}',
  },
  fr: {
    cliDepartment: 'Service {department} : {open} ({count})',
    cliTotal: 'Total restant dû : {open}',
  },
  en: {
    cliDepartment: 'Department {department}: {open} ({count})',
    cliTotal: 'Total open: {open}',
  },
});
