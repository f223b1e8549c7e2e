// The answers of the query routes, as specified: given the Tánh Linh example, when every GET route of the API
// is called once by an account that may read it, then each answer satisfies the codec of its answers, and
// the OpenAPI document describes each answer with exactly that codec's schema.
import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeWith, describeFailure } from '@ocop/kernel';
import { TrailEntry } from '@ocop/projections';
import { emptyComponents, schemaOf, type Claims } from '../src/index.js';
import * as answers from '../src/queries/answers.js';
import { OpenApiAnswer } from '../src/openapi/route.js';
import { accounts } from './support/accounts.js';
import { at, client, items, startTestHost } from './support/host.js';

const Trail = t.type({ title: t.string, entries: t.array(TrailEntry) });

/** Each GET of the API: a real request of the example, who makes it, and the codec its answer must satisfy. */
interface Call {
  readonly url: string;
  readonly as: Claims;
  readonly codec: t.Mixed;
}

const dossier = 'hs-2026-cha-ca-danh-gia-lai';
const round = 'dot-lam-dong-2026-1';
const calls: Readonly<Record<string, ReadonlyArray<Call>>> = {
  'GET /api/products': [
    { url: '/api/products', as: accounts.office, codec: answers.ProductPage },
    { url: '/api/products', as: accounts.otherSubject, codec: answers.ProductPage },
  ],
  'GET /api/products/{id}': [{ url: '/api/products/cha-ca-that-lat', as: accounts.office, codec: answers.ProductAnswer }],
  'GET /api/products/{id}/trail': [{ url: '/api/products/cha-ca-that-lat/trail', as: accounts.office, codec: Trail }],
  'GET /api/dossiers': [
    { url: '/api/dossiers', as: accounts.office, codec: answers.DossierPage },
    { url: '/api/dossiers', as: accounts.otherSubject, codec: answers.DossierPage },
  ],
  'GET /api/dossiers/{id}': [{ url: `/api/dossiers/${dossier}`, as: accounts.office, codec: answers.DossierAnswer }],
  'GET /api/dossiers/{id}/trail': [{ url: `/api/dossiers/${dossier}/trail`, as: accounts.auditor, codec: Trail }],
  'GET /api/rounds': [{ url: '/api/rounds', as: accounts.office, codec: answers.RoundPage }],
  'GET /api/rounds/{id}': [
    { url: `/api/rounds/${round}`, as: accounts.office, codec: answers.RoundAnswer },
    { url: `/api/rounds/${round}`, as: accounts.member, codec: answers.RoundAnswer },
  ],
  'GET /api/rounds/{id}/dossiers/{dossierId}/sheets/{person}': [
    { url: `/api/rounds/${round}/dossiers/${dossier}/sheets/ld-nmt`, as: accounts.chair, codec: answers.SheetAnswer },
  ],
  'GET /api/councils': [{ url: '/api/councils', as: accounts.authority, codec: answers.CouncilPage }],
  'GET /api/councils/{id}': [{ url: '/api/councils/hd-lam-dong-2026', as: accounts.member, codec: answers.CouncilAnswer }],
  'GET /api/decisions': [
    {
      url: '/api/decisions?kind=recognition&ruleSet=qd148-2023&from=2023-01-01&to=2024-12-31&limit=5',
      as: accounts.auditor,
      codec: answers.DecisionPage,
    },
  ],
  'GET /api/subjects': [
    { url: '/api/subjects', as: accounts.office, codec: answers.SubjectPage },
    { url: '/api/subjects', as: accounts.otherSubject, codec: answers.SubjectPage },
  ],
  'GET /api/subjects/{id}': [
    // The office reads criterion 3.2's facts; the commune sees them withheld.
    { url: '/api/subjects/hkd-hai-yen', as: accounts.office, codec: answers.SubjectAnswer },
    { url: '/api/subjects/hkd-hai-yen', as: accounts.commune, codec: answers.SubjectAnswer },
  ],
  'GET /api/certifications/{id}': [{ url: '/api/certifications/cha-ca-that-lat', as: accounts.office, codec: answers.CertificationAnswer }],
  'GET /api/plans/{id}': [{ url: '/api/plans/60.599.2024', as: accounts.office, codec: answers.PlanAnswer }],
  'GET /api/plans': [{ url: '/api/plans', as: accounts.office, codec: answers.PlanPage }],
  'GET /api/indicators': [{ url: '/api/indicators?year=2024&province=68', as: accounts.office, codec: answers.IndicatorsAnswer }],
  'GET /api/streams/{stream}/events': [
    { url: '/api/streams/Subject-hkd-hai-yen/events', as: accounts.auditor, codec: answers.StreamAnswer },
    { url: `/api/streams/Round-${round}/events`, as: accounts.admin, codec: answers.StreamAnswer },
  ],
  'GET /api/audit/verifications/{id}': [],
  'GET /api/persons/{person}/export': [
    { url: '/api/persons/rep-cha-ca/export', as: accounts.admin, codec: answers.PersonExportAnswer },
    { url: '/api/persons/ld-chair/export', as: accounts.chair, codec: answers.PersonExportAnswer },
  ],
  'GET /openapi.json': [{ url: '/openapi.json', as: accounts.subject, codec: OpenApiAnswer }],
};

/** A schema with every `$ref` replaced by what it names, to compare schemas made with different components. */
const resolved = (schema: unknown, schemas: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map((s: unknown) => resolved(s, schemas));
  if (typeof schema !== 'object' || schema === null) return schema;
  const ref = at(schema, '$ref');
  if (typeof ref === 'string') return resolved(at(schemas, ref.split('/').pop() ?? ''), schemas);
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, resolved(v, schemas)]));
};

const satisfies = (what: string, codec: t.Mixed, body: unknown): void => {
  const decoded = decodeWith(codec, what)(body);
  assert.ok(E.isRight(decoded), E.isLeft(decoded) ? describeFailure(decoded.left) : '');
  assert.ok(codec.is(body), `${what}: the answer is not of its codec`);
};

test('every GET answer of the example satisfies the codec the OpenAPI document describes it with', async () => {
  const host = await startTestHost('sqlite');
  try {
    const doc = (await client(host, await host.token(accounts.auditor)).get('/openapi.json')).body;
    const paths = at(doc, 'paths');
    const gets = Object.keys(typeof paths === 'object' && paths !== null ? paths : {})
      .filter((p) => at(paths, p, 'get') !== undefined && p !== '/healthz' && p !== '/readyz')
      .map((p) => `GET ${p}`);
    assert.equal([...gets].sort(), Object.keys(calls).sort(), 'every GET of the API is called here, and no other');

    // A verification is read once started.
    const started = await client(host, await host.token(accounts.auditor)).post('/api/audit/verifications');
    assert.is(started.status, 202);
    const verification: ReadonlyArray<Call> = [
      { url: started.headers.get('location') ?? '', as: accounts.auditor, codec: answers.VerificationAnswer },
    ];

    for (const get of gets) {
      const path = get.slice('GET '.length);
      const declared = at(paths, path, 'get', 'responses', '200', 'content', 'application/json', 'schema');
      const schemas = at(doc, 'components', 'schemas');
      const list = get === 'GET /api/audit/verifications/{id}' ? verification : (calls[get] ?? []);
      assert.ok(list.length > 0, `${get} is called`);
      for (const call of list) {
        const answer = await client(host, await host.token(call.as)).get(call.url);
        assert.is(answer.status, 200, `${get} as ${call.as.role}: ${answer.text.slice(0, 300)}`);
        satisfies(`${call.url} as ${call.as.role}`, call.codec, answer.body);
        const c = emptyComponents();
        assert.equal(resolved(declared, schemas), resolved(schemaOf(call.codec, c), c.schemas), `${get} is documented with its codec`);
      }
      assert.not.equal(declared, {}, `${get} has a schema`);
    }
  } finally {
    await host.dispose();
  }
});

test('the answers are not vacuous: lists hold rows, personal values are opened, withheld or erased as disclosed', async () => {
  const host = await startTestHost('sqlite');
  try {
    const as = async (claims: Claims, url: string) => (await client(host, await host.token(claims)).get(url)).body;
    for (const url of ['/api/products', '/api/dossiers', '/api/rounds', '/api/councils', '/api/plans'])
      assert.ok(items(await as(accounts.admin, url), 'rows').length > 0, `${url} lists rows`);
    assert.ok('value' in Object(at(await as(accounts.office, '/api/subjects/hkd-hai-yen'), 'representativeFacts')));
    assert.is(at(await as(accounts.commune, '/api/subjects/hkd-hai-yen'), 'representativeFacts', 'withheld'), true);
    // Erased: the person's name reads as erased, and the codecs still hold.
    assert.is((await client(host, await host.token(accounts.admin)).post('/api/persons/ld-nmt/erasure')).status, 200);
    const council = await as(accounts.office, '/api/councils/hd-lam-dong-2026');
    const member = items(council, 'members').find((m) => at(m, 'person') === 'ld-nmt');
    assert.is(at(member, 'name', 'erased'), true);
    satisfies('the council after an erasure', answers.CouncilAnswer, council);
    satisfies('the export after an erasure', answers.PersonExportAnswer, await as(accounts.admin, '/api/persons/ld-nmt/export'));
  } finally {
    await host.dispose();
  }
});

test.run();
