import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { Entry, ExportFormat, analyze, buildTimeline, entryWords, exportTimeline, isOnTimeline, splitSentences } from '../../src/core';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { makeNewsText } = require(path.resolve(__dirname, '../../../scripts/newsgen.js'));

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
  it('--format writes exactly what the extension\'s Export writes for the article (its model, fallback and names)', () => {
    const text = 'Port strike ends\n\nROTTERDAM, March 14 (Dateline Wire) — Dock workers voted on Monday to end the strike; talks resume at 3 p.m. on Friday.\n';
    const file = tmp('port-strike.txt', text);
    const when = new Date(2024, 2, 16, 9, 0);
    fs.utimesSync(file, when, when); // the fallback is the file's modified time, as in the extension
    const sentences = splitSentences(text);
    const model = buildTimeline(text, analyze(text, { fallbackDate: new Date(2024, 2, 16, 12), sentences }), '2024-03-16', sentences);
    const meta = { title: 'port-strike', sourceName: pathToFileURL(file).href };
    for (const f of ['timelinejs', 'csv', 'markdown', 'ics'] as ExportFormat[]) {
      const r = run([file, '--format', f]);
      assert.strictEqual(r.status, 0, r.stderr);
      const expected = exportTimeline(f, model, meta).content;
      // (DTSTAMP is the time of the export.)
      const noStamp = (s: string) => s.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP');
      assert.strictEqual(noStamp(r.stdout), noStamp(expected), f);
    }
    assert.match(run([file, '--format', 'ics']).stdout, /DTSTART:20240315T150000\r\n/, 'a timed event for "3 p.m. on Friday"');
    // With a reference given, the dateline's own words are no entry, as in the extension's export.
    const given = run([file, '--format', 'csv', '--dct', '2024-03-14']);
    assert.strictEqual(given.status, 0, given.stderr);
    assert.ok(!/,March 14,/.test(given.stdout), given.stdout);
    assert.ok(given.stdout.includes(',Monday,'), 'the other entries stay');
    const bad = run([file, '--format', 'pdf']);
    assert.strictEqual(bad.status, 2);
    assert.match(bad.stderr, /--format: one of timelinejs, csv, ics, markdown/);
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
  it('--jsonl takes each line\'s "fallback" for a year-less dateline, over --fallback', () => {
    const text = 'HAVANA, Dec 30 (Dateline Wire) - The ferry sailed on Monday.';
    const input = [
      JSON.stringify({ id: 'own', text, fallback: '2024-01-02' }),
      JSON.stringify({ id: 'flag', text }),
    ].join('\n');
    const r = run(['--jsonl', '-', '--fallback', '2025-06-01'], input);
    assert.strictEqual(r.status, 0, r.stderr);
    const [own, flag] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // 30 December not after 2 January 2024 is 2023's; not after 1 June 2025, 2024's.
    assert.strictEqual(own.dateline.value, '2023-12-30');
    assert.strictEqual(flag.dateline.value, '2024-12-30');
  });
  it('--jsonl marks the entry that is the detected dateline\'s own words', () => {
    const text = 'HAVANA, Dec 30 (Dateline Wire) - The ferry sailed on Monday.';
    const r = run(['--jsonl', '-'], JSON.stringify({ id: 'x', text, fallback: '2024-01-02' }) + '\n');
    const out = JSON.parse(r.stdout);
    const marked = out.entries.filter((e: { datelineWords?: boolean }) => e.datelineWords).map((e: Entry) => e.text);
    assert.deepStrictEqual(marked, ['Dec 30']);
  });
  it('--jsonl refuses a bad "fallback" on its line only', () => {
    const input = [
      JSON.stringify({ id: 'bad', text: 'It rained on Monday.', fallback: '2024-02-30' }),
      JSON.stringify({ id: 'good', text: 'It rained on Monday.', fallback: '2024-02-28' }),
    ].join('\n');
    const r = run(['--jsonl', '-'], input);
    assert.strictEqual(r.status, 1);
    const [bad, good] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.match(bad.error, /"fallback"/);
    assert.strictEqual(good.entries[0].value, '2024-02-26');
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
    ['a --dct with trailing garbage', ['x.txt', '--dct', '2025-11-19garbage']],
    ['a --dct at hour 24', ['x.txt', '--dct', '2025-11-19T24:30']],
    ['a --dct at hour 24 without minutes', ['x.txt', '--dct', '2025-11-19T24']],
    ['a --dct at minute 60', ['x.txt', '--dct', '2025-11-19T23:60']],
    ['a --dct at second 60', ['x.txt', '--dct', '2025-11-19T08:19:60']],
    ['a --dct of 29 February in a common year', ['x.txt', '--dct', '2025-02-29']],
    ['a --dct in month 13', ['x.txt', '--dct', '2025-13-01']],
    ['a --dct in words', ['x.txt', '--dct', '19 Nov 2025']],
    ['a --fallback with a time', ['x.txt', '--fallback', '2025-11-19T08:19']],
    ['--dct without a value', ['x.txt', '--dct']],
    ['no input at all', []],
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
  for (const dct of ['2024-02-29', '2025-11-19T00:00', '2025-11-19T23:59:59', '2000-02-29T08:19']) {
    it(`accepts --dct ${dct}`, () => {
      const r = run([tmp('a.txt', ARTICLE), '--json', '--dct', dct]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.strictEqual(JSON.parse(r.stdout).dateline.value, dct);
    });
  }

  describe('--jsonl with bad lines', () => {
    const good = (id: string | number, dct?: string) => JSON.stringify({ id, text: 'It rained on Monday.', dct });
    const lines = [
      good('first', '2025-11-19'),
      'not json',
      '{"id": 1, "text": 5}',
      JSON.stringify({ text: 'no id' }),
      good('garbage-dct', '2025-11-19garbage'),
      good('hour-24', '2025-11-19T24:30'),
      '',
      JSON.stringify({ id: 'nul', text: 'On Monday\u0000 the port closed.' }),
      '[1, 2]',
      good('last', '2025-11-19T08:19'),
    ];
    let r: ReturnType<typeof run>;
    let out: Array<{ id: unknown; line?: number; error?: string; dateline: { value: string }; entries: Entry[] }>;
    before(() => {
      r = run(['--jsonl', '-'], lines.join('\n') + '\n');
      out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    });

    it('writes one line per non-blank input line, good and bad, in input order', () => {
      assert.deepStrictEqual(out.map((o) => o.id), ['first', null, 1, null, 'garbage-dct', 'hour-24', 'nul', null, 'last']);
      assert.deepStrictEqual(out.map((o) => o.line ?? null), [null, 2, 3, 4, 5, 6, 8, 9, null]);
    });
    it('still analyses the good lines', () => {
      assert.strictEqual(out[0].entries[0].value, '2025-11-17');
      assert.strictEqual(out[8].dateline.value, '2025-11-19T08:19');
      assert.strictEqual(out[8].entries[0].value, '2025-11-17');
    });
    it('says what is wrong with each bad line', () => {
      const errors = out.filter((o) => o.error).map((o) => o.error as string);
      assert.strictEqual(errors.length, 7);
      assert.match(errors[0], /not valid JSON/);
      assert.match(errors[1], /"text"/);
      assert.match(errors[2], /"id"/);
      assert.match(errors[3], /"dct"/);
      assert.match(errors[4], /"dct"/);
      assert.match(errors[5], /not text.*NUL/);
      assert.match(errors[6], /not a JSON object/);
      for (const o of out.filter((x) => x.error)) assert.deepStrictEqual(Object.keys(o), ['id', 'line', 'error']);
    });
    it('notes each bad line on stderr, one line each, and exits 1', () => {
      assert.strictEqual(r.status, 1);
      const notes = r.stderr.trim().split('\n');
      assert.deepStrictEqual(notes.map((n) => /^dateline: --jsonl line (\d+): /.exec(n)?.[1]), ['2', '3', '4', '5', '6', '8', '9']);
    });
    it('exits 0 when every line is good', () => {
      const ok = run(['--jsonl', '-'], good('a', '2025-11-19') + '\n' + good('b') + '\n');
      assert.strictEqual(ok.status, 0, ok.stderr);
      assert.strictEqual(ok.stderr, '');
    });
  });

  describe('binary input', () => {
    it('refuses a file holding a NUL byte: one line on stderr, exit 2, no output', () => {
      const r = run([tmp('bin.txt', 'ROTTERDAM, March 14, 2024 \u0000\u0001\u0002 on Monday')]);
      assert.strictEqual(r.status, 2);
      assert.strictEqual(r.stdout, '');
      const lines = r.stderr.trim().split('\n');
      assert.strictEqual(lines.length, 1, r.stderr);
      assert.match(lines[0], /^dateline: .*not a text file.*NUL/);
    });
    it('refuses bytes that are mostly not text, NUL or not', () => {
      const bytes = Buffer.alloc(4096);
      for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + ((i * 7919) % 255);
      const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-')), 'noise.bin');
      fs.writeFileSync(p, bytes);
      const r = run([p]);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr.trim(), /^dateline: .*not a text file/);
    });
    it('still reads text with a few accented bytes that are not UTF-8', () => {
      const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-')), 'latin1.txt');
      fs.writeFileSync(p, Buffer.from('Caf\xe9 owners met on Monday, March 3, 2025.\n', 'latin1'));
      const r = run([p, '--dct', '2025-03-05']);
      assert.strictEqual(r.status, 0, r.stderr);
    });
  });

  describe('a closed pipe', () => {
    const big = makeNewsText(1e6, 5) as string;
    const pipeToHead = (args: string[]) => spawnSync('bash', ['-c', `"$0" "$@" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`, process.execPath, CLI, ...args], { encoding: 'utf8' });
    it('ends the readable output quietly when head has read its line', function () {
      this.timeout(60000);
      const r = pipeToHead([tmp('big.txt', big)]);
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.stdout.trim(), '0');
    });
    it('ends --jsonl quietly when head has read its line', function () {
      this.timeout(60000);
      const input = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: big.slice(i * 2500, i * 2500 + 2500), dct: '2025-11-19' })).join('\n');
      const r = pipeToHead(['--jsonl', tmp('big.jsonl', input)]);
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.stdout.trim(), '0');
    });
  });

  describe('the readable output', () => {
    const text = 'Port strike ends\n\nROTTERDAM, March 14, 2024 — Workers voted on Monday.\nThe port reopens on Friday, officials said. Talks lasted for six weeks.\n';
    it('gives each entry its line:column', () => {
      const r = run([tmp('lc.txt', text)]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, /"March 14, 2024"  3:12\n/);
      assert.match(r.stdout, /"Monday"  3:46\n/);
      assert.match(r.stdout, /"Friday"  4:21\n/);
      assert.match(r.stdout, /"six weeks"  4:62$/m);
    });
    it('asks the core what is on the timeline and how an entry reads', () => {
      const p = tmp('lc.txt', text);
      const j = JSON.parse(run([p, '--json']).stdout);
      const out = run([p]).stdout;
      const on = j.entries.filter((e: Entry) => isOnTimeline(e));
      assert.match(out, new RegExp(`Timeline \\(${on.length}\\)`));
      assert.match(out, new RegExp(`Not on the timeline \\(${j.entries.length - on.length}\\)`));
      for (const e of on) assert.ok(out.includes(`${entryWords(e).padEnd(34)} "${e.text}"`), e.text);
    });
    it('reads a 2 MB text without stalling, with the right line:column for its entries', function () {
      this.timeout(60000);
      const two = makeNewsText(2e6, 11) as string;
      const p = tmp('two.txt', two);
      const t0 = Date.now();
      const r = spawnSync(process.execPath, [CLI, p, '--dct', '2025-11-19'], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const took = Date.now() - t0;
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(took < 20000, `stalled: ${took} ms`);   // a stall guard only; the speed is in npm run bench
      // Every row ends with "text"  L:C; check each against a count of the text's line breaks.
      const rows = [...r.stdout.matchAll(/"([^"\n]*)"  (\d+):(\d+)$/gm)];
      const j = JSON.parse(spawnSync(process.execPath, [CLI, p, '--dct', '2025-11-19', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
      assert.strictEqual(rows.length, j.entries.length);
      assert.ok(rows.length > 10000, `${rows.length} entries`);
      const lineStarts = [0];
      for (let i = 0; i < two.length; i++) if (two[i] === '\n') lineStarts.push(i + 1);
      for (const [, words, line, col] of rows) {
        const offset = lineStarts[+line - 1] + +col - 1;
        assert.strictEqual(two.slice(offset, offset + words.length), words, `${line}:${col}`);
        if (+line < lineStarts.length) assert.ok(offset < lineStarts[+line], `${line}:${col} is past its line`);
      }
    });
  });
});
