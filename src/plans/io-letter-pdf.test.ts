import { existsSync } from 'node:fs';
import jsQRModule from 'jsqr';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../kernel/i18n.ts';
import { renderLetterPdf } from './io-letter-pdf.ts';
import { type LetterDocument, offerLetter, type PlanLetterInput, planLetter } from './letter-content.ts';
import { buildSchedule } from './schedule.ts';

// jsqr is CommonJS: under NodeNext its default import is the module object, whose `default` is the decoder
const jsQR = jsQRModule.default;

const sender = {
  name: 'Stad Testdorp',
  addressLines: ['Dienst Centrale Invordering', 'Marktplein 1', '9999 Testdorp'],
};
const recipient = { name: 'Jan Testmans', addressLines: ['Voorbeeldstraat 12', '9999 Testdorp'] };

function planInput(lang: Lang): PlanLetterInput {
  const schedule = buildSchedule({
    startAmount: 123456,
    monthly: 10000,
    firstDue: '2026-12-01',
    dayOfMonth: 1,
    minInstalment: 1000,
    maxMonths: 24,
    country: 'BE',
  });
  if (!schedule.ok) throw new Error('schedule');
  return {
    lang,
    date: '2026-11-23',
    place: 'Testdorp',
    sender,
    recipient,
    contact: '09 123 45 67',
    claims: [
      {
        department: 'Kinderopvang',
        reference: 'KO-2026-0042',
        description: 'Opvang september',
        amount: 23456,
      },
      { department: 'Parkeren', reference: 'PRK-7781', description: 'Retributie', amount: 50000 },
      { department: 'Kinderopvang', reference: 'KO-2026-0057', description: 'Opvang oktober', amount: 50000 },
    ],
    instalments: schedule.value,
    creditor: { name: 'Stad Testdorp', iban: 'BE68539007547034', bic: 'GKCCBEBB' },
    ogm: '123456789002',
  };
}

async function readPdf(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const texts: string[] = [];
  const images: { width: number; height: number; data: Uint8ClampedArray; kind: number }[] = [];
  for (let p = 1; p <= document.numPages; p++) {
    const page = await document.getPage(p);
    const content = await page.getTextContent();
    texts.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
      const id = (ops.argsArray[i] as [string])[0];
      images.push(await new Promise((resolve) => page.objs.get(id, resolve)));
    }
  }
  const meta = await document.getMetadata();
  return {
    text: texts.join('\n'),
    images,
    info: meta.info as Record<string, unknown>,
    pages: document.numPages,
  };
}

function toRgba(image: {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  kind: number;
}): Uint8ClampedArray {
  const pixels = image.width * image.height;
  if (image.kind === 3) return image.data; // RGBA_32BPP
  const rgba = new Uint8ClampedArray(pixels * 4);
  for (let i = 0; i < pixels; i++) {
    const [r, g, b] =
      image.kind === 2
        ? [image.data[i * 3] ?? 0, image.data[i * 3 + 1] ?? 0, image.data[i * 3 + 2] ?? 0]
        : Array(3).fill(((image.data[Math.floor(i / 8)] ?? 0) >> (7 - (i % 8))) & 1 ? 255 : 0);
    rgba.set([r, g, b, 255], i * 4);
  }
  return rgba;
}

describe('renderLetterPdf', () => {
  it('writes the plan letter as real text with metadata and a decodable EPC QR code', async () => {
    const letter = planLetter(planInput('nl'));
    if (!letter.ok) throw new Error(letter.error.join());
    const pdf = await renderLetterPdf(letter.value);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, images, info } = await readPdf(pdf);

    expect(info.Title).toBe('Afbetalingsplan +++123/4567/89002+++');
    expect(info.Language).toBe('nl-BE');
    expect(info.Author).toBe('Stad Testdorp');
    for (const expected of [
      '+++123/4567/89002+++',
      'Kinderopvang',
      'Parkeren',
      'Subtotaal Kinderopvang € 734,56',
      'Totaal € 1.234,56',
      'Bedrag per maand € 100,00',
      'Aantal afbetalingen 13',
      'Eerste vervaldag 01/12/2026',
      '13 01/12/2027 € 34,56',
      'BE68 5390 0754 7034',
      'Testdorp, 23/11/2026',
    ]) {
      expect(text).toContain(expected);
    }

    // tagged for screen readers (structure tree, marked content) and the font embedded
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/MarkInfo');
    expect(raw).toContain('/Marked true');
    expect(raw).toMatch(/\/S \/Figure/);
    if (existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) expect(raw).toContain('/FontFile2');

    expect(images).toHaveLength(1);
    const [qr] = images;
    if (!qr) throw new Error('no image');
    const decoded = jsQR(toRgba(qr), qr.width, qr.height);
    expect(decoded?.data).toBe(
      [
        'BCD',
        '002',
        '1',
        'SCT',
        'GKCCBEBB',
        'Stad Testdorp',
        'BE68539007547034',
        'EUR100.00',
        '',
        '123456789002',
      ].join('\n'),
    );
    const qrBlock = letter.value.blocks.find((b) => b.kind === 'qr');
    expect(qrBlock?.kind === 'qr' && qrBlock.payload).toBe(decoded?.data);
  });

  it('greets the person by given then family name and never splits a long reference over two lines', async () => {
    const input = planInput('nl');
    const long = 'HUISVESTING-001/2119';
    const letter = planLetter({
      ...input,
      recipient: { ...recipient, name: 'Janssens, Dirk' },
      claims: input.claims.map((c, i) => (i === 0 ? { ...c, reference: long } : c)),
    });
    if (!letter.ok) throw new Error(letter.error.join());
    const { text } = await readPdf(await renderLetterPdf(letter.value));
    expect(text).toContain('Beste Dirk Janssens,');
    // one text run, not two lines: the whole reference reads as one piece
    expect(text.split('\n').filter((line) => line.includes('HUISVESTING'))).toEqual([
      expect.stringContaining(long),
    ]);
  });

  it('writes the plan letter in English on request', async () => {
    const letter = planLetter(planInput('en'));
    if (!letter.ok) throw new Error(letter.error.join());
    const { text, info } = await readPdf(await renderLetterPdf(letter.value));
    expect(info.Language).toBe('en-GB');
    expect(info.Title).toBe('Payment plan +++123/4567/89002+++');
    expect(text).toContain('Amount per month €100.00');
    expect(text).toContain('Structured reference +++123/4567/89002+++');
  });

  for (const embedFont of [true, false]) {
    it(`writes the plan letter fully in French (${embedFont ? 'embedded font' : 'standard Helvetica'})`, async () => {
      const input = planInput('fr');
      const letter = planLetter({
        ...input,
        recipient: { ...recipient, name: 'Lefèvre, Françoise' },
        waived: 123456,
        contactDetails: {
          service: 'Service Recouvrement',
          person: 'Chloé Dubœuf',
          phone: '09 123 45 67',
          email: 'recouvrement@testdorp.example',
        },
      });
      if (!letter.ok) throw new Error(letter.error.join());
      const { text: raw, info } = await readPdf(await renderLetterPdf(letter.value, { embedFont }));
      // amounts are written with no-break spaces (1 234,56 €), which the text extraction gives back as
      // spaces; wrapped lines are read as one text
      const text = raw.replace(/\s+/g, ' ');
      expect(info.Language).toBe('fr-BE');
      expect(info.Title).toBe('Plan de paiement +++123/4567/89002+++');
      for (const expected of [
        'Votre plan de paiement',
        'Bonjour Françoise Lefèvre,',
        'Factures comprises dans ce plan',
        'Service Référence Description Montant',
        `Sous-total Kinderopvang 734,56 €`,
        `Total 1 234,56 €`,
        `Montant mensuel 100,00 €`,
        'Nombre de mensualités 13',
        'Première échéance 01/12/2026',
        `Dernière mensualité 34,56 € (01/12/2027)`,
        'Comment payer',
        'Bénéficiaire Stad Testdorp',
        'Numéro de compte (IBAN) BE68 5390 0754 7034',
        'Communication structurée +++123/4567/89002+++',
        'Scannez ce code avec votre application bancaire pour payer une mensualité. Utilisez toujours la communication structurée.',
        'Tant que vous respectez le plan, aucun frais ne s’ajoute à ces factures.',
        `La ville a annulé 1 234,56 € de frais et d’intérêts.`,
        'Vous ne pouvez pas payer un mois ? Contactez-nous (09 123 45 67). Nous chercherons ensemble une solution.',
        'Personne de contact Chloé Dubœuf',
        'Téléphone 09 123 45 67',
        'Calendrier de paiement',
        'N° Échéance Montant',
        `13 01/12/2027 34,56 €`,
        'Avec nos salutations distinguées,',
        'Testdorp, 23/11/2026',
        'Page 1 sur',
      ]) {
        expect(text).toContain(expected);
      }
      for (const dutch of ['Bedrag', 'Beste', 'Vervaldag', 'Totaal', 'Pagina', 'groeten'])
        expect(text).not.toContain(dutch);
    });
  }

  it('writes the proactive offer to a candidate', async () => {
    const letter: LetterDocument = offerLetter({
      lang: 'nl',
      date: '2026-11-23',
      place: 'Testdorp',
      sender,
      recipient,
      contact: 'invordering@testdorp.example',
      departments: [
        { department: 'Kinderopvang', claimCount: 2, open: 73456 },
        { department: 'Afvalbeleid', claimCount: 1, open: 9000 },
      ],
      proposedMonthly: 5000,
      respondBy: '2026-12-15',
    });
    const { text, info, images } = await readPdf(await renderLetterPdf(letter));
    expect(info.Title).toBe('Voorstel afbetalingsplan – Stad Testdorp');
    expect(images).toHaveLength(0);
    expect(text).toContain('Kinderopvang 2 € 734,56');
    expect(text).toContain('Totaal 3 € 824,56');
    expect(text).toContain('€ 50,00 per maand');
    expect(text).toContain('15/12/2026');
  });
});

describe('planLetter', () => {
  it('refuses a letter whose claims and schedule disagree, or with a wrong OGM', () => {
    const input = planInput('nl');
    const r = planLetter({ ...input, ogm: '123456789003', claims: input.claims.slice(1) });
    expect(r.ok ? [] : r.error).toEqual([
      'ogm: structured reference check digits do not match',
      'claims and instalments do not add up to the same total',
    ]);
    expect(planLetter({ ...input, creditor: { ...input.creditor, iban: 'BE00' } }).ok).toBe(false);
  });
});
