import { deepEqual, equal } from 'node:assert/strict';
import { ExpectedRevision } from '../expected-revision.js';
import type { NewEvent } from '../envelope.js';
import { checkOn, event, left, metadata, readAllEvents, readStream, type ContractCheck, type StoreFactory } from './fixtures.js';

const badNames = [
  '',
  'Dossier',
  'Dossier-',
  '-42',
  '$all',
  '$ce-Dossier',
  '1Dossier-2',
  'Hồ-sơ-1',
  'Dossier-a b',
  'Dossier-a/b',
  `Dossier-${'x'.repeat(250)}`,
];

/** Each case is a valid event with one thing wrong; none of them may pass. */
const badEvents = (): ReadonlyArray<[string, NewEvent]> => {
  const withPhone = { ...metadata(), phone: '0901 234 567' };
  return [
    ['an id that is not a UUID', event({}, { eventId: 'event-1' })],
    ['an id in upper case', event({}, { eventId: '0B4E7A3C-9F5D-4C2E-8A1B-3D6F9E2C7A10' })],
    ['an empty type', event({}, { type: '' })],
    ['a type with spaces', event({}, { type: 'Dossier filed' })],
    ['schema version 0', event({}, { schemaVersion: 0 })],
    ['a fractional schema version', event({}, { schemaVersion: 1.5 })],
    ['NaN in data', event({ score: Number.NaN })],
    ['Infinity in data', event({ scores: [1, Number.POSITIVE_INFINITY] })],
    ['an empty correlation id', event({}, { metadata: metadata({ correlationId: ' ' }) })],
    ['personal data in metadata (an unknown field)', event({}, { metadata: withPhone })],
  ];
};

export const validationChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('malformed stream names are refused with a typed error and nothing is written', async (store) => {
      for (const name of badNames) {
        const error = left(await store.append(name, [event()], ExpectedRevision.any), `appending to ${JSON.stringify(name)}`);
        equal(error._tag, 'InvalidStreamName', name);
        equal(left(await store.readStream(name))._tag, 'InvalidStreamName', name);
      }
      deepEqual(await readAllEvents(store), []);
    }),
    check('an invalid event is refused by its index and nothing of its batch is written', async (store) => {
      for (const [what, bad] of badEvents()) {
        const error = left(await store.append('Test-a', [event(), bad, event()], ExpectedRevision.any), what);
        equal(error._tag, 'InvalidEvent', what);
        if (error._tag === 'InvalidEvent') equal(error.index, 1, what);
      }
      deepEqual(await readStream(store, 'Test-a'), []);
      deepEqual(await readAllEvents(store), []);
    }),
  ];
};
