import { defineCatalogue, type Lang, type MessageParams } from '#kernel/i18n.ts';

/**
 * Words of the ruleset form (what each threshold means, built from the field, the comparison and the
 * household part) and its messages on a field or on broken JSON.
 */
const nl = {
  'field.income_monthly': 'maandinkomen',
  'field.household_size': 'gezinsgrootte',
  'field.household_adults': 'aantal volwassenen',
  'field.household_children': 'aantal kinderen',
  'field.open_debt_cents': 'openstaande schuld',
  'field.open_debt_departments': 'aantal diensten met schuld',
  'field.credit_default_count': 'aantal wanbetalingen',
  'field.credit_default_cents': 'bedrag wanbetalingen',
  'field.early_signal_count': 'aantal vroegsignalen',
  'field.score': 'score',
  'field.amount': 'bedrag',
  'field.monthly_amount': 'bedrag per maand',
  'field.days_since': 'dagen geleden',
  'field.days_overdue': 'dagen achterstand',
  'field.age_days': 'ouderdom van het signaal (dagen)',
  'field.size': 'gezinsgrootte',
  'field.adults': 'aantal volwassenen',
  'field.children': 'aantal kinderen',
  'op.lt': 'lager dan',
  'op.lte': 'hoogstens',
  'op.gt': 'hoger dan',
  'op.gte': 'minstens',
  'op.eq': 'gelijk aan',
  'part.base': 'voor één volwassene',
  'part.perExtraAdult': 'per extra volwassene',
  'part.perChild': 'per kind',
  'kind.social_status': 'sociaal statuut',
  'kind.legal_status': 'juridisch statuut',
  'kind.income': 'inkomen',
  'kind.credit_default': 'wanbetaling',
  'kind.household': 'gezin',
  'kind.early_signal': 'vroegsignaal',
  'label.ofKind': '{field} ({kind})',
  'label.threshold': '{field} {op}',
  'label.householdPart': '{field} {op} {part}',
  'value.amount': 'Geef een bedrag in euro van 0 of meer, bv. 1.341,00.',
  'value.integer': 'Geef een geheel getal, bv. 30.',
  'value.date': 'Kies een datum.',
  'json.broken': 'De JSON klopt niet op regel {line}, kolom {column}: {cause}',
  'cause.end': 'de tekst houdt te vroeg op; ontbreekt er een } , ] of een aanhalingsteken?',
  'cause.name':
    'hier hoort een naam tussen dubbele aanhalingstekens, maar er staat {found}; staat er een komma te veel vóór } of ]?',
  'cause.comma':
    'hier hoort een komma of een sluitend haakje, maar er staat {found}; ontbreekt er een komma?',
  'cause.colon': 'na een naam hoort een dubbelepunt, maar er staat {found}.',
  'cause.control': 'een tekst tussen aanhalingstekens bevat een regeleinde of tab.',
  'cause.other': 'onverwacht teken {found}; teksten staan tussen dubbele aanhalingstekens, getallen zonder.',
};

export type RulesetMessageKey = keyof typeof nl;

const fr: Record<RulesetMessageKey, string> = {
  'field.income_monthly': 'revenu mensuel',
  'field.household_size': 'taille du ménage',
  'field.household_adults': 'nombre d’adultes',
  'field.household_children': 'nombre d’enfants',
  'field.open_debt_cents': 'dette ouverte',
  'field.open_debt_departments': 'nombre de services auprès desquels il y a une dette',
  'field.credit_default_count': 'nombre de défauts de paiement',
  'field.credit_default_cents': 'montant des défauts de paiement',
  'field.early_signal_count': 'nombre de signaux précoces',
  'field.score': 'score',
  'field.amount': 'montant',
  'field.monthly_amount': 'montant mensuel',
  'field.days_since': 'nombre de jours écoulés',
  'field.days_overdue': 'jours de retard',
  'field.age_days': 'ancienneté du signal (jours)',
  'field.size': 'taille du ménage',
  'field.adults': 'nombre d’adultes',
  'field.children': 'nombre d’enfants',
  'op.lt': 'inférieur à',
  'op.lte': 'au maximum',
  'op.gt': 'supérieur à',
  'op.gte': 'au moins',
  'op.eq': 'égal à',
  'part.base': 'pour un adulte',
  'part.perExtraAdult': 'par adulte supplémentaire',
  'part.perChild': 'par enfant',
  'kind.social_status': 'statut social',
  'kind.legal_status': 'statut juridique',
  'kind.income': 'revenu',
  'kind.credit_default': 'défaut de paiement',
  'kind.household': 'ménage',
  'kind.early_signal': 'signal précoce',
  'label.ofKind': '{field} ({kind})',
  'label.threshold': '{field} : {op}',
  'label.householdPart': '{field} {part} : {op}',
  'value.amount': 'Indiquez un montant en euros de 0 ou plus, p. ex. 1341,00.',
  'value.integer': 'Indiquez un nombre entier, p. ex. 30.',
  'value.date': 'Choisissez une date.',
  'json.broken': 'Le JSON est incorrect à la ligne {line}, colonne {column} : {cause}',
  'cause.end': 'le texte s’arrête trop tôt ; manque-t-il un } , ] ou un guillemet ?',
  'cause.name':
    'un nom entre guillemets doubles est attendu ici, mais il y a {found} ; y a-t-il une virgule de trop avant } ou ] ?',
  'cause.comma':
    'une virgule ou un crochet fermant est attendu ici, mais il y a {found} ; manque-t-il une virgule ?',
  'cause.colon': 'un deux-points est attendu après un nom, mais il y a {found}.',
  'cause.control': 'un texte entre guillemets contient un saut de ligne ou une tabulation.',
  'cause.other':
    'caractère inattendu {found} ; les textes s’écrivent entre guillemets doubles, les nombres sans guillemets.',
};

const en: Record<RulesetMessageKey, string> = {
  'field.income_monthly': 'monthly income',
  'field.household_size': 'household size',
  'field.household_adults': 'number of adults',
  'field.household_children': 'number of children',
  'field.open_debt_cents': 'open debt',
  'field.open_debt_departments': 'departments with debt',
  'field.credit_default_count': 'number of credit defaults',
  'field.credit_default_cents': 'amount of credit defaults',
  'field.early_signal_count': 'number of early signals',
  'field.score': 'score',
  'field.amount': 'amount',
  'field.monthly_amount': 'amount per month',
  'field.days_since': 'days ago',
  'field.days_overdue': 'days overdue',
  'field.age_days': 'age of the signal (days)',
  'field.size': 'household size',
  'field.adults': 'number of adults',
  'field.children': 'number of children',
  'op.lt': 'below',
  'op.lte': 'at most',
  'op.gt': 'above',
  'op.gte': 'at least',
  'op.eq': 'equal to',
  'part.base': 'for one adult',
  'part.perExtraAdult': 'per extra adult',
  'part.perChild': 'per child',
  'kind.social_status': 'social status',
  'kind.legal_status': 'legal status',
  'kind.income': 'income',
  'kind.credit_default': 'credit default',
  'kind.household': 'household',
  'kind.early_signal': 'early signal',
  'label.ofKind': '{field} ({kind})',
  'label.threshold': '{field} {op}',
  'label.householdPart': '{field} {op} {part}',
  'value.amount': 'Give an amount in euros of 0 or more, e.g. 1,341.00.',
  'value.integer': 'Give a whole number, e.g. 30.',
  'value.date': 'Choose a date.',
  'json.broken': 'The JSON is broken on line {line}, column {column}: {cause}',
  'cause.end': 'the text ends too early; is a }, ] or quote missing?',
  'cause.name':
    'a name in double quotes belongs here, but there is {found}; is there a comma too many before } or ]?',
  'cause.comma': 'a comma or closing bracket belongs here, but there is {found}; is a comma missing?',
  'cause.colon': 'a colon belongs after a name, but there is {found}.',
  'cause.control': 'a text in quotes contains a line break or tab.',
  'cause.other': 'unexpected character {found}; texts go in double quotes, numbers without.',
};

export const rulesetFormMessages = defineCatalogue('web.eligibility.ruleset', { nl, fr, en });

export function rulesetText(lang: Lang, key: RulesetMessageKey, params?: MessageParams): string {
  return rulesetFormMessages.text(lang, key, params);
}

/** The text of a key known only at run time (a field, comparison or fact kind), else `fallback`. */
export function rulesetWord(lang: Lang, key: string, fallback: string): string {
  return (rulesetFormMessages.keys as readonly string[]).includes(key)
    ? rulesetText(lang, key as RulesetMessageKey)
    : fallback;
}
