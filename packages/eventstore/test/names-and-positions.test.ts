import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { categoryOf, comparePositions, parsePosition, parseStreamName, positionToString, start, streamName } from '../src/index.js';

test('a stream name is Category-id: a letter-led category, a dash, then an id of letters, digits and . _ : ~ -', () => {
  for (const good of ['Dossier-2026.HN.0042', 'Subject-htx:duc-lan', 'Certificate-a~b_c', 'x-1'])
    assert.ok(E.isRight(parseStreamName(good)), good);
  for (const bad of ['', 'Dossier', 'Dossier-', '-1', '9Dossier-1', 'Hồsơ-1', 'Dossier-1 2', 'Dossier-a/b', 42])
    assert.ok(E.isLeft(parseStreamName(bad)), String(bad));
  assert.is(categoryOf(streamName('Dossier-2026-0042')), 'Dossier');
});

test('names starting with $ are reserved and names are at most 255 characters', () => {
  const reserved = parseStreamName('$ce-Dossier');
  assert.ok(E.isLeft(reserved) && reserved.left.reason.includes('reserved'));
  assert.ok(E.isRight(parseStreamName(`D-${'x'.repeat(253)}`)));
  assert.ok(E.isLeft(parseStreamName(`D-${'x'.repeat(254)}`)));
});

test('positions order by commit, then prepare', () => {
  assert.is(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n }), -1);
  assert.is(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 0n }), 1);
  assert.is(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 1n }), 0);
  assert.is(comparePositions(start, { commit: 0n, prepare: 1n }), -1);
});

test('checkpoint strings round-trip and sort like the positions they stand for', () => {
  const positions = [start, { commit: 7n, prepare: 120n }, { commit: 7n, prepare: 1000n }, { commit: 18446744073709551615n, prepare: 1n }];
  for (const p of positions) assert.equal(parsePosition(positionToString(p)), E.right(p));
  const strings = positions.map(positionToString);
  assert.equal([...strings].sort(), strings);
  assert.is(positionToString({ commit: 7n, prepare: 120n }), '00000000000000000007:00000000000000000120');
  for (const bad of ['', '7', '7:', 'a:b', '-1:2', '18446744073709551616:0', '1:2:3']) assert.ok(E.isLeft(parsePosition(bad)), bad);
});

test.run();
