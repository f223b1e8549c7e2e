import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fail } from 'node:assert/strict';
import { either as E } from 'fp-ts';
import { EventMetadata, isEventMetadata, isNewEvent, NewEventCodec, validateEvents } from '../src/index.js';
import { event, metadata } from '../src/contract/index.js';

const reasonFor = (candidate: unknown): string => {
  const result = validateEvents([event(), candidate]);
  if (E.isRight(result) || result.left._tag !== 'InvalidEvent') return fail(`accepted ${JSON.stringify(candidate)}`);
  assert.is(result.left.index, 1);
  return result.left.reason;
};

test('valid events pass unchanged', () => {
  const batch = [event({ a: [1, 'hai', null, { b: false }] }), event({}, { metadata: metadata({ ruleSet: 'qd26-2026' }) })];
  assert.equal(validateEvents(batch), E.right(batch));
});

test('anything that is not an event is refused with a reason naming the field', () => {
  assert.match(reasonFor(null), 'event');
  assert.match(reasonFor({ ...event(), data: new Date(0) }), 'data');
  assert.match(reasonFor({ ...event(), data: { f: () => 1 } }), 'data');
  assert.match(reasonFor({ ...event(), data: [1, undefined] }), 'data');
  assert.match(reasonFor({ ...event(), data: undefined }), 'data');
  assert.match(reasonFor({ ...event(), revision: 3 }), 'unknown field "revision"');
  assert.match(reasonFor({ ...event(), schemaVersion: '1' }), 'schemaVersion');
  assert.match(reasonFor({ ...event(), metadata: { ...metadata(), businessTime: '22/05/2026' } }), 'metadata.businessTime');
  assert.match(reasonFor({ ...event(), metadata: { ...metadata(), actor: { id: 'a', role: 'r' } } }), 'metadata.actor.organisation');
  assert.match(reasonFor({ ...event(), metadata: { ...metadata(), citizenName: 'Nguyễn Văn A' } }), 'unknown field "citizenName"');
});

test('a batch that is not an array, or repeats an id, is refused', () => {
  assert.ok(E.isLeft(validateEvents({})));
  const e = event();
  assert.equal(validateEvents([e, event(), e]), E.left({ _tag: 'DuplicateEventId', eventId: e.eventId, index: 2 }));
});

test('the fast metadata check that stores run on reads agrees with the metadata codec', () => {
  const base = metadata({ ruleSet: 'qd26-2026' });
  const { actor } = base;
  const variants: ReadonlyArray<unknown> = [
    base,
    metadata(),
    { ...base, ruleSet: undefined },
    { ...base, ruleSet: '' },
    { ...base, correlationId: '  ' },
    { ...base, causationId: 7 },
    { ...base, commandId: undefined },
    { ...base, businessTime: '2026-05-22' },
    { ...base, businessTime: '2026-05-22T03:00:00.000000001Z' },
    { ...base, extra: undefined },
    { ...base, actor: [] },
    { ...base, actor: null },
    { ...base, actor: { ...actor, name: 'Nguyễn Văn A' } },
    { ...base, actor: { ...actor, organisation: '' } },
    { ...base, actor: { id: 'a', role: 'r' } },
    [],
    null,
    'metadata',
  ];
  for (const v of variants) assert.is(isEventMetadata(v), EventMetadata.is(v), JSON.stringify(v));
});

test('the fast event check that appends run agrees with the event codec', () => {
  const e = event({ a: [1, 'hai'] });
  const variants: ReadonlyArray<unknown> = [
    e,
    { ...e, eventId: e.eventId.toUpperCase() },
    { ...e, type: '' },
    { ...e, type: 'A b' },
    { ...e, schemaVersion: 0 },
    { ...e, schemaVersion: 2.5 },
    { ...e, data: undefined },
    { ...e, data: [1, undefined] },
    { ...e, data: new Date(0) },
    { ...e, metadata: { ...e.metadata, phone: '0901' } },
    { ...e, revision: 1 },
    { ...e, extra: undefined },
    [],
    null,
  ];
  for (const v of variants) assert.is(isNewEvent(v), NewEventCodec.is(v), JSON.stringify(v));
});

test.run();
