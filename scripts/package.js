#!/usr/bin/env node
// npm run package: a production build, then a .vsix with @vscode/vsce holding only what runs
// (.vscodeignore); prints its contents and size and fails above the 2 MB budget.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const BUDGET = 2 * 1024 * 1024;
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const out = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) { console.error(`package: ${cmd} ${args.join(' ')} failed`); process.exit(1); }
}

run(process.execPath, [path.join(ROOT, 'esbuild.js'), '--production']);
run(process.execPath, [require.resolve('@vscode/vsce/vsce', { paths: [ROOT] }), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);
const size = fs.statSync(out).size;
console.log(`\n${path.basename(out)}: ${(size / 1024).toFixed(0)} KB (budget ${(BUDGET / 1024).toFixed(0)} KB)`);
// Leave a development build in dist/ for the tests and the debugger.
run(process.execPath, [path.join(ROOT, 'esbuild.js')]);
if (size > BUDGET) { console.error('package: the .vsix is over the 2 MB budget'); process.exit(1); }
