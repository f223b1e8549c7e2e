// One history, three readers: the Tánh Linh history written through the ledger into SQLite, then read back by
// the domain (each product's certification state folded from its stream), by the read models (rebuilt from
// zero) and by the auditor's tools (verify, trail). They must tell the same story, certificate by certificate.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { trail, verify } from '@ocop/audit';
import type { EventStore } from '@ocop/eventstore';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { date } from '@ocop/kernel';
import type { Ledger } from '@ocop/ledger';
import { allReadModels, buildAsOf, registryQueries, type ProjectionStorage } from '@ocop/projections';
import { openSqliteStore } from '@ocop/store-sqlite';

const right = <A>(e: E.Either<unknown, A>, what: string): A => {
  if (E.isLeft(e)) throw new Error(`${what}: ${JSON.stringify(e.left)}`);
  return e.right;
};

// The end of the example's history: every event is on or before it.
const end = date('2026-12-31');

let dir = '';
let store: EventStore;
let ledger: Ledger;
let views: ProjectionStorage;
let products: ReadonlyArray<string> = [];

test.before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ocop-one-history-'));
  store = right(await openSqliteStore({ path: join(dir, 'ocop.sqlite') }), 'opening the store');
  ledger = await loadTanhLinh(store);
  views = right(await buildAsOf({ store, readModels: allReadModels, asOf: end }), 'building the read models');
  const page = right(await registryQueries(views).search({ today: end, offset: 0, limit: 1000 }), 'listing the products');
  products = page.rows.map((r) => r.productId);
});

test.after(async () => {
  await views.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the auditor finds nothing to report in a history written only through the deciders', async () => {
  const report = right(await verify(store), 'verifying');
  assert.equal(report.findings, []);
  assert.ok(report.clean);
});

test('the registry holds every certificate the domain holds, with the same stars, rules, dates and status', async () => {
  assert.ok(products.length >= 5, `only ${products.length} products`);
  let certificates = 0;
  for (const productId of products) {
    const state = right(await ledger.load.certification(productId), productId);
    const row = right(await registryQueries(views).product(productId, { today: end }), productId);
    const fromDomain = state.certificates.map((c) => [c.certificateId, c.dossierId, c.stars, c.ruleSet, c.issuedOn, c.expiresOn, c.status]);
    const fromRegistry = (row?.certificates ?? []).map((c) => [
      c.certificateId,
      c.dossierId,
      c.stars,
      c.ruleSet,
      c.issuedOn,
      c.expiresOn,
      c.recorded,
    ]);
    assert.equal(fromRegistry, fromDomain, productId);
    certificates += fromDomain.length;
  }
  assert.ok(certificates >= 5, `only ${certificates} certificates`);
});

test("the decision trail explains each of the domain's certificates, from unbroken chains", async () => {
  for (const productId of products) {
    const state = right(await ledger.load.certification(productId), productId);
    const t = right(await trail(store, productId, { lang: 'en' }), productId);
    assert.equal(t.integrity.broken, [], productId);
    assert.equal(
      t.certificates.map((c) => [c.id, c.dossierId, c.stars, c.ruleSet, c.issuedOn, c.expiresOn, c.status]),
      state.certificates.map((c) => [c.certificateId, c.dossierId, c.stars, c.ruleSet, c.issuedOn, c.expiresOn, c.status]),
      productId,
    );
  }
});

// QĐ 26/2026 Art. 11–12: each decision is judged under the rules that govern its dossier; every event that
// belongs to a dossier, a council or a certificate says which, in its envelope.
test('every event about a dossier, a council or a certificate records the rule set it was judged under', async () => {
  let events = 0;
  for await (const page of store.readAll()) {
    for (const e of right(page, 'reading')) {
      const category = e.stream.slice(0, e.stream.indexOf('-'));
      const aboutDossier = typeof e.data === 'object' && e.data !== null && 'dossierId' in e.data;
      if (!['Dossier', 'Council', 'Certification'].includes(category) && !(category === 'Round' && aboutDossier)) continue;
      events += 1;
      assert.ok(e.metadata.ruleSet !== undefined, `${e.stream} ${e.type} (revision ${e.revision}) names no rule set`);
    }
  }
  assert.ok(events > 100, `only ${events} events`);
});

test.run();
