#!/usr/bin/env node
// `npm start`: builds the extension and starts a real VS Code (code-server, installed on first use into
// .vscode-test/) with Dateline and the demo article open, then prints the address to open in a browser.
// With a desktop `code` on the PATH, `npm start -- --desktop` opens VS Code desktop instead.
// `npm start -- path/to/article.md` (or a folder) opens your own article (or folder) in place of the
// demo: the files themselves, not copies, so edits and exports land next to them.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync, spawn } = require('child_process');
const rig = require('../test/e2e/rig');

const ROOT = rig.ROOT;
const DEMO = path.join(ROOT, 'samples', 'port-strike.md');

function hasDesktopCode() {
  const r = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

async function main() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) throw new Error('the build failed');
  const code = hasDesktopCode();
  // (npm start runs in the repository: a relative path is the user's, from where they typed it.)
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const own = arg ? path.resolve(process.env.INIT_CWD || process.cwd(), arg) : null;
  if (own && !fs.existsSync(own)) throw new rig.RigError(`no such file or folder: ${own}`);
  const ownIsDir = own ? fs.statSync(own).isDirectory() : false;
  if (process.argv.includes('--desktop')) {
    if (!code) throw new rig.RigError('no desktop `code` on the PATH');
    spawn(code, ['--extensionDevelopmentPath', ROOT, own || DEMO], { stdio: 'inherit', detached: true }).unref();
    console.log(`Opened VS Code desktop with Dateline and ${own || 'the demo article'}.`);
    return;
  }
  rig.ensureRig();
  let ws, open, temporary;
  if (own) {
    ws = ownIsDir ? own : path.dirname(own);
    open = ownIsDir ? null : own;
    temporary = false;
  } else {
    const files = {};
    for (const f of fs.readdirSync(path.join(ROOT, 'samples'))) files[f] = fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8');
    ws = rig.makeWorkspace(files);
    open = path.join(ws, 'port-strike.md');
    temporary = true;
  }
  const { folder } = rig.extensionInfo();
  const server = await rig.startServer({ extensions: { [folder]: ROOT } });
  const payload = open ? `&payload=${encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${open}`]]))}` : '';
  const url = `${server.url}/?folder=${encodeURIComponent(ws)}${payload}`;
  console.log(`\nDateline is running in VS Code (code-server) with ${own ? (ownIsDir ? `the folder ${own}` : own) : 'the demo article'} open:\n`);
  console.log(`  ${url}\n`);
  console.log(temporary
    ? `Open that address in a browser. The demo is a copy in a temporary folder (${ws}), deleted when you stop; edit it freely. Exports are saved next to the article by default, so in that folder too: choose another folder in the save dialog to keep them.`
    : 'Open that address in a browser. These are your own files: Dateline never changes them, and exports are saved next to the article by default.');
  if (code) console.log(`A desktop VS Code is on the PATH too: \`npm start -- --desktop\` opens it with the extension.`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => { await server.stop(); if (temporary) fs.rmSync(ws, { recursive: true, force: true }); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((e) => {
  console.error(e instanceof rig.RigError ? `start: ${e.message}` : e);
  process.exit(1);
});
