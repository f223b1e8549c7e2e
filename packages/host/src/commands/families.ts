import type * as t from 'io-ts';
import { either as E } from 'fp-ts';
import type { ValidationFailure } from '@ocop/kernel';
import {
  certificationCommandCodecs,
  councilCommandCodecs,
  CouncilId,
  decodeCertificationCommand,
  decodeCouncilCommand,
  decodeDossierCommand,
  decodePlanCommand,
  decodeProductCommand,
  decodeRoundCommand,
  decodeSubjectCommand,
  dossierCommandCodecs,
  DossierId,
  planCommandCodecs,
  productCommandCodecs,
  ProductId,
  roundCommandCodecs,
  RoundId,
  subjectCommandCodecs,
  SubjectId,
} from '@ocop/domain';
import type { AggregateName, ExecuteRequest } from '@ocop/ledger';
import { PlanId } from './plan-id.js';

/** What a command request carries besides its command: the ledger's request without aggregate and command. */
export interface RequestBase {
  readonly id: string;
  readonly commandId: string;
  readonly correlationId: string;
  readonly expected: ExecuteRequest['expected'];
}

/**
 * One aggregate as the API exposes it: `POST /api/{segment}/{id}/commands/{Type}`, its commands' codecs, the
 * field of a command that names the resource (it must agree with the path), and how a decoded command
 * becomes a ledger request.
 */
export interface Family {
  readonly aggregate: AggregateName;
  readonly segment: string;
  readonly title: string;
  readonly id: t.Mixed;
  readonly idField: string;
  readonly codecs: ReadonlyArray<t.Mixed>;
  readonly request: (command: unknown, base: RequestBase) => E.Either<ValidationFailure, ExecuteRequest>;
}

export const families: ReadonlyArray<Family> = [
  {
    aggregate: 'subject',
    segment: 'subjects',
    title: 'Subjects',
    id: SubjectId,
    idField: 'subjectId',
    codecs: subjectCommandCodecs,
    request: (c, base) =>
      E.map((command: Right<typeof decodeSubjectCommand>) => ({ ...base, aggregate: 'subject' as const, command }))(
        decodeSubjectCommand(c),
      ),
  },
  {
    aggregate: 'product',
    segment: 'products',
    title: 'Products',
    id: ProductId,
    idField: 'productId',
    codecs: productCommandCodecs,
    request: (c, base) =>
      E.map((command: Right<typeof decodeProductCommand>) => ({ ...base, aggregate: 'product' as const, command }))(
        decodeProductCommand(c),
      ),
  },
  {
    aggregate: 'plan',
    segment: 'plans',
    title: 'Programme plans',
    id: PlanId,
    idField: '',
    codecs: planCommandCodecs,
    request: (c, base) =>
      E.map((command: Right<typeof decodePlanCommand>) => ({ ...base, aggregate: 'plan' as const, command }))(decodePlanCommand(c)),
  },
  {
    aggregate: 'council',
    segment: 'councils',
    title: 'Councils',
    id: CouncilId,
    idField: 'councilId',
    codecs: councilCommandCodecs,
    request: (c, base) =>
      E.map((command: Right<typeof decodeCouncilCommand>) => ({ ...base, aggregate: 'council' as const, command }))(
        decodeCouncilCommand(c),
      ),
  },
  {
    aggregate: 'round',
    segment: 'rounds',
    title: 'Rounds',
    id: RoundId,
    idField: 'roundId',
    codecs: roundCommandCodecs,
    request: (c, base) =>
      E.map((command: Right<typeof decodeRoundCommand>) => ({ ...base, aggregate: 'round' as const, command }))(decodeRoundCommand(c)),
  },
  {
    aggregate: 'dossier',
    segment: 'dossiers',
    title: 'Dossiers',
    id: DossierId,
    idField: 'dossierId',
    codecs: dossierCommandCodecs,
    request: (c, base) =>
      E.map((command: Right<typeof decodeDossierCommand>) => ({ ...base, aggregate: 'dossier' as const, command }))(
        decodeDossierCommand(c),
      ),
  },
  {
    aggregate: 'certification',
    segment: 'certifications',
    title: 'Certifications (one per product)',
    id: ProductId,
    idField: 'productId',
    codecs: certificationCommandCodecs,
    request: (c, base) =>
      E.map((command: Right<typeof decodeCertificationCommand>) => ({ ...base, aggregate: 'certification' as const, command }))(
        decodeCertificationCommand(c),
      ),
  },
];

type Right<F> = F extends (input: unknown) => E.Either<unknown, infer A> ? A : never;
