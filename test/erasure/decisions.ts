// The auditor's trail of a product after an erasure: every rating decision the history records for it is
// explained, with its rule set, scores and outcome, read from the stored events without any key.
import * as assert from 'uvu/assert';
import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';
import { sightOf, type Vault } from '@ocop/privacy';
import { trail, type Opener, type Trail } from '@ocop/audit';
import { allEvents, right } from './support.js';

/** A council's adopted result, as the round's stream records it. */
const Adopted = t.type({
  roundId: t.string,
  dossierId: t.string,
  productId: t.string,
  attempt: t.number,
  ruleSet: t.string,
  sheets: t.array(t.type({ person: t.string, total: t.number })),
  sum: t.number,
  mean: t.number,
  stars: t.number,
  outcome: t.unknown,
});

/** A recognition decision, as the product's certification stream records it. */
const Recognised = t.type({
  productId: t.string,
  dossierId: t.string,
  ruleSet: t.string,
  stars: t.number,
  decision: t.type({ number: t.string, date: t.string, signer: t.type({ person: t.string }) }),
});

const recorded = async <A>(store: EventStore, type: string, codec: t.Decoder<unknown, A>): Promise<ReadonlyArray<A>> =>
  (await allEvents(store)).filter((e) => e.type === type).map((e) => right(codec.decode(e.data), `a ${type} that does not decode`));

/** The auditor's opener: sealed names read through the vault, erased ones as erased. */
export const auditorOpener =
  (vault: Vault): Opener =>
  async (event) => {
    const opened = await vault.unseal(event.data, sightOf('auditor'));
    return E.isLeft(opened) ? E.left(opened.left.message) : E.right(opened.right.data);
  };

/** The trail of `product`, opened as an auditor opens it, checked against what the history records. */
export const assertTrailExplains = async (store: EventStore, vault: Vault, product: string): Promise<Trail> => {
  const explained = right(await trail(store, product, { open: auditorOpener(vault) }), `no trail of ${product}`);
  assert.equal(explained.integrity.broken, [], 'a stream of the trail is broken or undecodable');

  const results = (await recorded(store, 'ResultAdopted', Adopted)).filter((r) => r.productId === product);
  assert.ok(results.length > 0, `the history rates ${product}`);
  const evaluations = explained.dossiers.flatMap((d) => d.evaluations.map((e) => ({ dossier: d.id, ...e })));
  assert.is(evaluations.length, results.length, 'the trail explains as many evaluations as were adopted');
  for (const r of results) {
    const e = evaluations.find((x) => x.dossier === r.dossierId && x.roundId === r.roundId && x.attempt === r.attempt);
    if (!e) throw new Error(`the trail does not explain the result of ${r.dossierId} in ${r.roundId}`);
    assert.equal(
      {
        ruleSet: e.ruleSet,
        sheets: e.sheets.map((s) => [s.member.id, s.total]),
        sum: e.sum,
        mean: e.mean,
        stars: e.stars,
        outcome: e.outcome,
      },
      {
        ruleSet: r.ruleSet,
        sheets: r.sheets.map((s) => [s.person, s.total]),
        sum: r.sum,
        mean: r.mean,
        stars: r.stars,
        outcome: r.outcome,
      },
    );
    assert.equal(e.recomputed, { matches: true, differences: [] }, `the result of ${r.dossierId} recomputes under ${r.ruleSet}`);
  }

  const decisions = (await recorded(store, 'RecognitionDecided', Recognised)).filter((d) => d.productId === product);
  assert.ok(decisions.length > 0, `the history recognises ${product}`);
  for (const d of decisions) {
    const made = explained.dossiers.find((x) => x.id === d.dossierId)?.decision;
    if (made?.kind !== 'recognised') throw new Error(`the trail does not explain the recognition of ${d.dossierId}`);
    assert.equal(
      { ruleSet: made.ruleSet, stars: made.stars, number: made.decision.number, date: made.decision.date, signer: made.decision.signer.id },
      { ruleSet: d.ruleSet, stars: d.stars, number: d.decision.number, date: d.decision.date, signer: d.decision.signer.person },
    );
    // Others' names still open: what the trail does not name was not lost to the erasure.
    assert.ok(made.decision.signer.name !== undefined && !made.decision.signer.erased, `the signer of ${d.dossierId} is named`);
  }
  return explained;
};
