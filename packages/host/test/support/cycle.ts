// A whole cycle over HTTP, as offices and a council would run it: a new cooperative registers, its product
// is filed, checked, forwarded, scored by Lâm Đồng's council and recognised; three years later it is
// re-evaluated by written opinions and renewed; then revoked for misuse of the mark. The decision trail is
// checked after each decision, and the verification runs clean at the end.
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { defaultCouncilRules, findSheet, qd26_2026 } from '@ocop/rules';
import { answersFor } from '@ocop/example-tanh-linh-2024';
import type { Claims } from '../../src/index.js';
import { accounts, lamDong, memberAccount } from './accounts.js';
import { at, items, client, eventually, type Answer, type TestHost } from './host.js';

/** The host's clock in the tests: set to each step's day. */
export const testClock = (start: string) => {
  let now = new Date(start);
  return { clock: () => now, set: (iso: string) => (now = new Date(iso)) };
};

const sheet8 = findSheet(qd26_2026.sheets, 8);
if (!sheet8) throw new Error('sheet 8');
const answers = (total: number) => answersFor(sheet8, 3, total);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const findings = { localOrigin: { met: true }, localLabour: { met: true }, ideaOrigin: { met: true }, localIdentity: { met: true } };
const signer = {
  person: 'signer-lamdong',
  name: { $personal: 'signer-lamdong', value: { fullName: 'Phạm Quốc Minh' } },
  title: 'Chủ tịch UBND tỉnh Lâm Đồng',
  level: 'province',
  province: '68',
};

export const runCycle = async (host: TestHost, setClock: (iso: string) => void): Promise<void> => {
  const as = async (claims: Claims) => client(host, await host.token(claims));
  const subject = await as(accounts.subject);
  const commune = await as(accounts.commune);
  const office = await as(accounts.office);
  const authority = await as(accounts.authority);
  const auditor = await as(accounts.auditor);

  const ok = (what: string, a: Answer, status = 200): Answer => {
    assert.is(a.status, status, `${what}: ${a.status} ${a.text}`);
    return a;
  };
  const etag = (a: Answer): Record<string, string> => ({ 'if-match': a.headers.get('etag') ?? '' });
  /** The ETag of a resource now (streams also move by reactions). */
  const current = async (path: string): Promise<Record<string, string>> =>
    etag(
      await eventually(
        `GET ${path}`,
        () => auditor.get(path),
        (a) => a.status === 200,
      ),
    );
  const trail = async (check: (kinds: ReadonlyArray<unknown>) => boolean, what: string) =>
    eventually(
      `trail: ${what}`,
      async () => {
        const a = await auditor.get('/api/products/banh-tet-lc/trail');
        const entries = at(a.body, 'entries');
        return Array.isArray(entries) ? entries.map((e: unknown) => at(e, 'kind')) : [];
      },
      check,
    );

  setClock('2026-12-01T03:00:00.000Z');
  const registered = ok(
    'RegisterSubject',
    await subject.post('/api/subjects/htx-thu/commands/RegisterSubject', {
      subjectId: 'htx-thu',
      name: 'HTX Thử nghiệm Tánh Linh',
      legalForm: 'cooperative',
      area: { province: '68', commune: '23149' },
      registration: { number: '4800000999', issuedOn: '2026-01-05', issuer: 'Sở Tài chính tỉnh Lâm Đồng' },
      representative: { $personal: 'rep-thu', value: { fullName: 'Nguyễn Văn Thử', phone: '0900000099' } },
      representativeFacts: { $personal: 'rep-thu', sensitive: true, value: { woman: false, ethnicMinority: true, disability: false } },
    }),
    201,
  );
  assert.is(registered.headers.get('etag'), '"0"');
  assert.is(registered.headers.get('location'), '/api/subjects/htx-thu');
  ok(
    'RegisterProduct',
    await subject.post('/api/products/banh-tet-lc/commands/RegisterProduct', {
      productId: 'banh-tet-lc',
      subjectId: 'htx-thu',
      name: 'Bánh tét lá cẩm',
      sheet: 8,
    }),
    201,
  );
  const filing = {
    dossierId: 'hs-thu-2026',
    productId: 'banh-tet-lc',
    subjectId: 'htx-thu',
    subjectLegalForm: 'cooperative',
    sheet: 8,
    kind: 'first',
    area: { province: '68', commune: '23149' },
    selfAssessment: { answers: answers(66) },
    evidence: [{ title: 'Phiếu đăng ký', sha256: sha('phieu') }],
  };
  let d = ok('FileDossier', await subject.post('/api/dossiers/hs-thu-2026/commands/FileDossier', filing), 201);
  setClock('2026-12-03T03:00:00.000Z');
  d = ok(
    'CompleteCommuneCheck',
    await commune.post(
      '/api/dossiers/hs-thu-2026/commands/CompleteCommuneCheck',
      { complete: true, findings, reportNumber: '12/BC-UBND' },
      etag(d),
    ),
  );
  d = ok('ForwardDossier', await commune.post('/api/dossiers/hs-thu-2026/commands/ForwardDossier', { to: 'province' }, etag(d)));
  setClock('2026-12-07T03:00:00.000Z');
  ok('CheckIntake', await office.post('/api/dossiers/hs-thu-2026/commands/CheckIntake', { complete: true }, etag(d)));

  const council = {
    chair: 'ld-chair',
    members: lamDong.map((m) => ({ person: m.person, organisation: m.organisation })),
    rules: defaultCouncilRules,
  };
  const evaluate = async (roundId: string, dossierId: string, kind: string, filedOn: string, year: number, day: string) => {
    setClock(`${day}T03:00:00.000Z`);
    let r = ok(
      'OpenRound',
      await office.post(`/api/rounds/${roundId}/commands/OpenRound`, {
        roundId,
        councilId: 'hd-lam-dong-2026',
        level: 'province',
        year,
        number: 3,
        extra: true,
        council,
        province: '68',
        lastDay: `${year}-12-30`,
      }),
      201,
    );
    r = ok(
      'AssignDossier',
      await office.post(
        `/api/rounds/${roundId}/commands/AssignDossier`,
        { dossierId, productId: 'banh-tet-lc', sheet: 8, ruleSet: 'qd26-2026', kind, filedOn },
        etag(r),
      ),
    );
    const totals = [66, 67, 65, 68, 66, 67, 66, 65, 67];
    for (const [i, m] of lamDong.entries()) {
      const member = await as(memberAccount(m.person));
      r = ok(
        `SubmitSheet ${m.person}`,
        await member.post(
          `/api/rounds/${roundId}/commands/SubmitSheet`,
          {
            dossierId,
            person: m.person,
            input: { answers: answers(totals[i] ?? 66) },
            ...(kind === 'reEvaluation' ? { opinion: 'Đạt yêu cầu' } : {}),
          },
          etag(r),
        ),
      );
      if (i === 1) {
        // Sealed: another member's sheet is not shown before scoring closes; one's own is.
        const me = await as(accounts.member);
        assert.is((await me.get(`/api/rounds/${roundId}/dossiers/${dossierId}/sheets/ld-nmt`)).status, 403);
        assert.is((await me.get(`/api/rounds/${roundId}/dossiers/${dossierId}/sheets/ld-chair`)).status, 403);
      }
    }
    const chair = await as(accounts.chair);
    r = ok('CloseScoring', await chair.post(`/api/rounds/${roundId}/commands/CloseScoring`, { dossierId, chair: 'ld-chair' }, etag(r)));
    const adopted = ok(
      'AdoptResult',
      await chair.post(`/api/rounds/${roundId}/commands/AdoptResult`, { dossierId, chair: 'ld-chair' }, etag(r)),
    );
    assert.equal(
      items(adopted.body, 'reactions').map((e) => at(e, 'type')),
      ['CouncilResultRecorded', 'CouncilResultReceived'],
      'the adopted result reaches the certification and the dossier',
    );
    const member = await as(accounts.member);
    ok('a sheet once scoring closed', await member.get(`/api/rounds/${roundId}/dossiers/${dossierId}/sheets/ld-nmt`));
  };

  await evaluate('dot-thu-2026', 'hs-thu-2026', 'first', '2026-12-01', 2026, '2026-12-15');
  await trail((k) => k.includes('councilResult'), 'the council result');

  const recognise = async (certificateId: string, number: string, day: string, dossierId: string) => {
    setClock(`${day}T03:00:00.000Z`);
    return ok(
      'DecideRecognition',
      await authority.post(
        '/api/certifications/banh-tet-lc/commands/DecideRecognition',
        { dossierId, certificateId, stars: 3, decision: { number, date: day, signer } },
        await current('/api/certifications/banh-tet-lc'),
      ),
    );
  };
  await recognise('gcn-thu-2026', '999/QĐ-UBND', '2026-12-20', 'hs-thu-2026');
  await trail((k) => k.includes('recognition') && k.includes('certificate'), 'the recognition and its certificate');
  const decided = await eventually(
    'the dossier decided',
    () => auditor.get('/api/dossiers/hs-thu-2026'),
    (a) => at(a.body, 'stage') === 'closed',
  );
  assert.is(at(decided.body, 'closedAs'), 'decided');

  // Three years on: re-evaluation inside its window (QĐ 26/2026 Art. 7.6.a), by written opinions.
  setClock('2029-07-01T03:00:00.000Z');
  d = ok(
    'FileDossier (re-evaluation)',
    await subject.post(
      '/api/dossiers/hs-thu-2029/commands/FileDossier',
      {
        ...filing,
        dossierId: 'hs-thu-2029',
        kind: 'reEvaluation',
        currentCertificate: {
          certificateId: 'gcn-thu-2026',
          stars: 3,
          ruleSet: 'qd26-2026',
          issuedOn: '2026-12-20',
          expiresOn: '2029-12-20',
        },
      },
      { 'if-none-match': '*' },
    ),
    201,
  );
  assert.equal(
    items(d.body, 'reactions').map((e) => at(e, 'type')),
    ['ReEvaluationFiled'],
  );
  d = ok(
    'CompleteCommuneCheck',
    await commune.post(
      '/api/dossiers/hs-thu-2029/commands/CompleteCommuneCheck',
      { complete: true, findings, reportNumber: '31/BC-UBND' },
      etag(d),
    ),
  );
  d = ok('ForwardDossier', await commune.post('/api/dossiers/hs-thu-2029/commands/ForwardDossier', { to: 'province' }, etag(d)));
  ok('CheckIntake', await office.post('/api/dossiers/hs-thu-2029/commands/CheckIntake', { complete: true }, etag(d)));
  await evaluate('dot-thu-2029', 'hs-thu-2029', 'reEvaluation', '2029-07-01', 2029, '2029-07-20');
  await recognise('gcn-thu-2029', '1404/QĐ-UBND', '2029-07-28', 'hs-thu-2029');
  await trail((k) => k.includes('reEvaluationConcluded') && k.includes('superseded'), 'the re-evaluation renewed');

  // Misuse of the mark: revoked within 15 days of the finding (Art. 8).
  setClock('2029-10-10T03:00:00.000Z');
  ok(
    'RevokeCertificate',
    await authority.post(
      '/api/certifications/banh-tet-lc/commands/RevokeCertificate',
      {
        certificateId: 'gcn-thu-2029',
        grounds: ['markMisuse'],
        finding: { on: '2029-10-01', body: 'Chi cục Quản lý thị trường tỉnh Lâm Đồng', reference: '99/BB-QLTT' },
        decision: { number: '2301/QĐ-UBND', date: '2029-10-10', signer },
      },
      await current('/api/certifications/banh-tet-lc'),
    ),
  );
  await trail((k) => k.includes('revocation'), 'the revocation');
  const product = await eventually(
    'revoked',
    () => auditor.get('/api/products/banh-tet-lc'),
    (a) => at(a.body, 'status') === 'revoked',
  );
  assert.is(at(product.body, 'certificate', 'certificateId'), 'gcn-thu-2029');

  // As of a day before the re-evaluation, the product was certified under its first certificate.
  const before = ok('as of', await auditor.get('/api/products/banh-tet-lc?asOf=2029-06-30'));
  assert.is(at(before.body, 'certificate', 'certificateId'), 'gcn-thu-2026');

  // The text and Markdown trails tell the same decisions.
  const text = ok('trail as text', await auditor.get('/api/products/banh-tet-lc/trail?format=text'));
  assert.match(text.text, /revoked \(markMisuse\)/);
  assert.match(text.text, /signed by Phạm Quốc Minh/);
  const md = ok('trail as Markdown', await auditor.get('/api/products/banh-tet-lc/trail?format=md'));
  assert.match(md.headers.get('content-type') ?? '', /text\/markdown/);

  // The whole history verifies.
  const started = ok('start verification', await auditor.post('/api/audit/verifications'), 202);
  const location = started.headers.get('location') ?? '';
  const done = await eventually(
    'verification',
    () => auditor.get(location),
    (a) => at(a.body, 'status') !== 'running',
    60_000,
  );
  assert.is(at(done.body, 'status'), 'done');
  assert.is(at(done.body, 'clean'), true, JSON.stringify(at(done.body, 'report')).slice(0, 2000));
};
