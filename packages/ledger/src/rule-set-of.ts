import type {
  CertificationEvent,
  CertificationState,
  CouncilEvent,
  CouncilState,
  DossierEvent,
  DossierState,
  RoundEvent,
  RoundState,
} from '@ocop/domain';

/** A field of an event's data, when it is a string. */
const field = (data: object, name: string): string | undefined => {
  const value: unknown = Object.getOwnPropertyDescriptor(data, name)?.value;
  return typeof value === 'string' ? value : undefined;
};

// The rule set an event is judged under, for its metadata: the one the event names, else the one its stream
// pins for what it concerns (a dossier's filing, a round's assignment, a council, a certificate or result).

export const dossierRuleSet = (state: DossierState, event: DossierEvent): string | undefined =>
  field(event.data, 'ruleSet') ?? (state.status === 'open' ? state.ruleSet : undefined);

export const councilRuleSet = (state: CouncilState, event: CouncilEvent): string | undefined =>
  field(event.data, 'ruleSet') ?? (state.status === 'active' ? state.ruleSet : undefined);

export const roundRuleSet = (state: RoundState, event: RoundEvent): string | undefined => {
  const named = field(event.data, 'ruleSet');
  if (named !== undefined || state.status === 'none') return named;
  const dossierId = field(event.data, 'dossierId');
  return state.dossiers.find((d) => d.dossierId === dossierId)?.ruleSet;
};

export const certificationRuleSet = (state: CertificationState, event: CertificationEvent): string | undefined => {
  const named = field(event.data, 'ruleSet');
  if (named !== undefined) return named;
  const certificateId = field(event.data, 'certificateId');
  const dossierId = field(event.data, 'dossierId');
  return (
    state.certificates.find((c) => c.certificateId === certificateId)?.ruleSet ??
    [...state.results].reverse().find((r) => r.dossierId === dossierId)?.ruleSet
  );
};
