// The part of `npm run bench` that runs in Chromium: the panel's render time for 2,000 entries, and the
// time from a keystroke in a 20 KB article to the updated panel, in a real VS Code (code-server).
'use strict';
const fs = require('fs');
const path = require('path');
const rig = require('../test/e2e/rig');
const { makeNewsText } = require('./newsgen');

const ROOT = path.resolve(__dirname, '..');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

/** Renders a 2,000-entry model with the real webview script in a plain Chromium page. */
async function renderBench(ctx) {
  const { analyze, buildTimeline } = require(path.join(ROOT, 'dist', 'core.js'));
  let text = makeNewsText(60000, 3), result;
  for (;;) {
    result = analyze(text, { dct: '2025-11-19' });
    if (result.entries.length >= 2000) break;
    text += '\n\n' + makeNewsText(20000, text.length);
  }
  result.entries = result.entries.slice(0, 2000);
  const model = buildTimeline(text, result, '2025-11-19');
  const page = await ctx.newPage();
  const css = fs.readFileSync(path.join(ROOT, 'media', 'timeline.css'), 'utf8');
  await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body><header id="header"></header><main id="timeline"></main></body></html>`);
  await page.evaluate(() => { window.acquireVsCodeApi = () => ({ postMessage() {}, setState() {}, getState() {} }); });
  await page.addScriptTag({ content: fs.readFileSync(path.join(ROOT, 'dist', 'webview.js'), 'utf8') });
  const times = await page.evaluate((m) => {
    const out = [];
    for (let i = 0; i < 9; i++) {
      const msg = { type: 'update', uri: `file:///bench-${i}.txt`, fileName: 'bench.txt', status: 'ok', model: m, overridden: false };
      const t0 = performance.now();
      window.dispatchEvent(new MessageEvent('message', { data: msg }));
      void document.body.offsetHeight; // layout included
      out.push(performance.now() - t0);
    }
    return out;
  }, model);
  const count = await page.locator('.entry').count();
  await page.close();
  return { ms: median(times.slice(1)), count };
}

/** Keystroke in a 20 KB article → the panel's next change, in code-server. */
async function editBench(ctx, server, ws) {
  const page = await ctx.newPage();
  const payload = JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${path.join(ws, 'article.txt')}`]]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
  const { id } = rig.extensionInfo();
  const frame = page.frameLocator(`iframe.webview.ready[src*="extensionId=${id}"]`).frameLocator('iframe#active-frame');
  await frame.locator('.entry').first().waitFor({ timeout: 60000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  const inner = page.frames().find((f) => f.url().includes('fake.html') || f.name() === 'active-frame') || null;
  const target = inner || (await (await page.$('iframe.webview.ready')).contentFrame()).childFrames()[0];
  await target.evaluate(() => {
    window.__changes = [];
    new MutationObserver(() => window.__changes.push(Date.now())).observe(document.getElementById('timeline'), { childList: true, subtree: true });
  });
  const times = [];
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(400);
    await target.evaluate(() => { window.__changes = []; });
    const t0 = Date.now();
    await page.keyboard.type(i % 2 ? 'x' : ' ');
    for (let k = 0; k < 100; k++) {
      const c = await target.evaluate(() => window.__changes[0]);
      if (c) { times.push(c - t0); break; }
      await page.waitForTimeout(10);
    }
  }
  await page.close();
  return { ms: median(times.slice(2)), n: times.length };
}

async function main() {
  rig.ensureRig();
  const browser = await rig.launchBrowser();
  const out = {};
  try {
    out.render = await renderBench(browser.ctx);
    const ws = rig.makeWorkspace({ 'article.txt': 'ROTTERDAM, March 14, 2024 (Dateline Wire) —\n\n' + makeNewsText(20000, 5) });
    const { folder } = rig.extensionInfo();
    const server = await rig.startServer({ extensions: { [folder]: ROOT } });
    try {
      out.edit = await editBench(browser.ctx, server, ws);
    } finally {
      await server.stop();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  return out;
}

module.exports = { main };
if (require.main === module) main().then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exitCode = 1; });
