import { hostname, userInfo } from 'node:os';
import { either as E } from 'fp-ts';
import type { Instant } from '@ocop/kernel';
import { sightOf, type Access, type Vault } from '@ocop/privacy';
import type { Opener } from '@ocop/audit';

/** Who reads personal data from the command line: the operating-system account on this machine. */
export const commandLineReader = (): Access['reader'] => ({
  id: `cli:${userInfo().username}@${hostname()}`,
  role: 'auditor',
  organisation: `the ocop command on ${hostname()}`,
});

/**
 * Opens sealed names as the host opens them for an auditor (sensitive facts stay withheld), and keeps whose
 * data it revealed in which events, so that the read can be recorded as the host records its own.
 */
export const namesOpener = (vault: Vault) => {
  const revealed = new Map<string, Set<string>>();
  const open: Opener = async (event) => {
    const opened = await vault.unseal(event.data, sightOf('auditor'));
    if (E.isLeft(opened)) return E.left(opened.left.message);
    for (const person of opened.right.revealed) revealed.set(person, (revealed.get(person) ?? new Set()).add(event.eventId));
    return E.right(opened.right.data);
  };
  const accesses = (reader: Access['reader'], purpose: string, at: Instant, request: string): ReadonlyArray<Access> =>
    [...revealed].map(([person, events]) => ({ person, reader, purpose, at, events: [...events], request }));
  return { open, accesses };
};
