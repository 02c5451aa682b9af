// The UI suite: drives a real VS Code (code-server) in Chromium like a person. Opens the sample article,
// reads the timeline beside it, clicks an entry and reads the editor's selection back from the status
// bar, types a sentence and sees its date appear, and checks that hostile article text stays text.
// Screenshots go to test-results/screenshots/ (git-ignored).
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const rig = require('./rig');

const SHOTS = path.join(rig.ROOT, 'test-results', 'screenshots');
const SAMPLE = path.resolve(rig.ROOT, '..', 'shared', 'samples', 'china-daily-2025-11-19.txt');

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</div>', '<a href="javascript:alert(1)">plan</a>', '[link](javascript:alert(1))'];
const HOSTILE = [
  '<script>alert(1)</script> Fire on Monday at the <img src=x onerror=alert(1)> plant',
  '',
  'LONDON, March 3, 2024 (Wire) — "><svg onload=alert(1)> Officials said on Friday that </div> the <a href="javascript:alert(1)">plan</a> failed.',
  '',
  'The inquiry opened on the 4th. [link](javascript:alert(1)) Talks resumed on Saturday.',
  '',
].join('\n');

async function openFile(page, name, expectText) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  // The file list loads a moment after the workbench; quick-open finds nothing before it.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10000 });
    await input.fill(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    if (await row.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: 20000 });
      return;
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
  }
  throw new Error(`could not open ${name} with quick open`);
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

function webview(page) {
  const { id } = rig.extensionInfo();
  return page.frameLocator(`iframe.webview.ready[src*="extensionId=${id}"]`).frameLocator('iframe#active-frame');
}

async function session(theme, files, fn, settings = {}) {
  const { folder } = rig.extensionInfo();
  const ws = rig.makeWorkspace(files);
  const server = await rig.startServer({ settings: { 'workbench.colorTheme': theme, ...settings }, extensions: { [folder]: rig.ROOT } });
  const browser = await rig.launchBrowser();
  const page = await browser.ctx.newPage();
  const alerts = [];
  page.on('dialog', (d) => { alerts.push(d.message()); void d.dismiss(); });
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await fn(page, alerts);
  } catch (e) {
    // What the screen showed when it failed, for the one reading the log.
    await page.screenshot({ path: path.join(SHOTS, `failed-${theme.replace(/\W+/g, '-').toLowerCase()}.png`) }).catch(() => {});
    throw e;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('the sample article: timeline beside it, click reveals, typing adds an entry (light theme)', async () => {
  await session('Default Light Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    await view.locator('.dateline-words').waitFor({ timeout: 30000 });
    assert.strictEqual(await view.locator('.dateline-words').innerText(), 'Wed 19 Nov 2025, 08:19');
    const words = await view.locator('.entry .words').allInnerTexts();
    for (const w of ['31 Aug – 1 Sep 2025', 'November 2025', 'Mon 17 Nov 2025']) assert.ok(words.includes(w), `"${w}" is on the timeline: ${JSON.stringify(words)}`);
    assert.strictEqual(words.filter((w) => w === 'Mon 17 Nov 2025').length, 2, 'both Mondays');
    await page.screenshot({ path: path.join(SHOTS, 'timeline-light.png') });

    // Click the Aug 31 entry: the editor selects "from Aug 31 to Sept 1".
    await view.locator('.entry-button', { hasText: '31 Aug – 1 Sep 2025' }).click();
    const status = page.locator('[id="status.editor.selection"]');
    await page.waitForFunction(() => /selected/.test(document.querySelector('[id="status.editor.selection"]')?.textContent || ''), null, { timeout: 10000 });
    const sel = await status.innerText();
    assert.match(sel, /Ln 15, Col \d+ \(21 selected\)/, `status bar: ${sel}`);

    // Type a new sentence with a date: a new entry appears.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nThe two premiers will meet again on Friday.', { delay: 5 });
    await view.locator('.entry .words', { hasText: 'Fri 21 Nov 2025' }).waitFor({ timeout: 15000 });
    await page.screenshot({ path: path.join(SHOTS, 'timeline-after-edit.png') });
  });
});

test('the sample article in the dark theme', async () => {
  await session('Default Dark Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    await view.locator('.entry .words', { hasText: 'Mon 17 Nov 2025' }).first().waitFor({ timeout: 30000 });
    // Moving the cursor onto an expression highlights its entry.
    await view.locator('.entry-button', { hasText: 'November 2025' }).click();
    await view.locator('.entry.current', { hasText: 'November 2025' }).waitFor({ timeout: 10000 });
    // Moving the cursor in the editor (Go to Line 5, column 22: inside "Monday") highlights that entry.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('5:22');
    await page.keyboard.press('Enter');
    await view.locator('.entry.current', { hasText: 'Premier Li Qiang on Monday' }).waitFor({ timeout: 10000 });
    assert.strictEqual(await view.locator('.entry.current').count(), 1, 'one entry is current');
    await page.screenshot({ path: path.join(SHOTS, 'timeline-dark.png') });
  });
});

test('high contrast: the command palette opens the timeline, and a reload restores it', async () => {
  // autoOpen is off, so the panel comes only from the command, and after the reload only from the
  // panel serializer.
  await session('Default High Contrast', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    await page.waitForTimeout(2000);
    assert.strictEqual(await page.locator(`iframe.webview[src*="extensionId=${rig.extensionInfo().id}"]`).count(), 0, 'no panel with autoOpen: never');
    await runCommand(page, 'Dateline: Show Timeline to the Side');
    const view = webview(page);
    await view.locator('.entry .words', { hasText: 'Mon 17 Nov 2025' }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(SHOTS, 'timeline-high-contrast.png') });

    // "Developer: Reload Window", as a user would: the workbench saves its editors, then reloads.
    const reloaded = page.waitForNavigation({ timeout: 30000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await webview(page).locator('.dateline-words', { hasText: 'Wed 19 Nov 2025, 08:19' }).waitFor({ timeout: 45000 });
    const words = await webview(page).locator('.entry .words').allInnerTexts();
    assert.ok(words.includes('31 Aug – 1 Sep 2025'), `entries after the reload: ${JSON.stringify(words)}`);
    await page.screenshot({ path: path.join(SHOTS, 'timeline-after-reload.png') });
  }, { 'dateline.autoOpen': 'never' });
});

test('VS Code for the web: the browser entry runs in the web worker extension host', async () => {
  // remote.extensionKind asks the workbench to run the extension in the browser, from package.json's
  // "browser" entry, as VS Code for the web does. The analysis then runs in a web worker of its own
  // (there is no fallback to the extension host's thread, so entries prove that worker ran).
  const { id } = rig.extensionInfo();
  await session('Default Light Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    await view.locator('.dateline-words', { hasText: 'Wed 19 Nov 2025, 08:19' }).waitFor({ timeout: 30000 });
    const words = await view.locator('.entry .words').allInnerTexts();
    assert.strictEqual(words.filter((w) => w === 'Mon 17 Nov 2025').length, 2, `both Mondays: ${JSON.stringify(words)}`);
    await runCommand(page, 'Developer: Show Running Extensions');
    // The list is sorted by activation time and only draws the rows in view: walk down it with the
    // keyboard until Dateline's row is drawn.
    const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
    const row = rows.filter({ hasText: 'Dateline' });
    await rows.first().click();
    for (let i = 0; i < 40 && (await row.count()) === 0; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(50);
    }
    await row.first().waitFor({ timeout: 5000 });
    assert.match(await row.first().innerText(), /web worker/i, 'Dateline runs in the web worker extension host');
    await page.screenshot({ path: path.join(SHOTS, 'web-worker-host.png') });
  }, { 'remote.extensionKind': { [id]: ['web'] } });
});

test('hostile article text renders as text and runs no script', async () => {
  await session('Default Dark Modern', { 'hostile.md': HOSTILE }, async (page, alerts) => {
    await openFile(page, 'hostile.md', 'Fire on Monday');
    const view = webview(page);
    await view.locator('.entry .quote').first().waitFor({ timeout: 30000 });
    const quotes = (await view.locator('.entry .quote').allInnerTexts()).join('\n');
    for (const p of PAYLOADS) assert.ok(quotes.includes(p), `"${p}" shows as text: ${quotes}`);
    for (const sel of ['svg', 'img', 'a', 'main div', 'main script', 'header script', '[onerror]', '[onload]']) {
      assert.strictEqual(await view.locator(sel).count(), 0, `no ${sel} element was created from the text`);
    }
    await page.waitForTimeout(500);
    assert.deepStrictEqual(alerts, [], 'no script ran');
    await page.screenshot({ path: path.join(SHOTS, 'hostile.png') });
  });
});

async function main() {
  rig.ensureRig();
  fs.mkdirSync(SHOTS, { recursive: true });
  let passed = 0, failed = 0;
  // DATELINE_UI_ONLY=text runs only the tests whose name contains it (for working on one test).
  const only = process.env.DATELINE_UI_ONLY;
  for (const t of only ? tests.filter((x) => x.name.includes(only)) : tests) {
    const t0 = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✔ ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      console.log(`  ✘ ${t.name}\n    ${String(e && e.stack || e).split('\n').slice(0, 4).join('\n    ')}`);
    }
  }
  console.log(`ui (code-server + Chromium): ${passed} passed, ${failed} failed; screenshots in ${path.relative(rig.ROOT, SHOTS)}/`);
  return { passed, failed };
}

module.exports = { main };

if (require.main === module) rig.runAlone('ui', main);
