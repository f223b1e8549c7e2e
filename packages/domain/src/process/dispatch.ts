import { nonEmpty, type Instant } from '@ocop/kernel';
import type { CertificationCommand } from '../certification/commands.js';
import type { DossierCommand } from '../dossier/commands.js';
import type { RoundCommand } from '../round/commands.js';
import type { Actor } from '../shared/actor.js';

/** A command a process manager asks for: which aggregate and stream, and an id derived from its cause. */
export type Dispatch =
  | { readonly aggregate: 'certification'; readonly stream: string; readonly commandId: string; readonly command: CertificationCommand }
  | { readonly aggregate: 'dossier'; readonly stream: string; readonly commandId: string; readonly command: DossierCommand }
  | { readonly aggregate: 'round'; readonly stream: string; readonly commandId: string; readonly command: RoundCommand };

/** The stored event a reaction answers: its id makes the commands' ids, so that a replay asks nothing twice. */
export interface Cause {
  readonly eventId: string;
  readonly at: Instant;
}

/** Process managers act as the system, never as a person. */
export const systemActor: Actor = { id: nonEmpty('process-manager'), role: 'system', organisation: nonEmpty('ocop-ledger') };
