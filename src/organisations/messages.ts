import { defineCatalogue } from '../kernel/i18n.ts';

/** What the organisations capability says: departments and claim categories. */
export const organisationsMessages = defineCatalogue('organisations', {
  nl: {
    invalidDepartmentCode: 'Ongeldige dienstcode "{code}": gebruik 1 tot 32 letters, cijfers, - of _.',
    missingName: 'De naam van de dienst ontbreekt.',
    departmentExists: 'Dienst {code} bestaat al.',
    invalidLimitationPeriod:
      'Ongeldige verjaringstermijn "{period}": verwacht een ISO-duur zoals P5Y of P18M.',
    unknownDepartment:
      'Onbekende dienst "{code}". Voeg ze toe met: npx evs departments add {code} --name "…"',
  },
  fr: {
    invalidDepartmentCode:
      'Code de service non valide "{code}" : utilisez de 1 à 32 lettres, chiffres, - ou _.',
    missingName: 'Le nom du service manque.',
    departmentExists: 'Le service {code} existe déjà.',
    invalidLimitationPeriod:
      'Délai de prescription non valide "{period}" : une durée ISO telle que P5Y ou P18M est attendue.',
    unknownDepartment:
      'Service inconnu "{code}". Ajoutez-le avec : npx evs departments add {code} --name "…"',
  },
  en: {
    invalidDepartmentCode: 'Invalid department code "{code}": use 1 to 32 letters, digits, - or _.',
    missingName: 'The department name is missing.',
    departmentExists: 'Department {code} already exists.',
    invalidLimitationPeriod:
      'Invalid limitation period "{period}": expected an ISO duration such as P5Y or P18M.',
    unknownDepartment: 'Unknown department "{code}". Add it with: npx evs departments add {code} --name "…"',
  },
});
