/** Letter wording in plain language (B1), Dutch first, English on request. */
export type LetterLang = 'nl' | 'en';

const nl = {
  offer: {
    title: (org: string) => `Voorstel afbetalingsplan – ${org}`,
    subject: 'Voorstel: uw openstaande facturen samen in één afbetalingsplan',
    greeting: (name: string) => `Beste ${name},`,
    intro: (org: string) =>
      `U hebt bij ${org} nog openstaande facturen bij verschillende diensten. Wij willen u helpen om die rustig af te betalen: met één bedrag per maand, één rekeningnummer en één betaalreferentie.`,
    department: 'Dienst',
    claimCount: 'Aantal facturen',
    open: 'Openstaand',
    total: 'Totaal',
    proposal: (amount: string) =>
      `Wij stellen een bedrag van ${amount} per maand voor. Past dat niet in uw budget? Laat het ons weten. Dan zoeken we samen een bedrag dat wel lukt.`,
    noCosts: 'Zolang u het afbetalingsplan volgt, komen er op deze facturen geen kosten bij.',
    respond: (date: string, contact: string) => `Neem vóór ${date} contact met ons op: ${contact}.`,
    contactHeading: 'Contact',
    contactService: 'Dienst',
    contactPerson: 'Contactpersoon',
    contactPhone: 'Telefoon',
    contactEmail: 'E-mail',
    closing: (org: string) => `Met vriendelijke groeten,\n${org}`,
  },
  plan: {
    title: (ogm: string) => `Afbetalingsplan ${ogm}`,
    subject: 'Uw afbetalingsplan',
    greeting: (name: string) => `Beste ${name},`,
    intro:
      'Hierbij bevestigen wij uw afbetalingsplan. U leest hieronder welke facturen erin zitten, hoeveel u elke maand betaalt en hoe u betaalt.',
    claimsHeading: 'Facturen in dit plan',
    department: 'Dienst',
    reference: 'Referentie',
    description: 'Omschrijving',
    amount: 'Bedrag',
    subtotal: (department: string) => `Subtotaal ${department}`,
    timeBarredSince: (date: string) => `verjaard sinds ${date}`,
    total: 'Totaal',
    planHeading: 'Uw plan',
    monthly: 'Bedrag per maand',
    count: 'Aantal afbetalingen',
    firstDue: 'Eerste vervaldag',
    lastInstalment: 'Laatste afbetaling',
    howToPay: 'Zo betaalt u',
    beneficiary: 'Begunstigde',
    iban: 'Rekeningnummer (IBAN)',
    bic: 'BIC',
    ogm: 'Gestructureerde mededeling',
    qrCaption:
      'Scan deze code met uw bankapp om één maandbedrag te betalen. Gebruik altijd de gestructureerde mededeling.',
    noCosts: 'Zolang u het plan volgt, komen er op deze facturen geen kosten bij.',
    waived: (amount: string) => `De stad schrapte ${amount} aan kosten en intresten.`,
    contactHeading: 'Contact',
    contactService: 'Dienst',
    contactPerson: 'Contactpersoon',
    contactPhone: 'Telefoon',
    contactEmail: 'E-mail',
    trouble: (contact: string) =>
      `Lukt het een keer niet om te betalen? Neem dan contact met ons op (${contact}). Dan zoeken we samen een oplossing.`,
    scheduleHeading: 'Betaalkalender',
    seq: 'Nr.',
    dueDate: 'Vervaldag',
    closing: (org: string) => `Met vriendelijke groeten,\n${org}`,
  },
};

const en: typeof nl = {
  offer: {
    title: (org) => `Payment plan offer – ${org}`,
    subject: 'Offer: your open invoices together in one payment plan',
    greeting: (name) => `Dear ${name},`,
    intro: (org) =>
      `You have open invoices with several departments of ${org}. We would like to help you pay them off calmly: one amount per month, one account number and one payment reference.`,
    department: 'Department',
    claimCount: 'Invoices',
    open: 'Open',
    total: 'Total',
    proposal: (amount) =>
      `We propose ${amount} per month. Does that not fit your budget? Let us know and we will find an amount that works together.`,
    noCosts: 'As long as you follow the payment plan, no costs are added to these invoices.',
    respond: (date, contact) => `Please contact us before ${date}: ${contact}.`,
    contactHeading: 'Contact',
    contactService: 'Service',
    contactPerson: 'Contact person',
    contactPhone: 'Phone',
    contactEmail: 'E-mail',
    closing: (org) => `Kind regards,\n${org}`,
  },
  plan: {
    title: (ogm) => `Payment plan ${ogm}`,
    subject: 'Your payment plan',
    greeting: (name) => `Dear ${name},`,
    intro:
      'We hereby confirm your payment plan. Below you find which invoices it covers, how much you pay each month and how to pay.',
    claimsHeading: 'Invoices in this plan',
    department: 'Department',
    reference: 'Reference',
    description: 'Description',
    amount: 'Amount',
    subtotal: (department) => `Subtotal ${department}`,
    timeBarredSince: (date) => `time-barred since ${date}`,
    total: 'Total',
    planHeading: 'Your plan',
    monthly: 'Amount per month',
    count: 'Number of instalments',
    firstDue: 'First due date',
    lastInstalment: 'Last instalment',
    howToPay: 'How to pay',
    beneficiary: 'Beneficiary',
    iban: 'Account number (IBAN)',
    bic: 'BIC',
    ogm: 'Structured reference',
    qrCaption:
      'Scan this code with your banking app to pay one monthly amount. Always use the structured reference.',
    noCosts: 'As long as you follow the plan, no costs are added to these invoices.',
    waived: (amount) => `The city waived ${amount} in costs and interest.`,
    contactHeading: 'Contact',
    contactService: 'Service',
    contactPerson: 'Contact person',
    contactPhone: 'Phone',
    contactEmail: 'E-mail',
    trouble: (contact) =>
      `Cannot pay one month? Please contact us (${contact}) and we will find a solution together.`,
    scheduleHeading: 'Payment schedule',
    seq: 'No.',
    dueDate: 'Due date',
    closing: (org) => `Kind regards,\n${org}`,
  },
};

export function letterTexts(lang: LetterLang): typeof nl {
  return lang === 'en' ? en : nl;
}
