import { addIsoDuration, compareDates, type IsoDate } from '../kernel/dates.ts';
import { openAmount } from '../overview/overview.ts';
import { paymentNodes, planNodes, solvencyNodes } from './export-plans.ts';
import type { DebtorFile, OsloClaim, OsloDepartment, OsloPerson } from './file-model.ts';
import { dateTimeOf, identificator, type JsonLdNode, money } from './nodes.ts';
import { CONCEPT, CONTEXT_URL, nodeIri, SCHEME } from './vocabulary.ts';

export interface OsloDocument {
  readonly '@context': string;
  readonly '@graph': readonly JsonLdNode[];
}

const SKOS_PREF_LABEL = 'http://www.w3.org/2004/02/skos/core#prefLabel';

function personNode(p: OsloPerson): JsonLdNode {
  const id = p.identifier;
  const scheme =
    id.kind === 'customer'
      ? `${SCHEME.klantnummer}:${id.department}`
      : id.kind === 'be'
        ? SCHEME.rijksregisternummer
        : SCHEME.bsn;
  return {
    '@id': nodeIri(p.id),
    '@type': ['GeregistreerdPersoon', 'Persoon', 'Agent'],
    'Persoon.volledigeNaam': p.name,
    'GeregistreerdPersoon.registratie': identificator(id.value, scheme),
  };
}

function departmentNode(d: OsloDepartment, organisationIri: string): JsonLdNode {
  return {
    '@id': nodeIri(d.id),
    '@type': ['Organisatie', 'Agent'],
    'Organisatie.isSuborganisatieVan': [organisationIri],
    [SKOS_PREF_LABEL]: d.name,
  };
}

function claimNode(c: OsloClaim, debtorIri: string, today: IsoDate, extra: JsonLdNode): JsonLdNode {
  const open = openAmount(c);
  // Schuldvorderingssaldo: what is owed (principal + charges) minus what was paid and reduced.
  const saldo = c.status === 'cancelled' ? 0 : Math.max(0, c.principal + c.charges - c.paid);
  const node: Record<string, unknown> = {
    '@id': nodeIri(c.id),
    '@type': ['Schuldvordering', 'Activiteit'],
    'Activiteit.startdatum': dateTimeOf(c.issueDate ?? c.dueDate),
    'Schuldvordering.identificator': identificator(c.claimId, `${SCHEME.vordering}:${c.department.code}`),
    'Schuldvordering.hoofdsom': money(c.principal),
    'Schuldvordering.uitersteBetaaldatum': c.dueDate,
    'Schuldvordering.verjaringsdatum': addIsoDuration(c.dueDate, c.category.limitationPeriod),
    'Schuldvordering.wanbetaling': open > 0 && compareDates(c.dueDate, today) < 0,
    'Schuldvordering.schuldeiser': nodeIri(c.department.id),
    'Schuldvordering.schuldenaar': [debtorIri],
    'Schuldvordering.schuldvorderingscategorie': nodeIri(c.category.id),
    'Schuldvordering.schuldvorderingssaldo': [
      {
        '@type': ['Schuldvorderingssaldo', 'Saldo'],
        'Saldo.saldobedrag': money(saldo),
        'Saldo.saldodatum': today,
      },
    ],
    ...extra,
  };
  if (c.closedAt) node['Activiteit.einddatum'] = c.closedAt;
  if (c.issueDate) node['Activiteit.genereert'] = [{ '@type': 'Stuk', 'Stuk.datum': [c.issueDate] }];
  if (c.charges > 0) {
    node['Schuldvordering.wanbetalingsvergoeding'] = [
      {
        '@type': 'Wanbetalingsvergoeding',
        'Wanbetalingsvergoeding.type': CONCEPT.kosten,
        'Wanbetalingsvergoeding.kost': money(c.charges),
      },
    ];
  }
  if (c.status === 'cancelled') {
    // A cancelled claim is reduced by what was still due at cancellation.
    node['Schuldvordering.vermindering'] = [
      {
        '@type': ['Vermindering', 'Activiteit'],
        'Activiteit.startdatum': c.closedAt ?? dateTimeOf(today),
        'Vermindering.verminderingsbedrag': money(Math.max(0, c.principal + c.charges - c.paid)),
      },
    ];
  }
  return node;
}

/**
 * A debtor's file as OSLO Schuldbeheer JSON-LD: the person, the creditor departments (sub-organisations
 * of the organisation), categories and claims with their charges, balance, reduction on cancellation,
 * and — when given — plans with instalments and activities, payments with their allocations, and the
 * solvency profile with its indicators. Every node carries the classes its shapes target literally.
 */
export function debtorFileDocument(file: DebtorFile, today: IsoDate): OsloDocument {
  const organisationIri = nodeIri(file.organisation.id);
  const debtorIri = nodeIri(file.person.id);
  const graph: JsonLdNode[] = [
    { '@id': organisationIri, '@type': ['Organisatie', 'Agent'], [SKOS_PREF_LABEL]: file.organisation.name },
  ];
  const departments = new Map(file.claims.map((c) => [c.department.id, c.department]));
  for (const d of departments.values()) graph.push(departmentNode(d, organisationIri));
  const categories = new Map(file.claims.map((c) => [c.category.id, c.category]));
  for (const c of categories.values()) {
    graph.push({
      '@id': nodeIri(c.id),
      '@type': 'Schuldvorderingscategorie',
      'Schuldvorderingscategorie.naam': c.name,
      'Schuldvorderingscategorie.fiscaal': c.fiscal,
      'Schuldvorderingscategorie.verjaringstermijn': c.limitationPeriod,
    });
  }
  if (file.claims.some((c) => c.charges > 0)) {
    graph.push({ '@id': CONCEPT.kosten, '@type': 'Wanbetalingsvergoedingstype' });
  }
  const person = personNode(file.person);
  const solvency = solvencyNodes(file.solvency, organisationIri);
  graph.push({ ...person, ...solvency.personLinks }, ...solvency.nodes);

  const plans = planNodes(file.plans);
  const payments = paymentNodes(file.payments);
  for (const c of file.claims) {
    const extra: Record<string, unknown> = {};
    const plan = plans.planOfClaim.get(c.id);
    if (plan) extra['Schuldvordering.afbetalingsplan'] = plan;
    const allocations = payments.allocationsOfClaim.get(c.id);
    if (allocations) extra['Schuldvordering.toerekeningVanBetaling'] = allocations;
    graph.push(claimNode(c, debtorIri, today, extra));
  }
  graph.push(...plans.nodes, ...payments.nodes);
  return { '@context': CONTEXT_URL, '@graph': graph };
}
