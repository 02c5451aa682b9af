#!/usr/bin/env node
// `npm test`: the unit tests (plain Node), then the integration suite in a real VS Code extension host
// and the UI suite in code-server + Chromium. Prints each suite's counts and a total at the end.
// (The build and the TypeScript compile run before this, from package.json.)
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

async function unit() {
  const mocha = new Mocha({ reporter: 'spec', timeout: 20000 });
  const dir = path.join(__dirname, '..', 'out', 'test', 'unit');
  // out/test/unit/**/*.test.js, as .mocharc.json: subfolders too (test/unit/core/...), in path order.
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.test.js')) files.push(p);
    }
  };
  walk(dir);
  for (const f of files.sort()) mocha.addFile(f);
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const s = runner.stats;
      console.log(`unit: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
      resolve({ passed: s.passes, failed: s.failures, skipped: s.pending });
    });
  });
}

async function main() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const add = (r) => { totals.passed += r.passed; totals.failed += r.failed; totals.skipped += r.skipped || 0; };
  add(await unit());
  if (process.env.DATELINE_UNIT_ONLY === '1') {
    console.log('integration and UI suites: not run (DATELINE_UNIT_ONLY=1)');
  } else {
    const rig = require('./e2e/rig');
    try {
      rig.ensureRig();
      console.log('\nintegration suite (extension host):');
      add(await require('./e2e/integration').main());
      console.log('\nUI suite (code-server + Chromium):');
      add(await require('./e2e/ui').main());
      console.log('\npackaged extension (.vsix installed into code-server):');
      add(await require('./e2e/vsix').main());
    } catch (e) {
      if (!(e instanceof rig.RigError)) throw e;
      console.log(`integration and UI suites: cannot run: ${e.message}`);
      totals.failed++;
    }
  }
  console.log(`\ntotal: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
  return totals.failed ? 1 : 0;
}

// Exit explicitly: a failed VS Code download (@vscode/test-electron) can leave retry timers behind.
const exit = (code) => process.stdout.write('', () => process.exit(code));
main().then(exit, (e) => { console.error(e); exit(1); });
