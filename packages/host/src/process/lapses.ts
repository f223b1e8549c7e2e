import { dossierStream, systemActor, type Dispatch, type DossierState } from '@ocop/domain';
import { transitionalDecideBy } from '@ocop/rules';
import type { Instant, LocalDate } from '@ocop/kernel';

/**
 * QĐ 26/2026 Art. 12.2: an open dossier filed before 22/05/2026 and not decided by its last day lapses; the
 * lapse is recorded by a command when the day after comes, one per dossier and day so that a rerun asks
 * nothing twice.
 */
export const dueLapses = (dossiers: ReadonlyArray<DossierState>, today: LocalDate, at: Instant): ReadonlyArray<Dispatch> =>
  dossiers.flatMap((d): ReadonlyArray<Dispatch> => {
    if (d.status !== 'open' || d.stage === 'closed') return [];
    const decideBy = transitionalDecideBy(d.kind, d.filedOn);
    if (decideBy === undefined || decideBy >= today) return [];
    return [
      {
        aggregate: 'dossier',
        stream: dossierStream(d.dossierId),
        commandId: `lapse:${d.dossierId}:${today}`,
        command: { type: 'LapseDossier', data: { today, at, by: systemActor } },
      },
    ];
  });
