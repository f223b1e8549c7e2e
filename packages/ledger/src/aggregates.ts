import type { Decider, EventCodec } from '@ocop/kernel';
import {
  certificationDecider,
  certificationEvents,
  certificationStream,
  councilDecider,
  councilEvents,
  councilStream,
  dossierDecider,
  dossierEvents,
  dossierStream,
  planDecider,
  planEvents,
  productDecider,
  productEvents,
  productStream,
  roundDecider,
  roundEvents,
  roundStream,
  subjectDecider,
  subjectEvents,
  subjectStream,
  type CertificationCommand,
  type CertificationEvent,
  type CertificationState,
  type CouncilCommand,
  type CouncilEvent,
  type CouncilState,
  type DomainError,
  type DossierCommand,
  type DossierEvent,
  type DossierState,
  type PlanCommand,
  type PlanEvent,
  type PlanState,
  type ProductCommand,
  type ProductEvent,
  type ProductState,
  type RoundCommand,
  type RoundEvent,
  type RoundState,
  type SubjectCommand,
  type SubjectEvent,
  type SubjectState,
} from '@ocop/domain';
import { certificationRuleSet, councilRuleSet, dossierRuleSet, roundRuleSet } from './rule-set-of.js';

/** One aggregate as the ledger runs it: its decider, its event codec, and how its id names its stream. */
export interface Aggregate<C, S, E extends { readonly type: string; readonly data: unknown }> {
  readonly decider: Decider<C, S, E, DomainError>;
  readonly codec: EventCodec<E>;
  readonly stream: (id: string) => string;
  /** The rule set an event is judged under when its command names none (see `rule-set-of.ts`). */
  readonly ruleSetOf?: (state: S, event: E) => string | undefined;
}

export interface Aggregates {
  readonly subject: Aggregate<SubjectCommand, SubjectState, SubjectEvent>;
  readonly product: Aggregate<ProductCommand, ProductState, ProductEvent>;
  readonly council: Aggregate<CouncilCommand, CouncilState, CouncilEvent>;
  readonly round: Aggregate<RoundCommand, RoundState, RoundEvent>;
  readonly dossier: Aggregate<DossierCommand, DossierState, DossierEvent>;
  readonly certification: Aggregate<CertificationCommand, CertificationState, CertificationEvent>;
  /** A programme plan's id is its area and year, e.g. "60.599.2024". */
  readonly plan: Aggregate<PlanCommand, PlanState, PlanEvent>;
}

export type AggregateName = keyof Aggregates;

interface Commands {
  readonly subject: SubjectCommand;
  readonly product: ProductCommand;
  readonly council: CouncilCommand;
  readonly round: RoundCommand;
  readonly dossier: DossierCommand;
  readonly certification: CertificationCommand;
  readonly plan: PlanCommand;
}
interface States {
  readonly subject: SubjectState;
  readonly product: ProductState;
  readonly council: CouncilState;
  readonly round: RoundState;
  readonly dossier: DossierState;
  readonly certification: CertificationState;
  readonly plan: PlanState;
}
export type CommandOf<A extends AggregateName> = Commands[A];
export type StateOf<A extends AggregateName> = States[A];

export const aggregates: Aggregates = {
  subject: { decider: subjectDecider, codec: subjectEvents, stream: subjectStream },
  product: { decider: productDecider, codec: productEvents, stream: productStream },
  council: { decider: councilDecider, codec: councilEvents, stream: councilStream, ruleSetOf: councilRuleSet },
  round: { decider: roundDecider, codec: roundEvents, stream: roundStream, ruleSetOf: roundRuleSet },
  dossier: { decider: dossierDecider, codec: dossierEvents, stream: dossierStream, ruleSetOf: dossierRuleSet },
  certification: {
    decider: certificationDecider,
    codec: certificationEvents,
    stream: certificationStream,
    ruleSetOf: certificationRuleSet,
  },
  plan: { decider: planDecider, codec: planEvents, stream: (id) => `ProgrammePlan-${id}` },
};

/** The aggregate a stream belongs to, from its category (the part before the first "-"). */
export const aggregateOfStream = (stream: string): AggregateName | undefined => {
  const category = stream.slice(0, stream.indexOf('-'));
  const byCategory: Readonly<Record<string, AggregateName>> = {
    Subject: 'subject',
    Product: 'product',
    Council: 'council',
    Round: 'round',
    Dossier: 'dossier',
    Certification: 'certification',
    ProgrammePlan: 'plan',
  };
  return byCategory[category];
};
