import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { checkExpected, ExpectedRevision, streamName, type ExpectedRevision as Expected } from '../src/index.js';

const stream = streamName('Dossier-1');
const holds = (expected: Expected, current: bigint | undefined): boolean => E.isRight(checkExpected(stream, expected, current));

test('every expectation, on a missing stream and on a stream whose last revision is 2', () => {
  const table: ReadonlyArray<[Expected, boolean, boolean]> = [
    [ExpectedRevision.any, true, true],
    [ExpectedRevision.noStream, true, false],
    [ExpectedRevision.streamExists, false, true],
    [ExpectedRevision.exact(2n), false, true],
    [ExpectedRevision.exact(1n), false, false],
    [ExpectedRevision.exact(0n), false, false],
  ];
  for (const [expected, onMissing, onExisting] of table) {
    assert.is(
      holds(expected, undefined),
      onMissing,
      `${JSON.stringify(expected, (_, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))} on a missing stream`,
    );
    assert.is(holds(expected, 2n), onExisting);
  }
});

test("a conflict names the stream's actual revision, or noStream (never a number parsed from it)", () => {
  assert.equal(
    checkExpected(stream, ExpectedRevision.exact(0n), undefined),
    E.left({ _tag: 'WrongExpectedRevision', stream, expected: ExpectedRevision.exact(0n), actual: 'noStream' }),
  );
  assert.equal(
    checkExpected(stream, ExpectedRevision.noStream, 4n),
    E.left({ _tag: 'WrongExpectedRevision', stream, expected: ExpectedRevision.noStream, actual: 4n }),
  );
});

test('after a revision comes Exact, after nothing NoStream', () => {
  assert.equal(ExpectedRevision.after(3n), ExpectedRevision.exact(3n));
  assert.equal(ExpectedRevision.after(undefined), ExpectedRevision.noStream);
});

test.run();
