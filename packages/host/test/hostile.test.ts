// Bad and hostile requests get a 4xx problem naming what is wrong, and leave the store as it was: every
// event id before and after is the same.
import { suite, test } from 'uvu';
import * as assert from 'uvu/assert';
import { randomBytes } from 'node:crypto';
import { nonEmpty } from '@ocop/kernel';
import { issueToken } from '../src/index.js';
import { accounts, memberAccount } from './support/accounts.js';
import { allEventIds, streamHeads } from './support/events.js';
import { at, items, client, startTestHost, type Answer, type TestHost } from './support/host.js';
import { whenPostgres } from './support/postgres.js';
import { lamDongRoundCouncil } from './support/bodies.js';

/** The same hostile requests against a host on each store. */
const hostile = (kind: 'sqlite' | 'postgres') => {
  const t = suite(kind === 'sqlite' ? 'SQLite' : 'PostgreSQL');
  let host: TestHost;
  let lastSetup = '';
  t.before(async () => {
    host = await startTestHost(kind, { bodyLimit: '16kb' });
    // A round in scoring, with one member's sheet sealed in it.
    const office = client(host, await host.token(accounts.office));
    const council = lamDongRoundCouncil;
    const opened = await office.post('/api/rounds/dot-sealed/commands/OpenRound', {
      roundId: 'dot-sealed',
      councilId: 'hd-lam-dong-2026',
      level: 'province',
      year: 2026,
      number: 4,
      extra: true,
      council,
      province: '68',
      lastDay: '2026-12-30',
    });
    assert.is(opened.status, 201, opened.text);
    const assigned = await office.post(
      '/api/rounds/dot-sealed/commands/AssignDossier',
      {
        dossierId: 'hs-2026-cha-ca-danh-gia-lai',
        productId: 'cha-ca-that-lat',
        sheet: 8,
        ruleSet: 'qd26-2026',
        kind: 'reEvaluation',
        filedOn: '2026-06-10',
      },
      { 'if-match': opened.headers.get('etag') ?? '' },
    );
    assert.is(assigned.status, 200, assigned.text);
    const { answersFor } = await import('@ocop/example-tanh-linh-2024');
    const { findSheet, qd26_2026 } = await import('@ocop/rules');
    const sheet = findSheet(qd26_2026.sheets, 8);
    if (!sheet) throw new Error('sheet 8');
    const nmt = client(host, await host.token(memberAccount('ld-nmt')));
    const submitted = await nmt.post(
      '/api/rounds/dot-sealed/commands/SubmitSheet',
      { dossierId: 'hs-2026-cha-ca-danh-gia-lai', person: 'ld-nmt', input: { answers: answersFor(sheet, 3, 66) }, opinion: 'Đạt' },
      { 'if-match': assigned.headers.get('etag') ?? '' },
    );
    assert.is(submitted.status, 200, submitted.text);
    lastSetup = String(at(items(submitted.body, 'events')[0], 'eventId'));
  });
  t.after(async () => {
    await host.dispose();
  });

  const problemOf = (a: Answer, status: number, rule?: string): void => {
    assert.is(a.status, status, a.text);
    assert.match(a.headers.get('content-type') ?? '', /application\/problem\+json/);
    if (rule !== undefined) assert.is(at(a.body, 'rule'), rule, a.text);
  };

  t('bad and hostile inputs are refused with problem details and write nothing', async () => {
    const before = await allEventIds(host.store, lastSetup);
    const touched = [
      'Product-banh-moi',
      'Product-gao-st25',
      'Dossier-hs-2026-cha-ca-danh-gia-lai',
      'Dossier-hs-2024-st25',
      'Dossier-hs-x',
      'Round-dot-sealed',
      'Subject-htx-thu',
      'Certification-cha-ca-that-lat',
    ];
    const heads = await streamHeads(host.store, touched);
    const subject = client(host, await host.token(accounts.otherSubject));
    const office = client(host, await host.token(accounts.office));
    const product = { productId: 'banh-moi', subjectId: 'hkd-hai-yen', name: 'Bánh mới', sheet: 8 };

    // Wrong types, unknown fields, the host's own fields: 400 naming each field.
    let a = await subject.post('/api/products/banh-moi/commands/RegisterProduct', { ...product, sheet: '8' });
    problemOf(a, 400, 'InvalidInput');
    assert.ok(items(a.body, 'errors').some((e) => at(e, 'path') === 'sheet'));
    a = await subject.post('/api/products/banh-moi/commands/RegisterProduct', { ...product, colour: 'red' });
    problemOf(a, 400);
    assert.match(JSON.stringify(at(a.body, 'errors')), /unknown field \\"colour\\"/);
    for (const field of ['at', 'by']) {
      a = await subject.post('/api/products/banh-moi/commands/RegisterProduct', {
        ...product,
        [field]: field === 'at' ? '2020-01-01T00:00:00.000Z' : accounts.admin,
      });
      problemOf(a, 400);
      assert.ok(
        items(a.body, 'errors').some((e) => at(e, 'path') === field),
        `${field} is refused by name`,
      );
    }
    problemOf(await subject.post('/api/products/banh-moi/commands/RegisterProduct', [product]), 400);
    problemOf(await subject.post('/api/products/banh-moi/commands/RegisterProduct', 'null'), 400);
    problemOf(await subject.post('/api/products/banh-moi/commands/RegisterProduct', '{"productId": '), 400, 'MalformedJson');
    problemOf(
      await subject.post('/api/products/banh-moi/commands/RegisterProduct', { ...product, name: 'x'.repeat(20_000) }),
      413,
      'BodyTooLarge',
    );
    problemOf(
      await subject.raw('POST', '/api/products/banh-moi/commands/RegisterProduct', 'productId=banh-moi', {
        'content-type': 'application/x-www-form-urlencoded',
      }),
      415,
    );
    problemOf(await subject.post('/api/products/banh%20moi/commands/RegisterProduct', product), 400, 'InvalidInput');
    problemOf(await subject.post('/api/products/banh-moi/commands/RegisterProduct', { ...product, productId: 'khac' }), 422, 'IdMismatch');
    problemOf(await subject.post('/api/products/banh-moi/commands/Explode', product), 404, 'NoSuchRoute');
    problemOf(await office.get('/api/products?limit=many'), 400, 'InvalidInput');
    problemOf(await office.get('/api/products?colour=red'), 400, 'InvalidInput');
    problemOf(await office.get('/api/products?asOf=2026-02-30'), 400, 'InvalidInput');

    // Tokens: none, forged, expired, unsigned, for a role that does not exist.
    const path = '/api/products/cha-ca-that-lat';
    problemOf(await client(host).get(path), 401, 'TokenRequired');
    const forged = await issueToken(randomBytes(32), accounts.admin, 3600);
    problemOf(await client(host, forged).get(path), 401, 'TokenInvalid');
    const expired = await issueToken(host.tokenSecret, accounts.admin, 60, new Date(Date.now() - 3_600_000));
    problemOf(await client(host, expired).get(path), 401, 'TokenExpired');
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...accounts.admin, iss: 'ocop-host', aud: 'ocop-host', iat: 1, exp: 4102444800 })}.`;
    problemOf(await client(host, unsigned).get(path), 401, 'TokenInvalid');
    // A role the host does not know, signed with its own secret: forged on purpose, past the type checker.
    const king = await issueToken(host.tokenSecret, { ...accounts.admin, role: 'king' } as unknown as typeof accounts.admin, 3600);
    problemOf(await client(host, king).get(path), 401, 'TokenInvalid');
    assert.match((await client(host, forged).get(path)).headers.get('www-authenticate') ?? '', /Bearer/);

    // Another area's, another subject's, another member's.
    const hanoi = client(host, await host.token(accounts.otherOffice));
    problemOf(
      await hanoi.post('/api/dossiers/hs-2026-cha-ca-danh-gia-lai/commands/CheckIntake', { complete: true }, { 'if-match': '"5"' }),
      403,
      'OutsideArea',
    );
    const suoiKiet = client(host, await host.token(accounts.otherCommune));
    problemOf(
      await suoiKiet.post('/api/products/gao-st25/commands/AssignProductCode', { code: '68-23149-1-2026' }, { 'if-match': '"1"' }),
      403,
      'OutsideArea',
    );
    problemOf(await subject.post('/api/dossiers/hs-2024-st25/commands/WithdrawDossier', {}, { 'if-match': '"9"' }), 403, 'NotYourSubject');
    problemOf(
      await subject.post('/api/dossiers/hs-x/commands/FileDossier', {
        dossierId: 'hs-x',
        productId: 'gao-st25',
        subjectId: 'hkd-hai-yen',
        subjectLegalForm: 'household',
        sheet: 3,
        kind: 'first',
        area: { province: '68', commune: '23149' },
        selfAssessment: { answers: {} },
        evidence: [],
      }),
      403,
      'NotYourProduct',
    );
    const hanoiAuthority = client(host, await host.token(accounts.otherAuthority));
    problemOf(await hanoiAuthority.get('/api/certifications/cha-ca-that-lat'), 403, 'OutsideArea');
    const member = client(host, await host.token(accounts.member));
    problemOf(await member.get('/api/rounds/dot-sealed/dossiers/hs-2026-cha-ca-danh-gia-lai/sheets/ld-nmt'), 403, 'SheetSealed');
    problemOf(await office.get('/api/rounds/dot-sealed/dossiers/hs-2026-cha-ca-danh-gia-lai/sheets/ld-nmt'), 403, 'SheetSealed');
    const auditor = client(host, await host.token(accounts.auditor));
    const history = await auditor.get('/api/streams/Round-dot-sealed/events');
    const sheetEvent = items(history.body, 'events').find((e) => at(e, 'type') === 'SheetSubmitted');
    assert.is(at(sheetEvent, 'data', 'sealed'), 'until the chair closes scoring');
    assert.is(at(sheetEvent, 'data', 'total'), undefined, 'the auditor does not see a sealed sheet’s scores either');
    const nmt = client(host, await host.token(memberAccount('ld-nmt')));
    assert.is(
      (await nmt.get('/api/rounds/dot-sealed/dossiers/hs-2026-cha-ca-danh-gia-lai/sheets/ld-nmt')).status,
      200,
      'one’s own sealed sheet',
    );
    problemOf(
      await member.post('/api/rounds/dot-sealed/commands/SubmitSheet', {
        dossierId: 'hs-2026-cha-ca-danh-gia-lai',
        person: 'ld-nmt',
        input: { answers: {} },
      }),
      403,
      'NotYourself',
    );
    const stranger = client(host, await host.token(accounts.stranger));
    problemOf(
      await stranger.post('/api/rounds/dot-sealed/commands/SubmitSheet', {
        dossierId: 'hs-2026-cha-ca-danh-gia-lai',
        person: 'tl-nn',
        input: { answers: {} },
      }),
      403,
      'NotOnCouncil',
    );
    problemOf(
      await member.post('/api/rounds/dot-sealed/commands/CloseScoring', { dossierId: 'hs-2026-cha-ca-danh-gia-lai', chair: 'ld-chair' }),
      403,
      'RoleNotAllowed',
    );
    const authority = client(host, await host.token(accounts.authority));
    problemOf(
      await authority.post('/api/certifications/cha-ca-that-lat/commands/RevokeCertificate', {
        certificateId: 'gcn-ld-2026-131',
        grounds: ['markMisuse'],
        finding: { on: '2026-11-01', body: 'QLTT', reference: '1/BB' },
        decision: {
          number: '1/QĐ',
          date: '2026-11-02',
          signer: {
            person: 'signer-x',
            name: { $personal: 'signer-x', value: { fullName: 'X' } },
            title: 'Chủ tịch UBND xã',
            level: 'commune',
          },
        },
      }),
      403,
      'NotYourLevel',
    );

    // Preconditions: none where the resource exists (428), stale or weak (412), If-None-Match on an existing one (412).
    problemOf(
      await office.post('/api/dossiers/hs-2026-cha-ca-danh-gia-lai/commands/CheckIntake', { complete: true }),
      428,
      'PreconditionRequired',
    );
    problemOf(
      await office.post('/api/dossiers/hs-2026-cha-ca-danh-gia-lai/commands/CheckIntake', { complete: true }, { 'if-match': '"1"' }),
      412,
    );
    problemOf(
      await office.post('/api/dossiers/hs-2026-cha-ca-danh-gia-lai/commands/CheckIntake', { complete: true }, { 'if-match': 'W/"7"' }),
      412,
    );
    problemOf(
      await client(host, await host.token(accounts.subject)).post(
        '/api/subjects/htx-thu/commands/RegisterSubject',
        { subjectId: 'htx-thu' },
        { 'if-none-match': '"x"' },
      ),
      400,
    );

    problemOf(
      await client(host, await host.token(accounts.otherSubject)).post(
        '/api/products/cha-ca-that-lat/commands/RegisterProduct',
        { productId: 'cha-ca-that-lat', subjectId: 'hkd-hai-yen', name: 'Chả cá', sheet: 8 },
        { 'if-none-match': '*' },
      ),
      412,
      'PreconditionFailed',
    );

    // A domain rule broken: its kind's status, its rule and legal source.
    const dossier = await office.get('/api/dossiers/hs-2026-cha-ca-danh-gia-lai');
    a = await office.post(
      '/api/dossiers/hs-2026-cha-ca-danh-gia-lai/commands/CheckIntake',
      { complete: true },
      { 'if-match': dossier.headers.get('etag') ?? '' },
    );
    problemOf(a, 409, 'WrongStage');
    assert.match(String(at(a.body, 'type')), /^urn:ocop:rule:WrongStage$/);

    assert.equal(await streamHeads(host.store, touched), heads, 'no stream moved');
    assert.equal(await allEventIds(host.store), before, 'the store is as it was');
  });

  t('an Idempotency-Key makes a retried command write nothing twice and answer as the first time, whatever its body', async () => {
    const subject = client(host, await host.token({ ...accounts.otherSubject, sub: nonEmpty('acc-hkd-hai-yen') }));
    const current = await subject.get('/api/products/cha-ca-that-lat');
    const etag = current.headers.get('etag') ?? '';
    const body = { code: 'SHOP-001' };
    const first = await subject.post('/api/products/cha-ca-that-lat/commands/SetTraceabilityCode', body, {
      'if-match': etag,
      'idempotency-key': 'trace-1',
    });
    assert.is(first.status, 200, first.text);
    const after = await allEventIds(host.store, String(at(items(first.body, 'events')[0], 'eventId')));
    const again = await subject.post('/api/products/cha-ca-that-lat/commands/SetTraceabilityCode', body, {
      'if-match': etag,
      'idempotency-key': 'trace-1',
    });
    assert.is(again.status, 200, again.text);
    assert.is(again.headers.get('etag'), first.headers.get('etag'));
    assert.equal(at(again.body, 'events'), at(first.body, 'events'));
    assert.is(at(again.body, 'replay'), true);
    assert.equal(await allEventIds(host.store), after, 'nothing written twice');
    // The key names the request: sent again with another body, it still answers the first outcome (docs/api.md).
    const reused = await subject.post(
      '/api/products/cha-ca-that-lat/commands/SetTraceabilityCode',
      { code: 'SHOP-002' },
      {
        'if-match': etag,
        'idempotency-key': 'trace-1',
      },
    );
    assert.is(reused.status, 200, reused.text);
    assert.is(at(reused.body, 'replay'), true);
    assert.equal(at(reused.body, 'events'), at(first.body, 'events'));
    assert.equal(await allEventIds(host.store), after, 'nothing written for the reused key');
    // Without the key, the same request with the old ETag is stale.
    problemOf(await subject.post('/api/products/cha-ca-that-lat/commands/SetTraceabilityCode', body, { 'if-match': etag }), 412);
  });

  t('the request id is returned and becomes the correlation id of the events written', async () => {
    const subject = client(host, await host.token(accounts.otherSubject));
    const current = await subject.get('/api/products/cha-ca-that-lat');
    const written = await subject.post(
      '/api/products/cha-ca-that-lat/commands/ListOnChannel',
      { channel: { name: 'Tiki', kind: 'ecommerce' }, since: '2026-11-01' },
      { 'if-match': current.headers.get('etag') ?? '', 'x-request-id': 'req-tiki-listing-0001' },
    );
    assert.is(written.status, 200, written.text);
    assert.is(written.headers.get('x-request-id'), 'req-tiki-listing-0001');
    const auditor = client(host, await host.token(accounts.auditor));
    const history = await auditor.get('/api/streams/Product-cha-ca-that-lat/events');
    const events = items(history.body, 'events');
    const last = events[events.length - 1];
    assert.is(at(last, 'metadata', 'correlationId'), 'req-tiki-listing-0001');
    assert.is(at(last, 'metadata', 'actor', 'role'), 'subject');
    assert.match(String(at(last, 'hash')), /^[0-9a-f]{64}$/);
  });

  return t;
};

hostile('sqlite').run();
await whenPostgres(() => hostile('postgres').run(), test);

test.run();
