import { describe, expect, it } from 'vitest';
import { type ReminderInput, reminderText } from './missed.ts';

const reminder: Omit<ReminderInput, 'lang'> = {
  name: 'Lefèvre, Françoise',
  dueDate: '2026-12-01',
  missing: 123456,
  reference: '123456789002',
  iban: 'BE68 5390 0754 7034',
  contact: '09 123 45 67',
};

describe('reminderText', () => {
  it('reminds in French, kindly and without costs', () => {
    expect(reminderText({ ...reminder, lang: 'fr' })).toBe(
      [
        'Bonjour Françoise Lefèvre,',
        'Nous n’avons pas encore reçu 1\u00a0234,56\u00a0€ de votre mensualité du 01/12/2026. Vous l’avez peut-être oubliée, ou ce n’était pas possible ce mois-ci.',
        'Vous pouvez encore payer sur le compte BE68 5390 0754 7034 avec la communication structurée +++123/4567/89002+++. Aucun frais ne s’ajoute.',
        'Payer vous est difficile en ce moment ? Contactez-nous (09 123 45 67) et nous chercherons ensemble une solution.',
      ].join('\n\n'),
    );
  });

  it('keeps its Dutch', () => {
    expect(reminderText({ ...reminder, lang: 'nl' })).toBe(
      [
        'Beste Françoise Lefèvre,',
        'We hebben € 1.234,56 van uw afbetaling van 01/12/2026 nog niet ontvangen. Misschien bent u het vergeten, of lukte het deze maand niet.',
        'U kunt nog betalen op BE68 5390 0754 7034 met de gestructureerde mededeling +++123/4567/89002+++. Er komen geen kosten bij.',
        'Lukt betalen nu moeilijk? Neem contact met ons op (09 123 45 67), dan zoeken we samen een oplossing.',
      ].join('\n\n'),
    );
  });
});
