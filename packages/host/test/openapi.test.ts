// The OpenAPI document is made from the codecs the routes use: every command's body is its data less `at`
// and `by`, closed to unknown fields; every route is there with its roles and its problems.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { commandRoles } from '../src/index.js';
import { accounts } from './support/accounts.js';
import { at, items, client, startTestHost } from './support/host.js';

test('OpenAPI 3.1 from the codecs: strict bodies without at and by, parameters, roles, problems', async () => {
  const host = await startTestHost('sqlite', { loadExample: false });
  try {
    const doc = (await client(host, await host.token(accounts.auditor)).get('/openapi.json')).body;
    assert.is(at(doc, 'openapi'), '3.1.0');
    const listed = at(doc, 'paths');
    const commands = Object.keys(typeof listed === 'object' && listed !== null ? listed : {}).filter((p) => p.includes('/commands/'));
    const op = (path: string, method: string) => at(doc, 'paths', path, method);
    assert.is(commands.length, Object.keys(commandRoles).length, 'every command of every aggregate');
    assert.is(commands.length, 43);
    const resolveRef = (s: unknown): unknown => {
      const ref = at(s, '$ref');
      return typeof ref === 'string' ? at(doc, 'components', 'schemas', ref.split('/').pop() ?? '') : s;
    };
    for (const p of commands) {
      const body = resolveRef(at(op(p, 'post'), 'requestBody', 'content', 'application/json', 'schema'));
      assert.is(at(body, 'additionalProperties'), false, `${p} is strict`);
      assert.is(at(body, 'properties', 'at'), undefined, `${p} takes no at`);
      assert.is(at(body, 'properties', 'by'), undefined, `${p} takes no by`);
      assert.ok(Array.isArray(at(op(p, 'post'), 'x-roles')));
    }
    const file = resolveRef(
      at(op('/api/dossiers/{id}/commands/FileDossier', 'post'), 'requestBody', 'content', 'application/json', 'schema'),
    );
    assert.equal(at(file, 'properties', 'kind', 'enum'), ['first', 'upgrade', 'reEvaluation']);
    assert.ok(items(file, 'required').includes('selfAssessment'));
    const search = items(op('/api/products', 'get'), 'parameters');
    assert.ok(search.some((p) => at(p, 'name') === 'asOf' && at(p, 'schema', 'format') === 'date'));
    assert.ok(at(op('/api/products/{id}', 'get'), 'responses', '403'));
  } finally {
    await host.dispose();
  }
});

test.run();
