import { either as E } from 'fp-ts';
import { addDays, type LocalDate } from '@ocop/kernel';
import { qd26_2026 } from '@ocop/rules';
import {
  DossierDoc,
  ProductDoc,
  dossierPipeline,
  productRegistry,
  queryDocs,
  type ProjectionStorage,
  type QueryError,
} from '@ocop/projections';

const pageSize = 500;

/** Every document a query finds, page by page (a clock run may find more than one page). */
const everyDoc = async <Doc>(
  page: (offset: number) => Promise<E.Either<QueryError, { readonly docs: ReadonlyArray<Doc>; readonly total: number }>>,
): Promise<E.Either<QueryError, ReadonlyArray<Doc>>> => {
  const docs: Doc[] = [];
  for (;;) {
    const found = await page(docs.length);
    if (E.isLeft(found)) return found;
    docs.push(...found.right.docs);
    if (found.right.docs.length === 0 || docs.length >= found.right.total) return E.right(docs);
  }
};

/**
 * The products whose current certificate is recorded valid and expires within `horizonDays` (or has
 * expired): the registry's columns narrow the certification streams to load to those an expiry or a
 * reminder may be due on.
 */
export const productsNearingEnd = async (
  storage: ProjectionStorage,
  today: LocalDate,
  horizonDays: number,
): Promise<E.Either<QueryError, ReadonlyArray<string>>> =>
  E.map((docs: ReadonlyArray<ProductDoc>) => docs.map((d) => d.productId))(
    await everyDoc((offset) =>
      queryDocs(storage, productRegistry, 'products', ProductDoc.is, {
        where: {
          op: 'and',
          all: [
            { op: 'eq', column: 'cert_state', value: 'valid' },
            { op: 'le', column: 'expires_on', value: addDays(today, horizonDays) },
          ],
        },
        orderBy: [],
        offset,
        limit: pageSize,
      }),
    ),
  );

/** The open dossiers filed before QĐ 26/2026 took effect: the only ones that may lapse (Art. 12.2). */
export const openTransitionalDossiers = async (storage: ProjectionStorage): Promise<E.Either<QueryError, ReadonlyArray<string>>> =>
  E.map((docs: ReadonlyArray<DossierDoc>) => docs.map((d) => d.dossierId))(
    await everyDoc((offset) =>
      queryDocs(storage, dossierPipeline, 'dossiers', DossierDoc.is, {
        where: {
          op: 'and',
          all: [
            { op: 'eq', column: 'closed', value: 0 },
            { op: 'lt', column: 'filed_on', value: qd26_2026.inForce.from },
          ],
        },
        orderBy: [{ column: 'filed_on', direction: 'asc' }],
        offset,
        limit: pageSize,
      }),
    ),
  );
