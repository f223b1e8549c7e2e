import { reveal, type DecisionRef, type Member, type Personal, type Contact } from '@ocop/domain';
import type { DecisionFacts, PersonFacts } from './model.js';

/** A person from a personal name: the name when it could be read, else whether it is sealed or was erased. */
export const personFrom = (
  id: string,
  name: Personal<Contact> | undefined,
  extra: { organisation?: string; position?: string } = {},
): PersonFacts => {
  const value = name && reveal(name);
  return {
    id,
    ...(value ? { name: value.fullName } : {}),
    erased: name !== undefined && 'erased' in name,
    sealed: name !== undefined && 'sealed' in name,
    ...(extra.organisation === undefined ? {} : { organisation: extra.organisation }),
    ...(extra.position === undefined ? {} : { position: extra.position }),
  };
};

export const memberFacts = (m: Member): PersonFacts => personFrom(m.person, m.name, { organisation: m.organisation, position: m.position });

export const decisionFacts = (d: DecisionRef): DecisionFacts => ({
  number: d.number,
  date: d.date,
  signer: { ...personFrom(d.signer.person, d.signer.name), title: d.signer.title, level: d.signer.level },
});
