import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { renderRulesDoc } from '../scripts/rules-doc.js';

test('docs/rules.md is the rendering of the rule data (run `pnpm --filter @ocop/rules rules-doc` after a change)', () => {
  const committed = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
  assert.ok(committed === renderRulesDoc(), 'docs/rules.md is out of date');
});

test.run();
