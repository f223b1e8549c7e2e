import { deepEqual, equal, ok } from 'node:assert/strict';
import { nonEmpty } from '@ocop/kernel';
import { commandEventId } from '../command/event-id.js';
import { handleCommand, type HandleCommand } from '../command/handle-command.js';
import { ExpectedRevision } from '../expected-revision.js';
import type { EventStore } from '../store.js';
import { checkOn, event, left, metadata, readStream, right, type ContractCheck, type StoreFactory } from './fixtures.js';
import { tally, tallyCodec, type TallyCommand, type TallyEvent, type TallyRefusal, type TallyState } from './tally.js';

const stream = 'Tally-1';
const { commandId: _, ...context } = metadata();

const run = (
  store: EventStore,
  command: TallyCommand,
  commandId: string,
  options: Partial<HandleCommand<TallyCommand, TallyState, TallyEvent, TallyRefusal>> = {},
) => handleCommand({ store, decider: tally, codec: tallyCodec, stream, command, commandId, metadata: context, ...options });

/** A store on which another writer adds 1 to the tally just before each of the next `times` appends. */
const withRival = (store: EventStore, times: number): EventStore => {
  let remaining = times;
  return {
    ...store,
    append: async (name, events, expected) => {
      if (remaining-- > 0) {
        const rival = event({ amount: 1 }, { type: 'Added', metadata: metadata({ commandId: 'rival' }) });
        right(await store.append(name, [rival], ExpectedRevision.any), 'the rival append');
      }
      return store.append(name, events, expected);
    },
  };
};

export const commandChecks = (factory: StoreFactory): ReadonlyArray<ContractCheck> => {
  const check = checkOn(factory);
  return [
    check('a command is decided on the folded stream and its events appended with ids from the command id', async (store) => {
      const first = right(await run(store, { type: 'Add', amount: 5 }, 'cmd-1'));
      deepEqual(first.state, { total: 5, closed: false });
      deepEqual(first.expected, ExpectedRevision.exact(0n));
      equal(first.replay, false);
      equal(first.events[0]?.eventId, commandEventId('cmd-1', 0));
      equal(first.events[0]?.metadata.commandId, 'cmd-1');
      const second = right(await run(store, { type: 'Add', amount: 2 }, 'cmd-2'));
      deepEqual(second.state, { total: 7, closed: false });
      deepEqual(second.expected, ExpectedRevision.exact(1n));
      deepEqual(await readStream(store, stream), [...first.events, ...second.events]);
    }),
    check("an event's rule set is the command's, else the one the stream pins for it, read from the state decided on", async (store) => {
      // The tally pins a rule set by its total, odd or even, so that the state decided on is what is read.
      const pinned = (state: TallyState, e: TallyEvent) => `rules-${state.total % 2 === 0 ? 'even' : 'odd'}-${e.type}`;
      const ruleSetOfEvent = async (
        commandId: string,
        options: Partial<HandleCommand<TallyCommand, TallyState, TallyEvent, TallyRefusal>>,
      ) => right(await run(store, { type: 'Add', amount: 1 }, commandId, options)).events[0]?.metadata.ruleSet;
      equal(await ruleSetOfEvent('cmd-1', { ruleSetOf: pinned }), 'rules-even-Added');
      equal(await ruleSetOfEvent('cmd-2', { ruleSetOf: pinned }), 'rules-odd-Added');
      equal(await ruleSetOfEvent('cmd-3', { metadata: { ...context, ruleSet: nonEmpty('qd26-2026') }, ruleSetOf: pinned }), 'qd26-2026');
      equal(await ruleSetOfEvent('cmd-4', { ruleSetOf: () => undefined }), undefined);
      equal(await ruleSetOfEvent('cmd-5', {}), undefined);
      deepEqual(
        (await readStream(store, stream)).map((e) => e.metadata.ruleSet),
        ['rules-even-Added', 'rules-odd-Added', 'qd26-2026', undefined, undefined],
      );
    }),
    check('a refused command returns the refusal and writes nothing', async (store) => {
      deepEqual(left(await run(store, { type: 'Add', amount: 0 }, 'cmd-1')), { _tag: 'Refused', error: 'AmountNotPositive' });
      deepEqual(await readStream(store, stream), []);
      right(await run(store, { type: 'Close' }, 'cmd-2'));
      deepEqual(left(await run(store, { type: 'Add', amount: 3 }, 'cmd-3')), { _tag: 'Refused', error: 'TallyClosed' });
      equal((await readStream(store, stream)).length, 1);
    }),
    check('a command id already handled answers with its first outcome and writes nothing', async (store) => {
      const first = right(await run(store, { type: 'Add', amount: 5 }, 'cmd-1'));
      right(await run(store, { type: 'Add', amount: 2 }, 'cmd-2'));
      const again = right(await run(store, { type: 'Add', amount: 5 }, 'cmd-1'));
      deepEqual(again, { ...first, replay: true });
      equal((await readStream(store, stream)).length, 2);
    }),
    check('when another writer gets in first, the command is read and decided again, up to maxAttempts', async (store) => {
      const outcome = right(await run(withRival(store, 1), { type: 'Add', amount: 5 }, 'cmd-1'));
      deepEqual(outcome.state, { total: 6, closed: false }, 'decided again on the state that includes the rival event');
      deepEqual(outcome.expected, ExpectedRevision.exact(1n));
      const error = left(await run(withRival(store, 2), { type: 'Add', amount: 5 }, 'cmd-2', { maxAttempts: 2 }));
      equal(error._tag, 'WrongExpectedRevision');
      deepEqual(
        (await readStream(store, stream)).map((e) => e.metadata.commandId),
        ['rival', 'cmd-1', 'rival', 'rival'],
      );
    }),
    check("the caller's expected revision is enforced and its conflict returned, not retried", async (store) => {
      right(await run(store, { type: 'Add', amount: 5 }, 'cmd-1'));
      const stale = left(await run(store, { type: 'Add', amount: 1 }, 'cmd-2', { expected: ExpectedRevision.noStream }));
      deepEqual(stale, { _tag: 'WrongExpectedRevision', stream, expected: ExpectedRevision.noStream, actual: 0n });
      const raced = left(await run(withRival(store, 1), { type: 'Add', amount: 1 }, 'cmd-3', { expected: ExpectedRevision.exact(0n) }));
      deepEqual(raced, { _tag: 'WrongExpectedRevision', stream, expected: ExpectedRevision.exact(0n), actual: 1n });
      equal((await readStream(store, stream)).length, 2);
    }),
    check('a stored event the codec cannot decode is a typed error naming it', async (store) => {
      const bad = event({ amount: 'many' }, { type: 'Added', metadata: metadata({ commandId: 'cmd-0' }) });
      right(await store.append(stream, [bad], ExpectedRevision.noStream));
      const error = left(await run(store, { type: 'Add', amount: 1 }, 'cmd-1'));
      ok(error._tag === 'UndecodableEvent', error._tag);
      equal(error.revision, 0n);
      equal(error.eventId, bad.eventId);
    }),
  ];
};
