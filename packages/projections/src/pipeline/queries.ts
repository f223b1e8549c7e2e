import { either as E } from 'fp-ts';
import type { LocalDate } from '@ocop/kernel';
import { inAreas } from '../core/areas.js';
import { all, type Condition } from '../core/condition.js';
import { docByKey, pageOf, queryDocs, type Page, type Paging, type QueryError } from '../core/view.js';
import type { ProjectionStorage } from '../storage/storage.js';
import { DossierDoc, type DeadlineDoc } from './docs.js';
import { dossierPipeline } from './model.js';

export interface PipelineQuery extends Paging {
  /** The day on which deadlines are judged: a step not done by its last day is overdue after it. */
  readonly today: LocalDate;
  readonly stage?: string;
  readonly level?: string;
  readonly kind?: string;
  readonly productId?: string;
  readonly province?: string;
  readonly commune?: string;
  /** Only dossiers still open (true) or only closed ones (false). */
  readonly open?: boolean;
  /** Only dossiers with a step overdue on `today`. */
  readonly overdue?: boolean;
}

export interface DeadlineRow extends DeadlineDoc {
  readonly overdue: boolean;
}

export interface DossierRow extends Omit<DossierDoc, 'deadlines'> {
  readonly deadlines: ReadonlyArray<DeadlineRow>;
  readonly overdue: boolean;
}

const row = (doc: DossierDoc, today: LocalDate): DossierRow => {
  const deadlines = doc.deadlines.map((d) => ({ ...d, overdue: d.doneOn === null && d.due !== null && d.due < today }));
  return { ...doc, deadlines, overdue: deadlines.some((d) => d.overdue) };
};

const eq = (column: string, value: string | undefined): Condition | undefined =>
  value === undefined ? undefined : { op: 'eq', column, value };

/** The dossier pipeline of a storage: `search` (oldest filing first) and `dossier` for one. */
export const pipelineQueries = (storage: ProjectionStorage) => ({
  search: async (q: PipelineQuery): Promise<E.Either<QueryError, Page<DossierRow>>> => {
    const { offset, limit } = pageOf(q);
    const where = all([
      eq('stage', q.stage),
      eq('level', q.level),
      eq('kind', q.kind),
      eq('product_id', q.productId),
      ...inAreas('areas', q),
      q.open === undefined ? undefined : { op: 'eq', column: 'closed', value: q.open ? 0 : 1 },
      q.overdue === undefined
        ? undefined
        : q.overdue
          ? { op: 'lt', column: 'next_due', value: q.today }
          : {
              op: 'or',
              any: [
                { op: 'isNull', column: 'next_due' },
                { op: 'ge', column: 'next_due', value: q.today },
              ],
            },
    ]);
    const found = await queryDocs(storage, dossierPipeline, 'dossiers', DossierDoc.is, {
      where,
      orderBy: [{ column: 'filed_on', direction: 'asc' }],
      offset,
      limit,
    });
    return E.map((r: { readonly docs: ReadonlyArray<DossierDoc>; readonly total: number }) => ({
      rows: r.docs.map((d) => row(d, q.today)),
      total: r.total,
      offset,
      limit,
    }))(found);
  },
  dossier: async (dossierId: string, today: LocalDate): Promise<E.Either<QueryError, DossierRow | undefined>> =>
    E.map((d: DossierDoc | undefined) => (d ? row(d, today) : undefined))(
      await docByKey(storage, dossierPipeline, 'dossiers', DossierDoc.is, dossierId),
    ),
});
