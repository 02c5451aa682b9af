import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
const tmp = (name: string, text: string) => {
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-')), name);
  fs.writeFileSync(p, text);
  return p;
};

const ARTICLE = 'Port strike ends\n\nROTTERDAM, March 14, 2024 (Dateline Wire) — Dock workers voted on Monday to end the strike.\n';

describe('CLI', () => {
  it('prints a readable timeline', () => {
    const r = run([tmp('a.txt', ARTICLE)]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /Dateline: Thu 14 Mar 2024 \(2024-03-14\)/);
    assert.match(r.stdout, /2024-03-11 .*Mon 11 Mar 2024 .*"Monday"/);
  });
  it('--json prints { dateline, entries }', () => {
    const r = run([tmp('a.txt', ARTICLE), '--json']);
    assert.strictEqual(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(j), ['dateline', 'entries']);
    assert.strictEqual(j.dateline.value, '2024-03-14');
  });
  it('--dct sets the reference and skips detection', () => {
    const r = run([tmp('a.txt', ARTICLE), '--json', '--dct', '2025-11-19']);
    const j = JSON.parse(r.stdout);
    assert.deepStrictEqual([j.dateline.value, j.dateline.source], ['2025-11-19', 'given']);
    assert.strictEqual(j.entries.find((e: { text: string }) => e.text === 'Monday').value, '2025-11-17');
  });
  it('--jsonl writes one line per input, in order', () => {
    const input = [
      JSON.stringify({ id: 'b', text: 'It rained on Monday.', dct: '2025-11-19' }),
      '',
      JSON.stringify({ id: 'a', text: 'Nothing here.' }),
    ].join('\n');
    const r = run(['--jsonl', '-'], input);
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(lines.map((l) => l.id), ['b', 'a']);
    assert.strictEqual(lines[0].entries[0].value, '2025-11-17');
  });
  it('strips a BOM from file input', () => {
    const r = run([tmp('bom.txt', '\ufeff' + ARTICLE), '--json']);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(ARTICLE.slice(j.dateline.start, j.dateline.end), j.dateline.text);
  });
  const bad: Array<[string, string[], string?]> = [
    ['an unknown flag', ['--bogus']],
    ['a missing file', ['/nonexistent/file.txt']],
    ['an impossible --dct', ['x.txt', '--dct', '2025-02-30']],
    ['--dct without a value', ['x.txt', '--dct']],
    ['no input at all', []],
    ['a bad --jsonl line', ['--jsonl', '-'], '{"id": 1, "text": 5}\n'],
    ['invalid JSON in --jsonl', ['--jsonl', '-'], 'not json\n'],
  ];
  for (const [what, args, input] of bad) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      const r = run(args, input);
      assert.strictEqual(r.status, 2);
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, r.stderr);
      assert.match(lines[0], /^dateline: /);
    });
  }
});
