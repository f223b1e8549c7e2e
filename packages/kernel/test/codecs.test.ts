import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { decodeWith, describeFailure, foldVietnamese, Instant, NonEmptyString, strict } from '../src/index.js';

const Person = strict('Person', { name: NonEmptyString, role: t.keyof({ chair: null, member: null }) }, { phone: t.string });
const Council = strict('Council', { members: t.array(Person) }, {});

test('a strict codec keeps declared fields and refuses unknown ones, naming each', () => {
  assert.equal(decodeWith(Person)({ name: 'Lan', role: 'chair' }), E.right({ name: 'Lan', role: 'chair' }));
  const r = decodeWith(Person, 'person')({ name: 'Lan', role: 'boss', nickname: 'L' });
  assert.ok(E.isLeft(r));
  if (E.isLeft(r))
    assert.equal(r.left.errors, [
      { path: 'nickname', message: 'unknown field "nickname"' },
      { path: 'role', message: 'expected one of "chair", "member", got "boss"' },
    ]);
});

test('errors in nested values carry their full path', () => {
  const r = decodeWith(
    Council,
    'council',
  )({
    members: [
      { name: 'Lan', role: 'chair' },
      { name: ' ', role: 'member', age: 3 },
    ],
  });
  assert.ok(E.isLeft(r));
  if (E.isLeft(r))
    assert.is(describeFailure(r.left), 'council: members.1.age: unknown field "age"; members.1.name: expected NonEmptyString, got " "');
});

test('a missing required field says so', () => {
  const r = decodeWith(Person, 'person')({ role: 'member' });
  assert.ok(E.isLeft(r) && r.left.errors[0]?.message === 'is required (NonEmptyString)');
});

test('encoding drops absent optional fields', () => {
  assert.equal(Person.encode({ name: 'Lan' as NonEmptyString, role: 'member' }), { name: 'Lan', role: 'member' });
});

test('instants are ISO 8601 in UTC', () => {
  assert.ok(Instant.is('2026-05-22T03:00:00.000Z'));
  assert.not.ok(Instant.is('2026-05-22 03:00'));
  assert.not.ok(Instant.is('2026-05-22T03:00:00+07:00'));
});

test('Vietnamese names fold to plain lower-case letters for search', () => {
  assert.is(foldVietnamese('Gạo Đức Lan'), 'gao duc lan');
  assert.is(foldVietnamese('  Tinh bột nghệ   Đông Đan '), 'tinh bot nghe dong dan');
  assert.is(foldVietnamese('THỊT THỎ SẤY GÁC BẾP'), 'thit tho say gac bep');
});

test.run();
