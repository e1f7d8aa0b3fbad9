import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { DataFactory, Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { CONTEXT_URL, XSD } from './vocabulary.ts';

const STANDARD = new URL('./standard/', import.meta.url);
const SH = 'http://www.w3.org/ns/shacl#';

let context: Record<string, unknown> | null = null;
let shapes: Store | null = null;

/** The published context, from the copy shipped in src/oslo/standard (never fetched). */
export function osloContext(): Record<string, unknown> {
  context ??= JSON.parse(readFileSync(new URL('schuldbeheer-context.jsonld', STANDARD), 'utf8')) as Record<
    string,
    unknown
  >;
  return context;
}

/**
 * The published shapes. Their sh:minCount/sh:maxCount are written as strings ("1"), which validators
 * ignore; they are turned into xsd:integer here so cardinalities are really checked.
 */
export function osloShapes(): Store {
  if (shapes) return shapes;
  const ttl = readFileSync(new URL('schuldbeheer-SHACL.ttl', STANDARD), 'utf8');
  const quads = new Parser().parse(ttl).map((q) => {
    const p = q.predicate.value;
    if ((p === `${SH}minCount` || p === `${SH}maxCount`) && q.object.termType === 'Literal') {
      const n = DataFactory.literal(q.object.value, DataFactory.namedNode(`${XSD}integer`));
      return DataFactory.quad(q.subject, q.predicate, n, q.graph);
    }
    return q;
  });
  shapes = new Store(quads);
  return shapes;
}

/** Resolves the standard's context URL to the local copy; any other remote document is refused. */
const documentLoader = async (url: string) => {
  if (url === CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: osloContext() };
  throw new Error(`remote JSON-LD document not allowed: ${url}`);
};

/** A JSON-LD document as RDF quads (throws on malformed JSON-LD). */
export async function jsonLdToQuads(document: object): Promise<Store> {
  const options = { format: 'application/n-quads', documentLoader } as const;
  const nquads = (await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    options as unknown as Parameters<typeof jsonld.toRDF>[1],
  )) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export interface Violation {
  /** The node that violates a shape (IRI, or `_:b…` for an embedded node). */
  readonly focusNode: string;
  readonly path: string | null;
  /** The SHACL constraint component, e.g. `MinCountConstraintComponent`. */
  readonly constraint: string;
  readonly message: string;
}

/** Validates RDF data against the OSLO Schuldbeheer shapes; an empty list means it conforms. */
export async function validateQuads(data: Store): Promise<Violation[]> {
  const validator = new SHACLValidator(osloShapes() as unknown as Store);
  const report = await validator.validate(data as unknown as Parameters<typeof validator.validate>[0]);
  return report.results.map((r) => ({
    focusNode: r.focusNode?.value ?? '',
    path: r.path?.value ?? null,
    constraint: (r.sourceConstraintComponent?.value ?? '').replace(SH, ''),
    message: r.message.map((m) => m.value).join(' '),
  }));
}

export async function validateDocument(document: object): Promise<Violation[]> {
  return validateQuads(await jsonLdToQuads(document));
}
