import type { RecordedEvent } from '@ocop/eventstore';
import { recognitionSource } from '@ocop/domain';
import { findingAt } from '../finding.js';
import { adoptedKey, type Adopted, type AuditContext } from './context.js';
import { describeDifferences, differenceDetails, differences } from './differences.js';

/**
 * A council result as a product's certification or a dossier copies it must be the one the round adopted, field
 * for field, and adopted before it was copied.
 */
export const checkCopy = <K extends keyof Adopted>(
  ctx: AuditContext,
  recorded: RecordedEvent,
  copy: Pick<Adopted, K> & { readonly roundId: string; readonly dossierId: string },
  fields: ReadonlyArray<K>,
): void => {
  const adopted = ctx.adopted.get(adoptedKey(copy.roundId, copy.dossierId));
  if (!adopted) {
    ctx.report(
      findingAt(
        recorded,
        'RecordedResultMismatch',
        `no round adopted a result on dossier ${copy.dossierId} in round ${copy.roundId} before this copy`,
        [recognitionSource],
      ),
    );
    return;
  }
  const ds = differences(fields.map((f) => [f, copy[f], adopted[f]] as const));
  if (ds.length > 0)
    ctx.report(
      findingAt(
        recorded,
        'RecordedResultMismatch',
        `the result of round ${copy.roundId} on dossier ${copy.dossierId} is copied wrongly: ${describeDifferences(ds)}`,
        [recognitionSource],
        differenceDetails(ds),
      ),
    );
};
