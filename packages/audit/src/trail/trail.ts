import { either as E } from 'fp-ts';
import type { LocalDate } from '@ocop/kernel';
import type { EventStore } from '@ocop/eventstore';
import { buildTrail } from './build.js';
import { collect, type Opener, type TrailError } from './collect.js';
import type { Lang, Trail } from './model.js';

export interface TrailOptions {
  /** Cut the history at the end of this business day. */
  readonly asOf?: LocalDate;
  /** The language of the explanation: Vietnamese by default; the sheets' criteria stay as printed. */
  readonly lang?: Lang;
  /** How sealed personal values (names) are opened; without it they show as sealed, and erased ones as erased. */
  readonly open?: Opener;
}

/**
 * The decision history of a product (every dossier filed for it) or of one dossier, explained from its events:
 * the dossier and why its rules govern it, each council's evaluation sheet by sheet, the result and its
 * outcome, the decision and its signer, the certificate and what became of it. Render it with `renderTrail`.
 */
export const trail = async (
  store: EventStore,
  productOrDossierId: string,
  options: TrailOptions = {},
): Promise<E.Either<TrailError, Trail>> => {
  const collected = await collect(store, productOrDossierId, options.asOf, options.open);
  return E.map((h: Parameters<typeof buildTrail>[0]) => buildTrail(h, productOrDossierId, options.lang ?? 'vi', options.asOf))(collected);
};
