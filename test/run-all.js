#!/usr/bin/env node
// `npm test`: the unit tests (plain Node), then the integration suite in a real VS Code extension host
// and the UI suite in code-server + Chromium. Prints one line per suite and the failures, and a total
// at the end; everything the suites print goes to test-results/test.log (DATELINE_VERBOSE=1 shows it
// all as it comes). (The build and the TypeScript compile run before this, from package.json.)
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const LOG = path.join(__dirname, '..', 'test-results', 'test.log');
const VERBOSE = process.env.DATELINE_VERBOSE === '1';
const out = process.stdout.write.bind(process.stdout);
const err = process.stderr.write.bind(process.stderr);
/** A summary line: always on the terminal, and in the log. */
const say = (line) => { out(`${line}\n`); fs.appendFileSync(LOG, `${line}\n`); };

/**
 * While `fn` runs, what the suites print goes to the log; the terminal gets only failures (a line
 * with ✘ or a numbered mocha failure, and the indented lines under it) unless DATELINE_VERBOSE=1.
 */
async function quietly(fn) {
  if (VERBOSE) return fn();
  let pending = '', showing = 0;
  const take = (chunk) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    fs.appendFileSync(LOG, text);
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (/✘|^\s+\d+\) /.test(line)) showing = 14;
      // (a passing test's line, or a line that is not indented, ends what belongs to the failure)
      else if (showing && ((!/^\s/.test(line) && line.trim()) || /✔/.test(line))) showing = 0;
      if (showing) { out(`${line}\n`); showing--; }
    }
    return true;
  };
  process.stdout.write = take;
  process.stderr.write = take;
  try {
    return await fn();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    if (pending) fs.appendFileSync(LOG, pending);
  }
}

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
      resolve({ passed: s.passes, failed: s.failures, skipped: s.pending, line: `unit: ${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ''}` });
    });
  });
}

async function main() {
  fs.mkdirSync(path.dirname(LOG), { recursive: true });
  fs.writeFileSync(LOG, `npm test, ${new Date().toISOString()}\n`);
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const t00 = Date.now();
  const suite = async (name, fn) => {
    const t0 = Date.now();
    const r = await quietly(fn);
    totals.passed += r.passed; totals.failed += r.failed; totals.skipped += r.skipped || 0;
    say(`${r.line || `${name}: ${r.passed} passed, ${r.failed} failed`} (${Math.round((Date.now() - t0) / 1000)} s)`);
  };
  await suite('unit', unit);
  if (process.env.DATELINE_UNIT_ONLY === '1') {
    say('integration and UI suites: not run (DATELINE_UNIT_ONLY=1)');
  } else {
    const rig = require('./e2e/rig');
    try {
      // First run: installs Node 24, code-server and Chromium (a few minutes; said in the log).
      await quietly(async () => rig.ensureRig());
      await suite('integration (extension host in code-server)', () => require('./e2e/integration').main());
      await suite('UI (code-server + Chromium)', () => require('./e2e/ui').main());
      await suite('packaged extension (.vsix installed into code-server)', () => require('./e2e/vsix').main());
    } catch (e) {
      if (!(e instanceof rig.RigError)) throw e;
      say(`integration and UI suites: cannot run: ${e.message}`);
      totals.failed++;
    }
  }
  say(`total: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''} in ${Math.round((Date.now() - t00) / 1000)} s; the full log is in ${path.relative(process.cwd(), LOG)}`);
  return totals.failed ? 1 : 0;
}

// Exit explicitly: a failed VS Code download (@vscode/test-electron) can leave retry timers behind.
const exit = (code) => process.stdout.write('', () => process.exit(code));
main().then(exit, (e) => { console.error(e); exit(1); });
