/**
 * The integration suite's entry point inside the extension host (the shape @vscode/test-electron and
 * the code-server harness both call): runs every *.test.js beside it with mocha (panel.test.js first) and writes the counts
 * to $DATELINE_TEST_RESULTS for the harness.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec' });
  // The panel's tests run first: the first of them checks what happens when the sample article is
  // opened for the first time in the session (VS Code keeps a closed file's document for a while, and
  // a panel the user closed stays closed for that document until it is).
  const files = fs.readdirSync(__dirname).filter((x) => x.endsWith('.test.js')).sort();
  for (const f of [...files.filter((x) => x === 'panel.test.js'), ...files.filter((x) => x !== 'panel.test.js')]) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.DATELINE_TEST_RESULTS;
      const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
      if (out) fs.writeFileSync(out, JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }));
      if (failures > 0) reject(new Error(`${failures} integration tests failed`)); else resolve();
    });
  });
}
