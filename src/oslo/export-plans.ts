import { compareDates } from '../kernel/dates.ts';
import type { IndicatorKind, OsloPayment, OsloPlan, OsloSolvency } from './file-model.ts';
import { dateTimeOf, identificator, type JsonLdNode, money } from './nodes.ts';
import { CONCEPT, nodeIri, SCHEME } from './vocabulary.ts';

const ACTIVITY_TYPES = {
  Voorstel: {
    types: ['Voorstel', 'Activiteit'],
    link: 'Voorstel.voorgesteldAfbetalingsplan',
    list: 'Afbetalingsplan.voorstel',
  },
  Wijziging: {
    types: ['Wijziging', 'Voorstel', 'Activiteit'],
    link: 'Voorstel.voorgesteldAfbetalingsplan',
    list: 'Afbetalingsplan.voorstel',
  },
  Aanvaarding: {
    types: ['Aanvaarding', 'Activiteit'],
    link: 'Aanvaarding.aanvaardAfbetalingsplan',
    list: 'Afbetalingsplan.aanvaarding',
  },
  Schrapping: {
    types: ['Schrapping', 'Activiteit'],
    link: 'Schrapping.geschraptAfbetalingsplan',
    list: 'Afbetalingsplan.schrapping',
  },
} as const;

/**
 * Plans with their instalments, activities and balances. A claim refers to at most one plan (the
 * published 0..1): the latest plan that bundles it, which is the one in force after a cancellation.
 */
export function planNodes(plans: readonly OsloPlan[]) {
  const nodes: JsonLdNode[] = [];
  const planOfClaim = new Map<string, string>();
  const ordered = [...plans].sort((a, b) =>
    (a.activities[0]?.dateTime ?? '').localeCompare(b.activities[0]?.dateTime ?? ''),
  );
  for (const p of ordered) {
    const planIri = nodeIri(p.id);
    for (const claimId of p.claimIds) planOfClaim.set(claimId, planIri);
    const lists: Record<string, string[]> = {};
    for (const a of p.activities) {
      const kind = ACTIVITY_TYPES[a.type];
      nodes.push({
        '@id': nodeIri(a.id),
        '@type': [...kind.types],
        'Activiteit.startdatum': a.dateTime,
        [kind.link]: planIri,
      });
      lists[kind.list] = [...(lists[kind.list] ?? []), nodeIri(a.id)];
    }
    const schrapping = lists['Afbetalingsplan.schrapping'];
    const node: Record<string, unknown> = {
      '@id': planIri,
      '@type': 'Afbetalingsplan',
      'Afbetalingsplan.startbedrag': money(p.startAmount),
      'Afbetalingsplan.herschikteSchuldvordering': p.claimIds.map(nodeIri),
      'Afbetalingsplan.afbetalingsplanonderdeel': p.instalments.map((i) => nodeIri(i.id)),
      ...lists,
      'Afbetalingsplan.afbetalingsplansaldo': p.balances.map((b) => ({
        '@type': ['Afbetalingsplansaldo', 'Saldo'],
        'Saldo.saldobedrag': money(b.amount),
        'Saldo.saldodatum': b.date,
      })),
    };
    // at most one Schrapping: the last one ends the plan
    if (schrapping) node['Afbetalingsplan.schrapping'] = schrapping[schrapping.length - 1];
    nodes.push(node);
    for (const i of p.instalments) {
      nodes.push({
        '@id': nodeIri(i.id),
        '@type': 'Afbetalingsplanonderdeel',
        'Afbetalingsplanonderdeel.afTeBetalenBedrag': money(i.amount),
        'Afbetalingsplanonderdeel.uitersteBetaaldatum': i.dueDate,
        'Afbetalingsplanonderdeel.isDeelVan': planIri,
      });
    }
  }
  return { nodes, planOfClaim };
}

/** Payments (an Afbetaling when it paid an instalment) and their allocations to claims. */
export function paymentNodes(payments: readonly OsloPayment[]) {
  const nodes: JsonLdNode[] = [];
  const allocationsOfClaim = new Map<string, string[]>();
  for (const p of payments) {
    const paymentIri = nodeIri(p.id);
    const node: Record<string, unknown> = {
      '@id': paymentIri,
      '@type': p.instalmentId ? ['Afbetaling', 'Betaling', 'Activiteit'] : ['Betaling', 'Activiteit'],
      'Activiteit.startdatum': dateTimeOf(p.date),
      'Betaling.identificator': identificator(p.reference, SCHEME.betaling),
      'Betaling.betaaldBedrag': money(p.amount),
      'Betaling.betalingsdatum': p.date,
      'Betaling.wordtToegerekendDoor': p.allocations.map((a) => nodeIri(a.id)),
    };
    if (p.instalmentId) node['Afbetaling.gevolgdAfbetalingsplanonderdeel'] = nodeIri(p.instalmentId);
    nodes.push(node);
    for (const a of p.allocations) {
      const claimIri = nodeIri(a.claimId);
      nodes.push({
        '@id': nodeIri(a.id),
        '@type': ['ToerekeningVanBetaling', 'Activiteit'],
        'Activiteit.startdatum': a.dateTime,
        'ToerekeningVanBetaling.toegerekendBedrag': money(a.amount),
        'ToerekeningVanBetaling.toegerekendeBetaling': paymentIri,
        'ToerekeningVanBetaling.rekentToeAan': claimIri,
      });
      allocationsOfClaim.set(a.claimId, [...(allocationsOfClaim.get(a.claimId) ?? []), nodeIri(a.id)]);
    }
  }
  return { nodes, allocationsOfClaim };
}

const PERSON_LINK: Record<Exclude<IndicatorKind, 'Solvabiliteitsindicator'>, string> = {
  Inkomst: 'GeregistreerdPersoon.inkomst',
  SociaalStatuut: 'GeregistreerdPersoon.sociaalStatuut',
  JuridischStatuut: 'GeregistreerdPersoon.juridischStatuut',
  Krediet: 'GeregistreerdPersoon.krediet',
};

const TYPE_CONCEPT: Record<IndicatorKind, [(code: string) => string, string]> = {
  Inkomst: [CONCEPT.inkomsttype, 'Inkomsttype'],
  SociaalStatuut: [CONCEPT.sociaalStatuut, 'TypeSociaalStatuut'],
  JuridischStatuut: [CONCEPT.juridischStatuut, 'TypeJurischeStatuut'],
  Krediet: [CONCEPT.krediet, 'Krediettype'],
  Solvabiliteitsindicator: [CONCEPT.solvabiliteitsindicatortype, 'Solvabiliteitsindicatortype'],
};

/**
 * The solvency profile and the indicators it was derived from. Start and end dates use the
 * published (crossed) URIs through the context terms of each class.
 */
export function solvencyNodes(solvency: OsloSolvency | null, organisationIri: string) {
  const nodes: JsonLdNode[] = [];
  const personLinks: Record<string, string[]> = {};
  if (!solvency) return { nodes, personLinks };
  const concepts = new Map<string, string>();
  const concept = (iri: string, cls: string) => {
    concepts.set(iri, cls);
    return iri;
  };
  for (const i of solvency.indicators) {
    const [typeIri, cls] = TYPE_CONCEPT[i.kind];
    const node: Record<string, unknown> = {
      '@id': nodeIri(i.id),
      '@type': i.kind === 'Solvabiliteitsindicator' ? i.kind : [i.kind, 'Solvabiliteitsindicator'],
      'Solvabiliteitsindicator.type': concept(typeIri(i.type), cls),
      'Solvabiliteitsindicator.startdatum': i.startDate,
    };
    if (i.endDate) node['Solvabiliteitsindicator.einddatum'] = i.endDate;
    if (i.kind === 'Inkomst') {
      node['Inkomst.bedrag'] = money(i.amount ?? 0);
      node['Inkomst.periodiciteitInkomst'] = concept(
        CONCEPT.periodiciteit(i.periodicity ?? 'maandelijks'),
        'PeriodiciteitInkomst',
      );
    } else if (i.kind === 'SociaalStatuut') {
      node['SociaalStatuut.toegekendDoor'] = organisationIri;
    } else if (i.kind === 'JuridischStatuut') {
      const basis = i.legalBasis ?? 'urn:evs:rechtsgrond:onbekend';
      node['JuridischStatuut.rechtsgrond'] = basis;
      nodes.push({ '@id': basis, '@type': 'Rechtsgrond' });
    } else if (i.kind === 'Krediet') {
      node['Krediet.initieelKredietbedrag'] = money(i.amount ?? 0);
      node['Krediet.wanbetaling'] = i.defaulted ?? false;
    }
    nodes.push(node);
    if (i.kind !== 'Solvabiliteitsindicator') {
      const link = PERSON_LINK[i.kind];
      personLinks[link] = [...(personLinks[link] ?? []), nodeIri(i.id)];
    }
  }
  const p = solvency.profile;
  if (p) {
    const node: Record<string, unknown> = {
      '@id': nodeIri(p.id),
      '@type': 'Solvabiliteitsprofiel',
      'Solvabiliteitsprofiel.type': concept(CONCEPT.solvabiliteitstype(p.type), 'Solvabiliteitstype'),
      'Solvabiliteitsprofiel.startdatum': p.startDate,
      'Solvabiliteitsprofiel.bepaaldDoor': organisationIri,
      'Solvabiliteitsprofiel.afgeleidVan': solvency.indicators
        .filter((i) => compareDates(i.startDate, p.startDate) <= 0)
        .map((i) => nodeIri(i.id)),
    };
    if (p.endDate) node['Solvabiliteitsprofiel.einddatum'] = p.endDate;
    nodes.push(node);
    personLinks['GeregistreerdPersoon.solvabiliteitsprofiel'] = [nodeIri(p.id)];
  }
  for (const [iri, cls] of concepts) nodes.push({ '@id': iri, '@type': cls });
  return { nodes, personLinks };
}
