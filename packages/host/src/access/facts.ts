import { either as E } from 'fp-ts';
import type { Area, CouncilState, DossierEvent, RoundEvent } from '@ocop/domain';
import type { EventStore } from '@ocop/eventstore';
import { aggregates, type Ledger } from '@ocop/ledger';
import { ledgerProblem, storeProblem } from '../http/ledger-problem.js';
import type { Problem } from '../http/problem.js';
import type { RecordedArea } from './areas.js';

export interface SubjectFacts {
  readonly subjectId: string;
  readonly area: Area;
}
export interface ProductFacts {
  readonly productId: string;
  readonly subjectId: string;
  /** Its subject's area. */
  readonly area: Area | undefined;
}
export interface DossierFacts {
  readonly dossierId: string;
  readonly productId: string;
  readonly subjectId: string;
  readonly area: Area;
}
export interface CouncilFacts {
  readonly councilId: string;
  readonly area: RecordedArea | undefined;
  readonly chair: string;
  readonly members: ReadonlyArray<string>;
}
export interface RoundFacts {
  readonly roundId: string;
  readonly councilId: string;
  readonly area: RecordedArea | undefined;
  readonly chair: string;
  readonly members: ReadonlyArray<string>;
  readonly dossiers: ReadonlyArray<{ readonly dossierId: string; readonly recused: ReadonlyArray<string>; readonly status: string }>;
}

type Found<A> = Promise<E.Either<Problem, A | undefined>>;

/** What access checks need to know of a resource: where it was recorded, whose it is, who sits on it. Read live from the store. */
export interface Facts {
  readonly subject: (id: string) => Found<SubjectFacts>;
  readonly product: (id: string) => Found<ProductFacts>;
  readonly dossier: (id: string) => Found<DossierFacts>;
  readonly council: (id: string) => Found<CouncilFacts>;
  readonly round: (id: string) => Found<RoundFacts>;
}

const areaOfCouncil = (s: { readonly province?: string; readonly district?: string }): RecordedArea | undefined =>
  s.province === undefined ? undefined : { province: s.province, ...(s.district === undefined ? {} : { district: s.district }) };

export const factsOf = (store: EventStore, ledger: Ledger): Facts => {
  const firstEvent = async <Ev>(
    stream: string,
    decode: (e: Parameters<typeof aggregates.dossier.codec.decode>[0]) => E.Either<unknown, Ev>,
  ) => {
    const read = await store.readStream(stream, { limit: 1 });
    if (E.isLeft(read)) return E.left(storeProblem(read.left));
    const first = read.right[0];
    if (!first) return E.right(undefined);
    const decoded = decode(first);
    return E.isLeft(decoded) ? E.right(undefined) : E.right(decoded.right);
  };

  const subject = async (id: string): Found<SubjectFacts> => {
    const s = await ledger.load.subject(id);
    if (E.isLeft(s)) return E.left(ledgerProblem(s.left));
    return E.right(s.right.status === 'none' ? undefined : { subjectId: s.right.subjectId, area: s.right.area });
  };

  const council = async (id: string): Found<CouncilFacts> => {
    const s = await ledger.load.council(id);
    if (E.isLeft(s)) return E.left(ledgerProblem(s.left));
    const c: CouncilState = s.right;
    return E.right(
      c.status === 'none'
        ? undefined
        : { councilId: c.councilId, area: areaOfCouncil(c), chair: c.chair, members: c.members.map((m) => m.person) },
    );
  };

  return {
    subject,
    council,
    product: async (id) => {
      const p = await ledger.load.product(id);
      if (E.isLeft(p)) return E.left(ledgerProblem(p.left));
      if (p.right.status === 'none') return E.right(undefined);
      const owner = await subject(p.right.subjectId);
      if (E.isLeft(owner)) return owner;
      return E.right({ productId: p.right.productId, subjectId: p.right.subjectId, area: owner.right?.area });
    },
    dossier: async (id) => {
      const filed = await firstEvent<DossierEvent>(aggregates.dossier.stream(id), (e) => aggregates.dossier.codec.decode(e));
      if (E.isLeft(filed)) return filed;
      const ev = filed.right;
      if (ev?.type !== 'DossierFiled') return E.right(undefined);
      return E.right({ dossierId: ev.data.dossierId, productId: ev.data.productId, subjectId: ev.data.subjectId, area: ev.data.area });
    },
    round: async (id) => {
      const opened = await firstEvent<RoundEvent>(aggregates.round.stream(id), (e) => aggregates.round.codec.decode(e));
      if (E.isLeft(opened)) return opened;
      const ev = opened.right;
      if (ev?.type !== 'RoundOpened') return E.right(undefined);
      const s = await ledger.load.round(id);
      if (E.isLeft(s)) return E.left(ledgerProblem(s.left));
      if (s.right.status === 'none') return E.right(undefined);
      return E.right({
        roundId: s.right.roundId,
        councilId: s.right.councilId,
        area: areaOfCouncil(ev.data),
        chair: s.right.council.chair,
        members: s.right.council.members.map((m) => m.person),
        dossiers: s.right.dossiers.map((d) => ({ dossierId: d.dossierId, recused: d.recused, status: d.status })),
      });
    },
  };
};
