import { deepEqual, equal, ok } from 'node:assert/strict';
import { either as E } from 'fp-ts';
import type { RecordedEvent } from '../envelope.js';
import { ExpectedRevision } from '../expected-revision.js';
import { eventHash } from '../hash.js';
import { verifyStream } from '../verify.js';
import { checkOn, event, events, metadata, readAllOf, readStream, right, show, type ContractCheck, type StoreFactory } from './fixtures.js';

const verifies = (stream: ReadonlyArray<RecordedEvent>): void => {
  const result = verifyStream(stream);
  ok(E.isRight(result), `the chain is broken: ${show(result)}`);
};

const utf8 = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

const text = (e: RecordedEvent, key: string): string => {
  const value: unknown = typeof e.data === 'object' && e.data !== null ? Object.getOwnPropertyDescriptor(e.data, key)?.value : undefined;
  if (typeof value !== 'string') throw new Error(`data.${key} is not a string`);
  return value;
};

export const integrityChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('every stream the store writes is a hash chain from null that verifies', async (store) => {
      for (let i = 0; i < 4; i++) right(await store.append('Test-a', events(i + 1), ExpectedRevision.any));
      right(await store.append('Test-b', events(2), ExpectedRevision.any));
      for (const name of ['Test-a', 'Test-b']) {
        const stream = await readStream(store, name);
        verifies(stream);
        equal(stream[0]?.previousHash, null);
        stream.forEach((e, i) => {
          equal(e.hash, eventHash(e), 'the hash is the shared function of the event');
          if (i > 0) equal(e.previousHash, stream[i - 1]?.hash);
        });
      }
    }),
    check('recordedTime comes from the store clock, one reading per append', async (store) => {
      right(await store.append('Test-a', events(2), ExpectedRevision.any));
      right(await store.append('Test-a', events(1), ExpectedRevision.any));
      deepEqual(
        (await readStream(store, 'Test-a')).map((e) => e.recordedTime),
        ['2026-05-22T03:00:00.000Z', '2026-05-22T03:00:00.000Z', '2026-05-22T03:00:00.001Z'],
      );
    }),
    check('Vietnamese text survives byte for byte, precomposed and combining forms as given', async (store) => {
      const nfc = 'Gạo Đức Lan'.normalize('NFC');
      const nfd = 'Tinh bột nghệ Đông Đan'.normalize('NFD');
      const data = { product: nfc, combining: nfd, [nfd]: 'khóa tổ hợp', list: ['Thịt thỏ sấy gác bếp', 'Yến sào Khánh Hòa'] };
      const meta = metadata({ actor: { id: 'cán-bộ-7', role: 'thẩm định', organisation: 'UBND xã Đức Lan' }, ruleSet: 'QĐ 26/2026' });
      right(await store.append('Product-st25', [event(data, { metadata: meta })], ExpectedRevision.noStream));
      const [stored] = await readStream(store, 'Product-st25');
      const [fromAll] = await readAllOf(store, 1);
      for (const e of [stored, fromAll]) {
        ok(e);
        deepEqual(e.data, data);
        deepEqual(e.metadata, meta);
        equal(utf8(text(e, 'product')), utf8(nfc));
        equal(utf8(text(e, 'combining')), utf8(nfd));
        ok(text(e, 'combining') !== nfd.normalize('NFC'), 'the combining form was normalised');
        deepEqual(
          Object.keys(e.data ?? {})
            .map(utf8)
            .sort(),
          Object.keys(data).map(utf8).sort(),
        );
      }
      verifies(await readStream(store, 'Product-st25'));
    }),
    check('a 1 MB event is stored whole and verifies', async (store) => {
      const text = 'Đặc sản vùng miền, '.repeat(40_000);
      const data = { text, numbers: Array.from({ length: 20_000 }, (_, i) => i * 1.5) };
      ok(Buffer.byteLength(JSON.stringify(data)) > 1_000_000);
      right(await store.append('Test-big', [event(data)], ExpectedRevision.noStream));
      const stream = await readStream(store, 'Test-big');
      deepEqual(stream[0]?.data, data);
      verifies(stream);
    }),
  ];
};
