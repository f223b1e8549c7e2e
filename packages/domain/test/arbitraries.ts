// Arbitraries built from the codecs (through scripts/codec-tree.ts): any value a codec accepts, drawn from small
// pools of ids so that generated events meet each other (the same dossier, the same member, the same certificate).
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { addDays, date, type DomainEvent, type EventCodec } from '@ocop/kernel';
import { describeCodec, describeCommand, type CodecNode } from '../scripts/codec-tree.js';
import type * as t from 'io-ts';

const day0 = date('2019-01-01');
/** Any day from 2019 to 2031: every rule set, and the years after. */
export const anyDay = fc.integer({ min: 0, max: 4744 }).map((n) => addDays(day0, n));

/** Values for the refined and opaque codecs of the domain, by name. */
const leaves: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  LocalDate: anyDay,
  Instant: anyDay.map((d) => `${d}T05:00:00.000Z`),
  NonEmptyString: fc.constantFrom('x', 'Sở Y tế', 'withdrawn'),
  SubjectId: fc.constantFrom('htx-duc-lan', 'thth-dong-kho'),
  ProductId: fc.constantFrom('gao-st25', 'tra-shan-tuyet'),
  DossierId: fc.constantFrom('d-1', 'd-2', 'd-3'),
  CouncilId: fc.constantFrom('hd-1', 'hd-2'),
  RoundId: fc.constantFrom('r-1', 'r-2'),
  CertificateId: fc.constantFrom('gcn-1', 'gcn-2', 'gcn-3'),
  PersonId: fc.constantFrom('p-1', 'p-2', 'p-3', 'p-4'),
  '2-digit code': fc.constantFrom('60', '68'),
  '3-digit code': fc.constantFrom('599'),
  '5-digit code': fc.constantFrom('23149', '23176'),
  'sha256 hex': fc.constant('a'.repeat(64)),
  SheetNumber: fc.integer({ min: 1, max: 26 }),
  ProductCode: fc.constantFrom('68-23149-12-2026', '60-599-23176-3-2024'),
};

const primitive = (name: 'string' | 'number' | 'boolean' | 'unknown'): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'string':
      return fc.constantFrom('', 'a', 'Gạo ST25', '1.1');
    case 'number':
      return fc.oneof(fc.integer({ min: -3, max: 120 }), fc.double({ min: -10, max: 200, noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return fc.boolean();
    case 'unknown':
      return fc.constant(null);
  }
};

/** Any value of the shape `node` describes. Throws on a refined codec it has no values for. */
export const arbitraryOf = (node: CodecNode): fc.Arbitrary<unknown> => {
  switch (node.kind) {
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of [...node.required, ...node.optional]) model[f.name] = arbitraryOf(f.node);
      return fc.record(model, { requiredKeys: node.required.map((f) => f.name) });
    }
    case 'array':
      return fc.array(arbitraryOf(node.of), { maxLength: 4 });
    case 'record':
      return fc.dictionary(fc.constantFrom('1.1', '1.2', '2.3', '9'), arbitraryOf(node.value), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...node.members.map(arbitraryOf));
    case 'personal':
      return fc.oneof(...node.forms.map(arbitraryOf));
    case 'literal':
      return fc.constant(node.value);
    case 'keyof':
      return fc.constantFrom(...node.keys);
    case 'primitive':
      return primitive(node.name);
    case 'refinement':
    case 'opaque': {
      const leaf = leaves[node.name];
      if (!leaf) throw new Error(`no arbitrary for ${node.name}`);
      return leaf;
    }
  }
};

/** What is read of an event schema (codecs are invariant, so schemas are taken by shape). */
export interface SchemaLike {
  readonly type: string;
  readonly version: number;
  readonly codec: t.Mixed;
}

/** Any event of a family, as stored in the current version of its type and decoded by the family's codec. */
export const anyEvent = <Ev extends DomainEvent>(codec: EventCodec<Ev>, schemas: ReadonlyArray<SchemaLike>): fc.Arbitrary<Ev> =>
  fc.oneof(
    ...schemas.map((s) =>
      arbitraryOf(describeCodec(s.codec)).map((data) => {
        const decoded = codec.decode({ type: s.type, schemaVersion: s.version, data });
        if (E.isLeft(decoded)) throw new Error(`generated ${s.type} does not decode: ${JSON.stringify(decoded.left)}`);
        return decoded.right;
      }),
    ),
  );

/** Any command of a family, decoded by the family's decoder. */
export const anyCommand = <C>(codecs: ReadonlyArray<t.Mixed>, decode: (input: unknown) => E.Either<unknown, C>): fc.Arbitrary<C> =>
  fc.oneof(
    ...codecs.map((c) =>
      arbitraryOf(describeCommand(c)).map((data) => {
        const decoded = decode({ type: c.name, data });
        if (E.isLeft(decoded)) throw new Error(`generated ${c.name} does not decode: ${JSON.stringify(decoded.left)}`);
        return decoded.right;
      }),
    ),
  );
