// A dossier withdrawn while assigned to a round leaves the round (the domain's `onDossierLeft`, which the host
// runs), so that the round can close.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { defaultCouncilRules } from '@ocop/rules';
import { accounts, lamDong } from './support/accounts.js';
import { at, items, client, eventually, startTestHost, type Answer } from './support/host.js';
import { registerHtxThu } from './support/bodies.js';

test('a withdrawn dossier leaves its round, and the round can close', async () => {
  const host = await startTestHost('sqlite');
  try {
    const subject = client(host, await host.token(accounts.subject));
    const commune = client(host, await host.token(accounts.commune));
    const office = client(host, await host.token(accounts.office));
    const chair = client(host, await host.token(accounts.chair));
    const etag = (a: Answer) => ({ 'if-match': a.headers.get('etag') ?? '' });
    const ok = (a: Answer, status = 200) => {
      assert.is(a.status, status, a.text);
      return a;
    };
    ok(await subject.post('/api/subjects/htx-thu/commands/RegisterSubject', registerHtxThu), 201);
    ok(
      await subject.post('/api/products/mat-ong/commands/RegisterProduct', {
        productId: 'mat-ong',
        subjectId: 'htx-thu',
        name: 'Mật ong',
        sheet: 8,
      }),
      201,
    );
    const { answersFor } = await import('@ocop/example-tanh-linh-2024');
    const { findSheet, qd26_2026 } = await import('@ocop/rules');
    const sheet = findSheet(qd26_2026.sheets, 8);
    if (!sheet) throw new Error('sheet 8');
    let d = ok(
      await subject.post('/api/dossiers/hs-mat-ong/commands/FileDossier', {
        dossierId: 'hs-mat-ong',
        productId: 'mat-ong',
        subjectId: 'htx-thu',
        subjectLegalForm: 'cooperative',
        sheet: 8,
        kind: 'first',
        area: { province: '68', commune: '23149' },
        selfAssessment: { answers: answersFor(sheet, 3, 66) },
        evidence: [{ title: 'Phiếu', sha256: createHash('sha256').update('x').digest('hex') }],
      }),
      201,
    );
    const findings = { localOrigin: { met: true }, localLabour: { met: true }, ideaOrigin: { met: true }, localIdentity: { met: true } };
    d = ok(
      await commune.post(
        '/api/dossiers/hs-mat-ong/commands/CompleteCommuneCheck',
        { complete: true, findings, reportNumber: '1/BC' },
        etag(d),
      ),
    );
    d = ok(await commune.post('/api/dossiers/hs-mat-ong/commands/ForwardDossier', { to: 'province' }, etag(d)));
    d = ok(await office.post('/api/dossiers/hs-mat-ong/commands/CheckIntake', { complete: true }, etag(d)));
    const r = ok(
      await office.post('/api/rounds/dot-mat-ong/commands/OpenRound', {
        roundId: 'dot-mat-ong',
        councilId: 'hd-lam-dong-2026',
        level: 'province',
        year: 2026,
        number: 5,
        extra: true,
        council: {
          chair: 'ld-chair',
          members: lamDong.map((m) => ({ person: m.person, organisation: m.organisation })),
          rules: defaultCouncilRules,
        },
        province: '68',
        lastDay: '2026-12-30',
      }),
      201,
    );
    ok(
      await office.post(
        '/api/rounds/dot-mat-ong/commands/AssignDossier',
        { dossierId: 'hs-mat-ong', productId: 'mat-ong', sheet: 8, ruleSet: 'qd26-2026', kind: 'first', filedOn: '2026-11-29' },
        etag(r),
      ),
    );
    const auditor = client(host, await host.token(accounts.auditor));
    await eventually(
      'the pipeline knows the round',
      () => auditor.get('/api/dossiers/hs-mat-ong'),
      (a) => at(a.body, 'roundId') === 'dot-mat-ong',
    );
    const withdrawn = ok(await subject.post('/api/dossiers/hs-mat-ong/commands/WithdrawDossier', { reason: 'Chưa sẵn sàng' }, etag(d)));
    assert.equal(
      items(withdrawn.body, 'reactions').map((e) => at(e, 'type')),
      ['DossierRemovedFromRound'],
    );
    // Each read model catches up on its own: the rounds' may come after the pipeline's.
    const round = await eventually(
      'the rounds know the round',
      () => auditor.get('/api/rounds/dot-mat-ong'),
      (a) => a.status === 200,
    );
    ok(await chair.post('/api/rounds/dot-mat-ong/commands/CloseRound', { chair: 'ld-chair' }, etag(round)));
  } finally {
    await host.dispose();
  }
});

test.run();
