import { describe, expect, it } from 'vitest';
import { eligibilityText } from './messages.ts';
import { rightLabel } from './right-labels.ts';
import { worklistText } from './worklist-messages.ts';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('the eligibility pages in French', () => {
  it('counts open tasks with a real plural, grouped the French way, and Dutch keeps its words', () => {
    expect(eligibilityText('fr', 'worklist.count', { count: 1 })).toBe('1 tâche ouverte.');
    expect(plain(eligibilityText('fr', 'worklist.count', { count: 1234 }))).toBe('1 234 tâches ouvertes.');
    expect(eligibilityText('nl', 'worklist.count', { count: 1 })).toBe('1 taak open.');
    expect(eligibilityText('nl', 'worklist.count', { count: 3 })).toBe('3 taken open.');
    expect(eligibilityText('en', 'worklist.count', { count: 3 })).toBe('3 items open.');
  });

  it('names rights, the pager and the panel in French', () => {
    expect(rightLabel('sociaal_tarief_kinderopvang', 'fr')).toBe(
      'Tarif social pour l’accueil de la petite enfance',
    );
    expect(rightLabel('eigen_recht', 'fr')).toBe('Eigen recht');
    expect(worklistText('fr', 'pager.range', { from: 1, to: 25, total: 40 })).toBe('1–25 sur 40');
    expect(worklistText('fr', 'panel.title', { name: 'Lies Fictief' })).toBe('Traiter : Lies Fictief');
  });
});
