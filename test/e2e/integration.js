// Runs the integration suite (out/test/integration) inside a real VS Code extension host:
// with @vscode/test-electron where VS Code desktop can be downloaded, and in code-server here.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const rig = require('./rig');
const { makeNewsText } = require('../../scripts/newsgen');

function workspaceFiles() {
  const shared = path.resolve(rig.ROOT, '..', 'shared', 'samples', 'china-daily-2025-11-19.txt');
  if (!fs.existsSync(shared)) throw new rig.RigError(`the user's sample article is missing: ${shared}`);
  return {
    'china-daily-2025-11-19.txt': fs.readFileSync(shared, 'utf8'),
    'port-strike.md': fs.readFileSync(path.join(rig.ROOT, 'samples', 'port-strike.md'), 'utf8'),
    // A long article (about 2 MB) and a 20 MB one, from the benchmark's generator.
    'long-article.txt': 'BRUSSELS, March 4, 2024 (Dateline Wire) —\n\n' + makeNewsText(2e6, 7),
    'huge.txt': 'BRUSSELS, March 4, 2024 (Dateline Wire) —\n\n' + makeNewsText(2e6, 8).repeat(10),
    // Small articles for the worker tests (made slow on demand through the test API); one per test,
    // since VS Code may keep a closed file's document (and what Dateline knows of it) for a while.
    ...Object.fromEntries(['slow-1.txt', 'slow-2.txt', 'quick.txt', 'supersede.txt', 'closed-1.txt', 'closed-2.txt'].map((name, i) => [name,
      `LONDON, March ${4 + i}, 2024 (Dateline Wire) —\n\nThe council met on Tuesday to discuss the port. Talks resumed on Monday, officials said.\n`])),
  };
}

/** VS Code desktop through @vscode/test-electron: reports 'unavailable' when it cannot be downloaded. */
async function runDesktop(workspace) {
  let runTests;
  try {
    ({ runTests } = require('@vscode/test-electron'));
  } catch {
    return { status: 'unavailable', reason: '@vscode/test-electron is not installed' };
  }
  const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-it-')), 'results.json');
  try {
    await runTests({
      extensionDevelopmentPath: rig.ROOT,
      extensionTestsPath: path.join(rig.ROOT, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { DATELINE_TEST_RESULTS: results },
      timeout: 60000,
    });
  } catch (e) {
    const msg = String(e && e.message || e);
    if (!fs.existsSync(results) && /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|network|download|fetch|Failed to get|socket|certificate/i.test(msg)) {
      return { status: 'unavailable', reason: `VS Code desktop could not be downloaded (${msg.split('\n')[0].slice(0, 120)})` };
    }
    if (!fs.existsSync(results)) return { status: 'error', reason: msg.split('\n')[0] };
  }
  return { status: 'ran', ...JSON.parse(fs.readFileSync(results, 'utf8')) };
}

/** The same suite in code-server's extension host, driven by Chromium. */
async function runCodeServer(workspace) {
  const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-it-')), 'results.json');
  const server = await rig.startServer({ smoke: true, env: { DATELINE_TEST_RESULTS: results } });
  const browser = await rig.launchBrowser();
  try {
    await browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await browser.ctx.newPage();
    let exitCode = null;
    const exited = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; resolve(code); });
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = require('util').format(...(Array.isArray(args) ? args : [args]));
      // The workbench's own noise on an offline machine (update checks, open-vsx, auth) is left out.
      if (!line.trim() || /open-vsx|workbench\.js:|AccountPolicyGate|DialogService|checkForUpdates|marketplace|ENOTFOUND/.test(line)) return;
      process.stdout.write(`  ${line.replace(/\n/g, '\n  ')}\n`);
    });
    const authority = `127.0.0.1:${server.port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://${authority}${rig.ROOT}`],
      ['extensionTestsPath', `vscode-remote://${authority}${path.join(rig.ROOT, 'out', 'test', 'integration', 'index.js')}`],
    ]);
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 180000));
    const r = await Promise.race([exited, timeout]);
    if (r === 'timeout') {
      return { status: 'error', reason: `the suite did not finish in 180 s (server log: ${fs.readFileSync(server.logFile, 'utf8').split('\n').slice(-3).join(' | ')})` };
    }
    if (!fs.existsSync(results)) return { status: 'error', reason: `the extension host exited with code ${exitCode} before mocha reported` };
    return { status: 'ran', ...JSON.parse(fs.readFileSync(results, 'utf8')) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function main() {
  const workspace = rig.makeWorkspace(workspaceFiles());
  let failed = 0;
  let passed = 0;
  try {
    if (process.env.DATELINE_SKIP_DESKTOP !== '1') {
      const desktop = await runDesktop(workspace);
      if (desktop.status === 'unavailable') {
        console.log(`integration (VS Code desktop): not run: ${desktop.reason}. The same suite runs in code-server below.`);
      } else if (desktop.status === 'error') {
        console.log(`integration (VS Code desktop): error: ${desktop.reason}`);
        failed++;
      } else {
        console.log(`integration (VS Code desktop): ${desktop.passed} passed, ${desktop.failed} failed`);
        passed += desktop.passed; failed += desktop.failed;
      }
    }
    rig.ensureRig();
    const cs = await runCodeServer(workspace);
    if (cs.status !== 'ran') {
      console.log(`integration (code-server): error: ${cs.reason}`);
      failed++;
    } else {
      console.log(`integration (code-server): ${cs.passed} passed, ${cs.failed} failed`);
      passed += cs.passed; failed += cs.failed;
      if (cs.passed === 0) { console.log('integration (code-server): no test ran'); failed++; }
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  return { passed, failed };
}

module.exports = { main };

if (require.main === module) rig.runAlone('integration', main);
