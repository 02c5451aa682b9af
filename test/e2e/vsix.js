// Smoke test of the packaged extension: builds the .vsix (npm run package), installs it into a fresh
// code-server the way a user would, and checks in Chromium that the installed package, not the
// source folder, shows the sample article's timeline.
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const { spawnSync } = require('child_process');
const rig = require('./rig');

async function main() {
  rig.ensureRig();
  const pack = spawnSync(process.execPath, [path.join(rig.ROOT, 'scripts', 'package.js')], { cwd: rig.ROOT, encoding: 'utf8' });
  const sizeLine = (pack.stdout || '').split('\n').find((l) => /\.vsix: \d+ KB/.test(l));
  if (pack.status !== 0) {
    console.log(`vsix: npm run package failed: ${(pack.stderr || pack.stdout).trim().split('\n').pop()}`);
    console.log('vsix: 0 passed, 1 failed');
    return { passed: 0, failed: 1 };
  }
  console.log(`  ${sizeLine}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(rig.ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(rig.ROOT, `${pkg.name}-${pkg.version}.vsix`);
  const sample = fs.readFileSync(path.resolve(rig.ROOT, '..', 'shared', 'samples', 'china-daily-2025-11-19.txt'), 'utf8');
  const ws = rig.makeWorkspace({ 'china-daily-2025-11-19.txt': sample });
  let server, browser, failed = 0, passed = 0;
  try {
    server = await rig.startServer({ vsix });
    const installed = fs.readdirSync(path.join(server.runDir, 'exts')).filter((d) => d.startsWith(`${pkg.publisher}.${pkg.name}-`));
    assert.strictEqual(installed.length, 1, 'the package is installed');
    const dir = path.join(server.runDir, 'exts', installed[0]);
    assert.ok(!fs.lstatSync(dir).isSymbolicLink(), 'a real install, not a link to the source');
    for (const f of ['dist/extension.js', 'dist/worker.js', 'dist/webview.js', 'media/timeline.css']) assert.ok(fs.existsSync(path.join(dir, f)), `${f} is in the package`);
    assert.ok(!fs.existsSync(path.join(dir, 'src')) && !fs.existsSync(path.join(dir, 'node_modules')), 'no sources or node_modules in the package');
    browser = await rig.launchBrowser();
    const page = await browser.ctx.newPage();
    const payload = JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${path.join(ws, 'china-daily-2025-11-19.txt')}`]]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
    const view = page.frameLocator(`iframe.webview.ready[src*="extensionId=${pkg.publisher}.${pkg.name}"]`).frameLocator('iframe#active-frame');
    await view.locator('.entry .words', { hasText: 'Mon 17 Nov 2025' }).first().waitFor({ timeout: 60000 });
    assert.strictEqual(await view.locator('.dateline-words').innerText(), 'Wed 19 Nov 2025, 08:19');
    passed++;
    console.log('  ✔ the installed .vsix shows the sample article\'s timeline');
  } catch (e) {
    failed++;
    console.log(`  ✘ the installed .vsix: ${String(e && e.message || e).split('\n')[0]}`);
  } finally {
    if (browser) await browser.close();
    if (server) await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  console.log(`vsix (installed into code-server): ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

module.exports = { main };

if (require.main === module) rig.runAlone('vsix', main);
