// Queries narrowed before paging (an office's plans, a subject's products in a large registry), `asOf` on a
// stream's history and on a member's sheet, and the one cache of past days: shared builds, a bound on them.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { date, instant, nonEmpty, type LocalDate } from '@ocop/kernel';
import { ProductId, SubjectId } from '@ocop/domain';
import { memoryStore } from '@ocop/eventstore';
import { createLedger } from '@ocop/ledger';
import { memoryStorage, type ProjectionStorage } from '@ocop/projections';
import { offices } from '@ocop/example-tanh-linh-2024';
import type { Problem } from '../src/http/problem.js';
import { asOfViews } from '../src/queries/as-of-views.js';
import { accounts, memberAccount } from './support/accounts.js';
import { at, client, eventually, items, startTestHost, type Answer, type TestHost } from './support/host.js';
import { lamDongRoundCouncil, registerHtxThu } from './support/bodies.js';

const ok = (a: Answer, status = 200): Answer => {
  assert.is(a.status, status, a.text);
  return a;
};
const etag = (a: Answer): Readonly<Record<string, string>> => ({ 'if-match': a.headers.get('etag') ?? '' });
const ids = (a: Answer, field: string): ReadonlyArray<unknown> => items(a.body, 'rows').map((r) => at(r, field));

const http = suite('queries over HTTP');
let host: TestHost;
let now = new Date('2026-12-01T03:00:00.000Z');
const setDay = (day: string): void => {
  now = new Date(`${day}T03:00:00.000Z`);
};

http.before(async () => {
  host = await startTestHost('sqlite', { clock: () => now });
});
http.after(async () => {
  await host.dispose();
});

const plan = (area: { readonly province: string; readonly commune?: string }, year: number) => ({
  area,
  year,
  targets: { cooperativeShare: 0.2 },
  plan: { title: `Kế hoạch OCOP ${year}`, issuedBy: 'UBND', issuedOn: `${year}-01-10` },
});

http('an office reads its own plans in full pages, with their total; a commune its own; another province is refused', async () => {
  // Given plans of Hà Nội (01) in the same years as Lâm Đồng's (68), and one of the commune of Tánh Linh,
  setDay('2026-12-01');
  const hanoi = client(host, await host.token(accounts.otherOffice));
  const lamDong = client(host, await host.token(accounts.office));
  const commune = client(host, await host.token(accounts.commune));
  for (const year of [2020, 2021, 2022, 2023]) {
    ok(await hanoi.post(`/api/plans/01.${year}/commands/SetProgrammeTargets`, plan({ province: '01' }, year)), 201);
    ok(await lamDong.post(`/api/plans/68.${year}/commands/SetProgrammeTargets`, plan({ province: '68' }, year)), 201);
  }
  ok(await commune.post('/api/plans/68.23149.2026/commands/SetProgrammeTargets', plan({ province: '68', commune: '23149' }, 2026)), 201);
  const auditor = client(host, await host.token(accounts.auditor));
  await eventually(
    'the plans projected',
    () => auditor.get('/api/plans'),
    (a) => at(a.body, 'total') === 10,
  );
  // when Lâm Đồng's office reads them two at a time,
  const pages = [0, 2, 4].map((offset) => lamDong.get(`/api/plans?limit=2&offset=${offset}`));
  const [first, second, third] = await Promise.all(pages);
  if (first === undefined || second === undefined || third === undefined) throw new Error('three pages');
  // then every page is full, Bình Thuận's plan (60, merged into 68) is among them, and the total is its own;
  assert.equal(
    [ids(first, 'year'), ids(second, 'year'), ids(third, 'year')],
    [
      [2020, 2021],
      [2022, 2023],
      [2024, 2026],
    ],
  );
  assert.equal(
    [first, second, third].map((p) => at(p.body, 'total')),
    [6, 6, 6],
  );
  assert.equal(at(items(third.body, 'rows')[0], 'area'), { province: '60', district: '599' });
  // a commune reads its own plan, and naming another province is refused.
  const own = ok(await commune.get('/api/plans'));
  assert.equal([ids(own, 'year'), at(own.body, 'total')], [[2026], 1]);
  assert.is(ok(await lamDong.get('/api/plans?province=01'), 403).status, 403);
  // As of the day before they were set, Lâm Đồng had Bình Thuận's plan only.
  const before = ok(await lamDong.get('/api/plans?asOf=2026-11-30'));
  assert.equal([ids(before, 'year'), at(before.body, 'total')], [[2024], 1]);
});

http('a subject lists all its products across pages, with their total, whatever the size of the registry', async () => {
  setDay('2026-12-02');
  // Given a registry of more than a thousand products of another subject, named so that they sort first,
  const ledger = createLedger(host.store);
  const by = offices.commune('Tánh Linh');
  const owner = 'hkd-hai-yen';
  if (!SubjectId.is(owner)) throw new Error(owner);
  for (let i = 0; i < 1005; i++) {
    const productId = `bulk-${String(i).padStart(4, '0')}`;
    if (!ProductId.is(productId)) throw new Error(productId);
    const done = await ledger.execute({
      aggregate: 'product',
      id: productId,
      commandId: `register-${productId}`,
      command: {
        type: 'RegisterProduct',
        data: { productId, subjectId: owner, name: nonEmpty(`Bánh ${i}`), sheet: 8, at: instant(now.toISOString()), by },
      },
    });
    if (E.isLeft(done)) throw new Error(JSON.stringify(done.left));
  }
  // and a cooperative with five products of its own, named after them,
  const subject = client(host, await host.token(accounts.subject));
  ok(await subject.post('/api/subjects/htx-thu/commands/RegisterSubject', registerHtxThu), 201);
  const names = ['Trà atiso', 'Trà gừng', 'Trà sả', 'Trà sen', 'Trà xanh'];
  for (const [i, name] of names.entries())
    ok(
      await subject.post(`/api/products/tra-${i}/commands/RegisterProduct`, {
        productId: `tra-${i}`,
        subjectId: 'htx-thu',
        name,
        sheet: 8,
      }),
      201,
    );
  const auditor = client(host, await host.token(accounts.auditor));
  for (const id of ['bulk-1004', 'tra-4'])
    await eventually(
      `${id} projected`,
      () => auditor.get(`/api/products/${id}`),
      (a) => a.status === 200,
    );
  // when the cooperative reads its products two at a time, then it finds all five, in name order, with their total;
  const pages = await Promise.all([0, 2, 4].map((offset) => subject.get(`/api/products?limit=2&offset=${offset}`)));
  assert.equal(
    pages.map((p) => ids(p, 'name')),
    [['Trà atiso', 'Trà gừng'], ['Trà sả', 'Trà sen'], ['Trà xanh']],
  );
  assert.equal(
    pages.map((p) => [at(p.body, 'total'), at(p.body, 'offset'), at(p.body, 'limit')]),
    [
      [5, 0, 2],
      [5, 2, 2],
      [5, 4, 2],
    ],
  );
  // and filters and sorting read its own products as the registry's search does.
  const desc = ok(await subject.get('/api/products?sort=name&direction=desc&limit=3'));
  assert.equal([ids(desc, 'name'), at(desc.body, 'total')], [['Trà xanh', 'Trà sen', 'Trà sả'], 5]);
  const found = ok(await subject.get('/api/products?text=SEN'));
  assert.equal([ids(found, 'productId'), at(found.body, 'total')], [['tra-3'], 1]);
  const never = ok(await subject.get('/api/products?status=certified'));
  assert.is(at(never.body, 'total'), 0);
  const elsewhere = ok(await subject.get('/api/products?province=01'));
  assert.is(at(elsewhere.body, 'total'), 0);
});

http('subjects are listed within the caller’s area, by name without diacritics, paged; a subject sees itself', async () => {
  const lamDong = client(host, await host.token(accounts.office));
  const all = ok(await lamDong.get('/api/subjects?limit=100'));
  const total = Number(at(all.body, 'total'));
  assert.ok(total >= 8, `${total} subjects in Lâm Đồng`);
  assert.ok(ids(all, 'subjectId').includes('hkd-hai-yen'), 'registered in Bình Thuận, found under Lâm Đồng');
  assert.equal(ids(ok(await lamDong.get('/api/subjects?text=ho%20kinh%20doanh%20HAI%20yen')), 'subjectId'), ['hkd-hai-yen']);
  const page = ok(await lamDong.get('/api/subjects?offset=1&limit=2'));
  assert.equal([at(page.body, 'total'), ids(page, 'subjectId')], [total, ids(all, 'subjectId').slice(1, 3)]);
  const commune = ok(await client(host, await host.token(accounts.commune)).get('/api/subjects?limit=100'));
  const inCommune = Number(at(commune.body, 'total'));
  assert.ok(inCommune > 0 && inCommune < total, `${inCommune} of ${total} in the commune`);
  const hanoi = client(host, await host.token(accounts.otherOffice));
  assert.is(at(ok(await hanoi.get('/api/subjects')).body, 'total'), 0);
  assert.is(at((await hanoi.get('/api/subjects?province=68')).body, 'rule'), 'OutsideArea');
  const own = ok(await client(host, await host.token(accounts.otherSubject)).get('/api/subjects'));
  assert.equal([at(own.body, 'total'), ids(own, 'subjectId')], [1, ['hkd-hai-yen']]);
});

http('an auditor searches the rating decisions of every product by kind, rule set and days, paged', async () => {
  const auditor = client(host, await host.token(accounts.auditor));
  const all = ok(await auditor.get('/api/decisions?limit=1000'));
  const total = Number(at(all.body, 'total'));
  assert.ok(total > 20, `${total} decisions`);
  const revocations = ok(await auditor.get('/api/decisions?kind=revocation'));
  assert.ok(Number(at(revocations.body, 'total')) >= 1);
  assert.ok(ids(revocations, 'kind').every((k) => k === 'revocation'));
  // A signer's name is disclosed to the auditor, as on a product's trail.
  assert.ok(items(revocations.body, 'rows').every((r) => typeof at(r, 'decision', 'signer', 'name', 'value', 'fullName') === 'string'));
  const of2023 = ok(await auditor.get('/api/decisions?ruleSet=qd148-2023&from=2023-01-01&to=2023-12-31&limit=1000'));
  const days = ids(of2023, 'on').map(String);
  assert.ok(days.length > 0 && days.every((d) => d >= '2023-01-01' && d <= '2023-12-31'));
  assert.ok(ids(of2023, 'ruleSet').every((r) => r === 'qd148-2023'));
  const page = ok(await auditor.get('/api/decisions?offset=2&limit=3'));
  assert.equal([at(page.body, 'total'), ids(page, 'eventId')], [total, ids(all, 'eventId').slice(2, 5)]);
  assert.is((await auditor.get('/api/decisions?kind=promotion')).status, 400);
});

http('a stream’s history as of a day holds the events of that day and before', async () => {
  // Given a plan set on 3 December and revised on 5 December,
  const lamDong = client(host, await host.token(accounts.office));
  setDay('2026-12-03');
  const set = ok(await lamDong.post('/api/plans/68.2030/commands/SetProgrammeTargets', plan({ province: '68' }, 2030)), 201);
  setDay('2026-12-05');
  ok(await lamDong.post('/api/plans/68.2030/commands/SetProgrammeTargets', plan({ province: '68' }, 2030), etag(set)));
  const auditor = client(host, await host.token(accounts.auditor));
  const revisions = async (asOf?: string) => {
    const a = await auditor.get(`/api/streams/ProgrammePlan-68.2030/events${asOf === undefined ? '' : `?asOf=${asOf}`}`);
    return a.status === 200 ? items(a.body, 'events').map((e) => at(e, 'revision')) : a.status;
  };
  // when it is read as of each day, then a day before an event leaves it out, and a day before the first finds none.
  assert.equal(await revisions(), ['0', '1']);
  assert.equal(await revisions('2026-12-05'), ['0', '1']);
  assert.equal(await revisions('2026-12-04'), ['0']);
  assert.equal(await revisions('2026-12-02'), 404);
  assert.is((await auditor.get('/api/streams/ProgrammePlan-68.2030/events?asOf=yesterday')).status, 400);
});

http('a member’s sheet as of a day: not yet submitted the day before, submitted that day', async () => {
  // Given a round opened on 7 December, and a member's sheet submitted on 9 December,
  const office = client(host, await host.token(accounts.office));
  setDay('2026-12-07');
  const opened = ok(
    await office.post('/api/rounds/dot-asof/commands/OpenRound', {
      roundId: 'dot-asof',
      councilId: 'hd-lam-dong-2026',
      level: 'province',
      year: 2026,
      number: 5,
      extra: true,
      council: lamDongRoundCouncil,
      province: '68',
      lastDay: '2026-12-30',
    }),
    201,
  );
  const assigned = ok(
    await office.post(
      '/api/rounds/dot-asof/commands/AssignDossier',
      {
        dossierId: 'hs-2026-cha-ca-danh-gia-lai',
        productId: 'cha-ca-that-lat',
        sheet: 8,
        ruleSet: 'qd26-2026',
        kind: 'reEvaluation',
        filedOn: '2026-06-10',
      },
      etag(opened),
    ),
  );
  setDay('2026-12-09');
  const { answersFor } = await import('@ocop/example-tanh-linh-2024');
  const { findSheet, qd26_2026 } = await import('@ocop/rules');
  const sheet = findSheet(qd26_2026.sheets, 8);
  if (!sheet) throw new Error('sheet 8');
  const nmt = client(host, await host.token(memberAccount('ld-nmt')));
  ok(
    await nmt.post(
      '/api/rounds/dot-asof/commands/SubmitSheet',
      { dossierId: 'hs-2026-cha-ca-danh-gia-lai', person: 'ld-nmt', input: { answers: answersFor(sheet, 3, 66) }, opinion: 'Đạt' },
      etag(assigned),
    ),
  );
  const path = '/api/rounds/dot-asof/dossiers/hs-2026-cha-ca-danh-gia-lai/sheets/ld-nmt';
  // when its author reads it as of each day, then it is there from the day it was submitted, sealed.
  const today = ok(await nmt.get(path));
  assert.equal([at(today.body, 'person'), at(today.body, 'sealed')], ['ld-nmt', true]);
  const thatDay = ok(await nmt.get(`${path}?asOf=2026-12-09`));
  assert.equal(thatDay.body, today.body);
  const dayBefore = await nmt.get(`${path}?asOf=2026-12-08`);
  assert.is(dayBefore.status, 404, dayBefore.text);
  assert.match(String(at(dayBefore.body, 'detail')), /no sheet/);
  const beforeTheRound = await nmt.get(`${path}?asOf=2026-12-06`);
  assert.is(beforeTheRound.status, 404, beforeTheRound.text);
  assert.match(String(at(beforeTheRound.body, 'detail')), /not open by 2026-12-06/);
});

http.run();

const cache = suite('the cache of past days');

/** A build the test finishes when it wants, and storages that count their closing. */
const controlled = () => {
  const builds: Array<{ readonly asOf: LocalDate; readonly finish: () => void }> = [];
  const closed: LocalDate[] = [];
  const build = (asOf: LocalDate): Promise<E.Either<Problem, ProjectionStorage>> =>
    new Promise((resolve) => {
      const storage = memoryStorage();
      const counted: ProjectionStorage = {
        ...storage,
        close: () => {
          closed.push(asOf);
          return storage.close();
        },
      };
      builds.push({ asOf, finish: () => resolve(E.right(counted)) });
    });
  const deps = { store: memoryStore(), storage: memoryStorage(), readModels: [], clock: () => new Date() };
  return { builds, closed, build, deps };
};

/** Reads a day and answers which storage it was given, holding it until `until` settles. */
const reader =
  (until: Promise<void> = Promise.resolve()) =>
  async (storage: ProjectionStorage): Promise<E.Either<Problem, ProjectionStorage>> => {
    await until;
    return E.right(storage);
  };

const settled = (): Promise<void> => new Promise((r) => setImmediate(r));

cache('requests for the same day share one build; beyond the builds allowed at once, 503 AsOfBusy with Retry-After', async () => {
  const c = controlled();
  const views = asOfViews(c.deps, { build: c.build, building: 2, days: 4 });
  const d1 = date('2026-01-01');
  // Given two requests for one day and one for another, still building,
  const a = views.read(d1, reader());
  const b = views.read(d1, reader());
  const other = views.read(date('2026-02-01'), reader());
  await settled();
  assert.equal(
    c.builds.map((x) => x.asOf),
    [d1, '2026-02-01'],
    'one build per day',
  );
  // when a third day is asked for, then it is refused until a build is done;
  const busy = await views.read(date('2026-03-01'), reader());
  assert.ok(E.isLeft(busy));
  if (E.isLeft(busy)) {
    assert.equal([busy.left.status, busy.left.rule, busy.left.headers?.['Retry-After']], [503, 'AsOfBusy', '2']);
  }
  for (const x of c.builds) x.finish();
  const [ra, rb, ro] = await Promise.all([a, b, other]);
  assert.ok(E.isRight(ra) && E.isRight(rb) && E.isRight(ro));
  if (E.isRight(ra) && E.isRight(rb) && E.isRight(ro)) {
    assert.ok(ra.right === rb.right, 'the same storage');
    assert.ok(ra.right !== ro.right);
  }
  // and once done, the third day builds, and the first is served without building again.
  const later = views.read(date('2026-03-01'), reader());
  await settled();
  c.builds[2]?.finish();
  assert.ok(E.isRight(await later));
  assert.ok(E.isRight(await views.read(d1, reader())));
  assert.is(c.builds.length, 3);
  // Without a day, the live read models are read.
  const live = await views.read(undefined, reader());
  assert.ok(E.isRight(live) && live.right === c.deps.storage);
});

cache('beyond the days kept, the least recently read is dropped, and closed once no request reads it', async () => {
  const c = controlled();
  const views = asOfViews(c.deps, { build: c.build, building: 4, days: 2 });
  const read = async (day: string, until?: Promise<void>) => {
    const r = views.read(date(day), reader(until));
    await settled();
    for (const x of c.builds) x.finish();
    return r;
  };
  // Given two days kept, the first read again after the second (so the second is the least recently read),
  await read('2026-01-01');
  await read('2026-01-02');
  await read('2026-01-01');
  // when a third day is built, then the second is dropped and closed;
  await read('2026-01-03');
  assert.equal(c.closed, ['2026-01-02']);
  // a day dropped while a request still reads it is closed when that request is done,
  let release = (): void => undefined;
  const held = new Promise<void>((r) => {
    release = r;
  });
  const reading = read('2026-01-01', held);
  await settled();
  await read('2026-01-04');
  await read('2026-01-05');
  assert.equal(c.closed, ['2026-01-02', '2026-01-03'], 'not while it is read');
  release();
  await reading;
  await settled();
  assert.equal(c.closed, ['2026-01-02', '2026-01-03', '2026-01-01']);
  // and closing the cache closes the days it keeps, and refuses new ones.
  await views.close();
  assert.equal([...c.closed].sort(), ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']);
  const after = await views.read(date('2026-01-06'), reader());
  assert.ok(E.isLeft(after) && after.left.status === 503);
});

cache.run();
