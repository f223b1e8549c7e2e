import { either as E } from 'fp-ts';
import { all, type Condition } from '../core/condition.js';
import { docByKey, pageOf, paged, queryDocs, type Page, type Paging, type QueryError } from '../core/view.js';
import type { ProjectionStorage } from '../storage/storage.js';
import { CouncilDoc, RoundDoc, RoundDossierDoc } from './docs.js';
import { roundsAndCouncils } from './model.js';

export interface RoundsQuery extends Paging {
  readonly councilId?: string;
  readonly level?: string;
  /** As recorded: today's province code does not find the rounds of the provinces merged into it. */
  readonly province?: string;
  readonly year?: number;
  readonly open?: boolean;
}

export interface CouncilsQuery extends Paging {
  readonly level?: string;
  readonly province?: string;
  readonly ruleSet?: string;
}

export interface RoundView extends RoundDoc {
  readonly dossiers: ReadonlyArray<RoundDossierDoc>;
}

const eq = (column: string, value: string | number | undefined): Condition | undefined =>
  value === undefined ? undefined : { op: 'eq', column, value };

/** Rounds (newest first) and councils of a storage. Sealed sheets are never returned: only who submitted, until scoring closes. */
export const roundsQueries = (storage: ProjectionStorage) => ({
  rounds: async (q: RoundsQuery): Promise<E.Either<QueryError, Page<RoundDoc>>> => {
    const { offset, limit } = pageOf(q);
    const where = all([
      eq('council_id', q.councilId),
      eq('level', q.level),
      eq('province', q.province),
      eq('year', q.year),
      q.open === undefined ? undefined : eq('closed', q.open ? 0 : 1),
    ]);
    return E.map(paged<RoundDoc>(offset, limit))(
      await queryDocs(storage, roundsAndCouncils, 'rounds', RoundDoc.is, {
        where,
        orderBy: [{ column: 'opened_on', direction: 'desc' }],
        offset,
        limit,
      }),
    );
  },
  /** A round with its dossiers, in the order they were assigned. */
  round: async (roundId: string): Promise<E.Either<QueryError, RoundView | undefined>> => {
    const round = await docByKey(storage, roundsAndCouncils, 'rounds', RoundDoc.is, roundId);
    if (E.isLeft(round)) return round;
    if (round.right === undefined) return E.right(undefined);
    const dossiers: RoundDossierDoc[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await queryDocs(storage, roundsAndCouncils, 'dossiers', RoundDossierDoc.is, {
        where: { op: 'eq', column: 'round_id', value: roundId },
        orderBy: [{ column: 'assigned_at', direction: 'asc' }],
        offset,
        limit: 1000,
      });
      if (E.isLeft(page)) return page;
      dossiers.push(...page.right.docs);
      if (dossiers.length >= page.right.total || page.right.docs.length === 0) break;
    }
    return E.right({ ...round.right, dossiers });
  },
  councils: async (q: CouncilsQuery): Promise<E.Either<QueryError, Page<CouncilDoc>>> => {
    const { offset, limit } = pageOf(q);
    const where = all([eq('level', q.level), eq('province', q.province), eq('rule_set', q.ruleSet)]);
    return E.map(paged<CouncilDoc>(offset, limit))(
      await queryDocs(storage, roundsAndCouncils, 'councils', CouncilDoc.is, { where, orderBy: [], offset, limit }),
    );
  },
  council: (councilId: string): Promise<E.Either<QueryError, CouncilDoc | undefined>> =>
    docByKey(storage, roundsAndCouncils, 'councils', CouncilDoc.is, councilId),
});
