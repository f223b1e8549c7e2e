import { either as E } from 'fp-ts';
import { onDossierLeft, RoundId, type Dispatch, type DossierEvent } from '@ocop/domain';
import type { RecordedEvent } from '@ocop/eventstore';
import { aggregates, type Ledger, type ReactionFailure } from '@ocop/ledger';
import { pipelineQueries, type ProjectionStorage } from '@ocop/projections';
import type { LocalDate } from '@ocop/kernel';

/**
 * The reaction the ledger leaves to its host: a dossier withdrawn, disqualified or lapsed leaves the round it
 * was assigned to (`onDossierLeft`), found through the dossier pipeline. Its command id comes from the event,
 * so running it again writes nothing twice.
 */
export const leaveRounds = async (
  deps: { readonly ledger: Ledger; readonly storage: ProjectionStorage },
  events: ReadonlyArray<RecordedEvent>,
  correlationId: string,
  today: LocalDate,
): Promise<{ readonly written: ReadonlyArray<RecordedEvent>; readonly failures: ReadonlyArray<ReactionFailure> }> => {
  const written: RecordedEvent[] = [];
  const failures: ReactionFailure[] = [];
  for (const e of events) {
    const decoded = aggregates.dossier.codec.decode(e);
    if (E.isLeft(decoded)) continue;
    const event: DossierEvent = decoded.right;
    if (event.type !== 'DossierWithdrawn' && event.type !== 'DossierDisqualified' && event.type !== 'DossierLapsed') continue;
    const row = await pipelineQueries(deps.storage).dossier(event.data.dossierId, today);
    const roundId = E.isRight(row) ? row.right?.roundId : null;
    const round = RoundId.is(roundId) ? roundId : undefined;
    const dispatches: ReadonlyArray<Dispatch> = onDossierLeft(event, { eventId: e.eventId, at: e.metadata.businessTime }, () => round);
    for (const d of dispatches) {
      if (d.aggregate !== 'round') continue;
      const outcome = await deps.ledger.execute({
        aggregate: 'round',
        id: d.stream.slice(d.stream.indexOf('-') + 1),
        commandId: d.commandId,
        correlationId,
        causationId: e.eventId,
        command: d.command,
      });
      if (E.isLeft(outcome)) failures.push({ dispatch: d, error: outcome.left });
      else written.push(...outcome.right.events);
    }
  }
  return { written, failures };
};
