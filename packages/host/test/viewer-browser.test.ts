// The audit viewer in headless Chromium (playwright-core): sign in once with a token, search "cha ca"
// without diacritics, open the fish cake, open its re-evaluation's council result, see every member's sheet
// and the mean, then run the verification and see it clean. Vietnamese by default, English on request.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { accounts } from './support/accounts.js';
import { startTestHost, type TestHost } from './support/host.js';

let host: TestHost;
let context: BrowserContext;
let profile: string;

test.before(async () => {
  host = await startTestHost('sqlite');
  profile = mkdtempSync(join(tmpdir(), 'ocop-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
test.after(async () => {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await host.dispose();
});

test('an auditor signs in, finds the fish cake, opens its re-evaluation, sees the sheets and the mean, and verifies the history clean', async () => {
  const page = await context.newPage();
  await page.goto(`${host.url}/viewer`);
  assert.match(page.url(), /\/viewer\/login/);
  await page.fill('textarea[name=token]', 'not-a-token');
  await page.click('button[type=submit]');
  assert.ok(await page.isVisible('#login-error'), 'a bad token is refused');
  await page.fill('textarea[name=token]', await host.token(accounts.auditor));
  await page.click('button[type=submit]');
  const cookie = (await context.cookies()).find((c) => c.name === 'ocop_token');
  assert.ok(cookie?.httpOnly, 'the token is kept in an HttpOnly cookie');
  assert.is(cookie?.sameSite, 'Strict');

  await page.fill('input[name=q]', 'cha ca');
  await page.press('input[name=q]', 'Enter');
  await page.waitForSelector('a.product');
  const names = await page.locator('a.product').allTextContents();
  assert.ok(names.includes('Chả cá thát lát'), names.join(', '));
  await page.click('a.product:has-text("Chả cá thát lát")');
  await page.waitForSelector('#timeline');
  assert.match((await page.locator('h1').textContent()) ?? '', /Chả cá thát lát/);
  assert.match(await page.content(), /Dòng thời gian các quyết định/);

  // The re-evaluation's council result: the round of Lâm Đồng in 2026.
  await page.click('a.decision[href*="dot-lam-dong-2026-1"]');
  await page.waitForSelector('#sheets');
  assert.is(await page.locator('tr.sheet').count(), 9, 'nine members scored');
  const content = await page.content();
  assert.match(content, /Vũ Đức Thịnh/, 'members are named to the auditor');
  const totals = (await page.locator('td.total').allTextContents()).map(Number);
  const mean = Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 100) / 100;
  const shown = (await page.locator('#mean').textContent()) ?? '';
  assert.ok(shown.endsWith(`= ${mean}`), `${shown} ends with the mean ${mean}`);
  assert.match((await page.locator('#outcome').textContent()) ?? '', /3★ — recognise/);

  await page.goto(`${host.url}/viewer/verify`);
  await page.click('#start');
  await page.waitForSelector('#verification.clean', { timeout: 60_000 });
  assert.match((await page.locator('#verification').textContent()) ?? '', /Sạch/);
  // The summary is the audit's, in the page's language.
  assert.match(
    (await page.locator('pre.muted').textContent()) ?? '',
    /Phát hiện: không có\. Lịch sử dữ liệu được xác minh là hợp lệ\.\nChuỗi băm, kể cả nhật ký/,
  );
  await page.goto(`${page.url()}`.replace('lang=vi', 'lang=en'));
  assert.match(
    (await page.locator('pre.muted').textContent()) ?? '',
    /Findings: none\. The history verifies\.\nHash chains, the access log included/,
  );

  await page.goto(`${host.url}/viewer?lang=en`);
  assert.match(await page.content(), /Search products/);
  await page.close();
});

test('a council member sees the councils’ sheets only of the rounds of their council', async () => {
  const page = await context.newPage();
  await context.clearCookies();
  await page.goto(`${host.url}/viewer/login?lang=en`);
  await page.fill('textarea[name=token]', await host.token(accounts.stranger));
  await page.click('button[type=submit]');
  const answer = await page.goto(`${host.url}/viewer/rounds/dot-lam-dong-2026-1/dossiers/hs-2026-cha-ca-danh-gia-lai?lang=en`);
  assert.is(answer?.status(), 403);
  await page.close();
});

test.run();
