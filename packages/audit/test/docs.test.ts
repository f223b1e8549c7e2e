import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findingRuleNames, findingRules, findingRulesVi } from '../src/index.js';

const guide = readFileSync(new URL('../../../docs/audit.md', import.meta.url), 'utf8');

test('the auditor’s guide explains every rule the verification applies, in the words of the catalogue, in English and Vietnamese', () => {
  for (const rule of findingRuleNames)
    assert.ok(guide.includes(`\`${rule}\``) && guide.includes(findingRules[rule].what) && guide.includes(findingRulesVi[rule]), rule);
});

test.run();
