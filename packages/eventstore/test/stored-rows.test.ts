import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { fromStoredRows, storedEvent, type GlobalPosition } from '../src/index.js';
import { metadata } from '../src/contract/index.js';

interface Row {
  readonly stream: string;
  readonly revision: bigint;
  readonly position: GlobalPosition;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedTime: string;
  readonly hash: string;
  readonly previousHash: string | null;
}

const row = (n: number, overrides: Partial<Row> = {}): Row => ({
  stream: 'Dossier-1',
  revision: BigInt(n),
  position: { commit: 9n, prepare: BigInt(n) },
  eventId: `0b4e7a3c-9f5d-4c2e-8a1b-3d6f9e2c7a1${n}`,
  type: 'DossierFiled',
  schemaVersion: 1,
  data: '{"product":"Gạo Đức Lan"}',
  metadata: JSON.stringify(metadata()),
  recordedTime: '2026-05-22T03:00:00.000Z',
  hash: 'h',
  previousHash: null,
  ...overrides,
});

const toEvent = (r: Row) =>
  storedEvent(
    r.stream,
    r.revision,
    r.position,
    r.eventId,
    r.type,
    r.schemaVersion,
    r.data,
    r.metadata,
    r.recordedTime,
    r.hash,
    r.previousHash,
  );

const reasonFor = (rows: ReadonlyArray<Row>): string => {
  const result = fromStoredRows(rows, toEvent);
  return E.isLeft(result) ? result.left.reason : 'read';
};

test('stored rows read back as events, data and metadata parsed', () => {
  const result = fromStoredRows([row(0), row(1)], toEvent);
  assert.ok(E.isRight(result));
  if (E.isRight(result)) assert.equal(result.right[1]?.data, { product: 'Gạo Đức Lan' });
});

test('a row edited out of shape is a CorruptEvent, also right after rows that were fine', () => {
  assert.is(reasonFor([row(0), row(1, { stream: '' })]), 'the stream name "" is malformed');
  assert.is(reasonFor([row(0), row(1, { recordedTime: '22/05/2026' })]), 'recordedTime is not an instant');
  assert.is(
    reasonFor([row(0), row(1, { metadata: JSON.stringify({ ...metadata(), businessTime: 'yesterday' }) })]),
    'metadata is malformed',
  );
  assert.is(reasonFor([row(0), row(1, { data: '{"product":' })]), 'data is not JSON');
});

test.run();
