// Every role against every route of the API, as the OpenAPI document lists them (the same table the
// server mounts). Commands: a role the route does not name is refused before anything is read (403
// RoleNotAllowed); a role it names gets as far as the body's codec (400 for a probe body). Queries and
// the other routes: the status each role gets on the Tánh Linh example's resources, area and seat included.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nonEmpty } from '@ocop/kernel';
import { hostRoles, type Claims, type HostRole } from '../src/index.js';
import { accounts, person, subjectId } from './support/accounts.js';
import { at, items, client, startTestHost, type TestHost } from './support/host.js';

/** One account per role: the fish-cake household (its representative's own data too), Xã Tánh Linh, Lâm Đồng's
 * office, council and authority. */
const accountOf: Readonly<Record<HostRole, Claims>> = {
  subject: { ...accounts.otherSubject, person: person('rep-cha-ca') },
  communeOfficer: accounts.commune,
  provincialOffice: accounts.office,
  councilMember: accounts.member,
  councilChair: accounts.chair,
  recognisingAuthority: accounts.authority,
  auditor: accounts.auditor,
  administrator: accounts.admin,
};

const roles: ReadonlyArray<HostRole> = [
  'subject',
  'communeOfficer',
  'provincialOffice',
  'councilMember',
  'councilChair',
  'recognisingAuthority',
  'auditor',
  'administrator',
];

/** Expected statuses, in the order of `roles`: subject, commune, office, member, chair, authority, auditor, administrator. */
const expected: Readonly<Record<string, ReadonlyArray<number>>> = {
  'GET /api/products': [200, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/subjects': [200, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/decisions': [403, 403, 403, 403, 403, 403, 200, 200],
  'GET /api/products/cha-ca-that-lat': [200, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/products/cha-ca-that-lat/trail': [200, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/dossiers': [200, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/dossiers/hs-2026-cha-ca-danh-gia-lai': [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/dossiers/hs-2026-cha-ca-danh-gia-lai/trail': [200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/rounds': [403, 403, 200, 200, 200, 200, 200, 200],
  'GET /api/rounds/dot-lam-dong-2026-1': [403, 403, 200, 200, 200, 200, 200, 200],
  'GET /api/rounds/dot-lam-dong-2026-1/dossiers/hs-2026-cha-ca-danh-gia-lai/sheets/ld-nmt': [403, 403, 200, 200, 200, 200, 200, 200],
  'GET /api/councils': [403, 403, 200, 200, 200, 200, 200, 200],
  'GET /api/councils/hd-lam-dong-2026': [403, 403, 200, 200, 200, 200, 200, 200],
  'GET /api/subjects/hkd-hai-yen': [200, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/certifications/cha-ca-that-lat': [200, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/plans/60.599.2024': [403, 403, 200, 403, 403, 200, 200, 200],
  'GET /api/plans': [403, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/indicators?year=2024&province=68': [403, 200, 200, 403, 403, 200, 200, 200],
  'GET /api/streams/Product-cha-ca-that-lat/events': [403, 403, 403, 403, 403, 403, 200, 200],
  'POST /api/audit/verifications': [403, 403, 403, 403, 403, 403, 202, 202],
  'GET /api/audit/verifications/none': [403, 403, 403, 403, 403, 403, 404, 404],
  'GET /api/persons/rep-cha-ca/export': [200, 403, 403, 403, 403, 403, 403, 200],
  'POST /api/persons/nobody-x/erasure': [403, 403, 403, 403, 403, 403, 403, 200],
  'POST /api/admin/master-key/rotation': [403, 403, 403, 403, 403, 403, 403, 200],
  'GET /openapi.json': [200, 200, 200, 200, 200, 200, 200, 200],
};

/** A path of the document with its parameters filled from the example. */
const fill = (path: string): string => {
  const segment = path.split('/')[2] ?? '';
  const ids: Readonly<Record<string, string>> = {
    subjects: 'hkd-hai-yen',
    products: 'cha-ca-that-lat',
    dossiers: 'hs-2026-cha-ca-danh-gia-lai',
    rounds: 'dot-lam-dong-2026-1',
    councils: 'hd-lam-dong-2026',
    certifications: 'cha-ca-that-lat',
    plans: '60.599.2024',
    streams: 'Product-cha-ca-that-lat',
    verifications: 'none',
  };
  return path
    .replace('{id}', ids[segment] ?? ids[path.split('/')[3] ?? ''] ?? 'x')
    .replace('{dossierId}', 'hs-2026-cha-ca-danh-gia-lai')
    .replace('{person}', path.includes('/sheets/') ? 'ld-nmt' : path.includes('/erasure') ? 'nobody-x' : 'rep-cha-ca')
    .replace('{stream}', 'Product-cha-ca-that-lat');
};

let host: TestHost;
const tokens = new Map<HostRole, string>();

test.before(async () => {
  host = await startTestHost('sqlite');
  for (const r of hostRoles) tokens.set(r, await host.token(accountOf[r]));
});
test.after(async () => {
  await host.dispose();
});

test('every role × every route: the role gate, the area, the subject, the council seat', async () => {
  const doc = await client(host, tokens.get('auditor')).get('/openapi.json');
  const paths = at(doc.body, 'paths');
  assert.ok(typeof paths === 'object' && paths !== null);
  const failures: string[] = [];
  let cells = 0;
  const seen = new Set<string>();
  for (const path of Object.keys(typeof paths === 'object' && paths !== null ? paths : {})) {
    const operations = at(paths, path);
    if (path === '/healthz' || path === '/readyz') continue;
    for (const method of Object.keys(typeof operations === 'object' && operations !== null ? operations : {})) {
      const allowed = items(operations, method, 'x-roles');
      const concrete = fill(path);
      const isCommand = path.includes('/commands/');
      const key = `${method.toUpperCase()} ${concrete}`;
      const row = isCommand ? undefined : (expected[key] ?? expected[`${key}?year=2024&province=68`]);
      if (!isCommand && row === undefined) {
        failures.push(`no expectation for ${key}`);
        continue;
      }
      const url = row === expected[`${key}?year=2024&province=68`] && row !== undefined ? `${concrete}?year=2024&province=68` : concrete;
      seen.add(key);
      for (const [i, role] of roles.entries()) {
        cells++;
        const c = client(host, tokens.get(role));
        const answer = method === 'post' ? await c.post(url, isCommand ? { probe: 1 } : undefined) : await c.get(url);
        const want = isCommand ? (allowed.includes(role) ? 400 : 403) : (row?.[i] ?? 0);
        if (answer.status !== want) failures.push(`${role} ${key}: ${answer.status}, expected ${want} (${answer.text.slice(0, 160)})`);
        if (isCommand && !allowed.includes(role)) assert.is(at(answer.body, 'rule'), 'RoleNotAllowed');
      }
    }
  }
  assert.equal(failures, [], `${failures.length} of ${cells} cells differ`);
  assert.ok(cells > 8 * 60, `${cells} cells`);
  for (const k of Object.keys(expected)) assert.ok(seen.has(k.replace('?year=2024&province=68', '')), `the route ${k} is in the document`);
});

test('another area: an office of Hà Nội, a commune of Suối Kiết, another subject, a member of another council', async () => {
  const as = async (claims: Claims) => client(host, await host.token(claims));
  const hanoi = await as(accounts.otherOffice);
  assert.is((await hanoi.get('/api/products/cha-ca-that-lat')).status, 403);
  assert.is((await hanoi.get('/api/products?province=68')).status, 403);
  const listed = await hanoi.get('/api/products');
  assert.is(at(listed.body, 'total'), 0, 'Hà Nội lists nothing of Lâm Đồng');
  const suoiKiet = await as(accounts.otherCommune);
  assert.is((await suoiKiet.get('/api/dossiers/hs-2026-cha-ca-danh-gia-lai')).status, 403);
  const other = await as({ ...accountOf.subject, sub: nonEmpty('acc-gia-an'), subject: subjectId('htx-gia-an') });
  assert.is((await other.get('/api/products/cha-ca-that-lat')).status, 403);
  const mine = await other.get('/api/products');
  assert.equal(
    items(mine.body, 'rows').map((r) => at(r, 'productId')),
    ['gao-st25'],
  );
  const stranger = await as(accounts.stranger);
  assert.is((await stranger.get('/api/rounds/dot-lam-dong-2026-1')).status, 403);
  // Lâm Đồng (68) sees what Bình Thuận (60) recorded before the merger.
  const lamDong = client(host, tokens.get('provincialOffice'));
  const products = await lamDong.get('/api/products?limit=100');
  assert.ok((items(products.body, 'rows') ?? []).some((r) => at(r, 'productId') === 'gao-duc-lan'));
});

test.run();
