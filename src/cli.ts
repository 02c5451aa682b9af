/**
 * Dateline on the command line: the same core as the extension.
 *
 *   node dist/cli.js FILE                 a readable timeline
 *   node dist/cli.js FILE --json          { dateline, entries } as analyze() returns it
 *   node dist/cli.js --jsonl FILE|-       lines { id, text, dct?, fallback? } in, lines { id, dateline, entries } out
 *   node dist/cli.js FILE --format F      the extension's Export of the article (timelinejs, csv, ics, markdown)
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze, analyzeArticle, AnalyzeOptions, AnalyzeResult, Entry, ExportFormat, dayValue, describeValue, entryWords, exportTimeline, isDatelineWords, isOnTimeline } from './core';

const FORMATS: readonly ExportFormat[] = ['timelinejs', 'csv', 'ics', 'markdown'];

const USAGE = `Usage: dateline FILE [--json | --format FORMAT] [--dct VALUE] [--fallback YYYY-MM-DD]
       dateline --jsonl FILE|- [--fallback YYYY-MM-DD]

  FILE               a plain-text or Markdown article
  --json             print { dateline, entries } exactly as analyze() returns it
  --format FORMAT    print the timeline as the extension's Export writes it: timelinejs (TimelineJS
                     JSON), csv, ics (iCalendar) or markdown; the fallback date is then the file's
                     modified time, as in the extension, unless --fallback gives one (notes on stderr)
  --dct VALUE        reference time, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] (e.g. 2025-11-19 or
                     2025-11-19T08:19); skips dateline detection
  --fallback DATE    date used to infer a dateline's missing year, and as the reference when the
                     article has no dateline (default: today)
  --jsonl FILE|-     read lines { "id", "text", "dct"?, "fallback"? } and write one line
                     { id, dateline, entries } per input, in the same order; a line's "fallback"
                     (YYYY-MM-DD) replaces --fallback for that line; an entry that is the detected
                     dateline's own words carries "datelineWords": true; a line that cannot be read
                     (not JSON, no "id" or "text", a bad "dct" or "fallback", a text that is not
                     text) gives { id, line, error } in its place and a note on stderr, and the
                     other lines are still analysed
  -h, --help         this help

A UTF-8 byte-order mark at the start of FILE is removed; offsets refer to the text without it.
Exit codes: 0 success; 1 some --jsonl lines failed (their error lines are in the output);
2 bad arguments, unreadable or binary input.`;

class UsageError extends Error {}

interface Args { file?: string; json: boolean; dct?: string; fallback?: Date; jsonl?: string; format?: ExportFormat }

// ---------------------------------------------------------------------------------------------
// Reference dates: checked here, strictly, whatever the core accepts
// ---------------------------------------------------------------------------------------------

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function daysInMonth(y: number, m: number): number {
  return m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` naming a real day (year 0001–9999), hours 00–23, minutes and seconds 00–59. */
function checkDateTime(v: string, timeAllowed = true): { y: number; m: number; d: number } | null {
  const m = DATE_TIME.exec(v);
  if (!m) return null;
  if (!timeAllowed && m[4] !== undefined) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  if (m[4] !== undefined && (+m[4] > 23 || +m[5] > 59 || (m[6] !== undefined && +m[6] > 59))) return null;
  return { y, m: mo, d };
}

/** A `YYYY-MM-DD` fallback as a local Date (years before 100 kept as written), or null. */
function fallbackDate(v: string): Date | null {
  const r = checkDateTime(v, false);
  if (!r) return null;
  const d = new Date(2000, r.m - 1, r.d);
  d.setFullYear(r.y);
  return d;
}

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/** Why a string is clearly not text (a NUL, or mostly control characters and undecodable bytes), or null. */
function notText(s: string): string | null {
  if (s.indexOf('\0') !== -1) return 'it holds a NUL byte';
  const n = Math.min(s.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f || c === 0xfffd) bad++;
  }
  return n >= 16 && bad > n * 0.1 ? 'it is mostly control characters or bytes that are not UTF-8' : null;
}

function parseArgs(argv: string[]): Args | 'help' {
  const a: Args = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '-h': case '--help': return 'help';
      case '--json': a.json = true; break;
      case '--dct': {
        const v = value();
        if (!checkDateTime(v)) throw new UsageError(`--dct: not a valid YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]: ${v}`);
        a.dct = v;
        break;
      }
      case '--fallback': {
        const v = value();
        const d = fallbackDate(v);
        if (!d) throw new UsageError(`--fallback: not a valid YYYY-MM-DD date: ${v}`);
        a.fallback = d;
        break;
      }
      case '--jsonl': a.jsonl = value(); break;
      case '--format': {
        const v = value() as ExportFormat;
        if (!FORMATS.includes(v)) throw new UsageError(`--format: one of ${FORMATS.join(', ')}, not ${v}`);
        a.format = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
        if (a.file !== undefined) throw new UsageError(`only one FILE, got ${a.file} and ${arg}`);
        a.file = arg;
    }
  }
  if (a.jsonl !== undefined && a.file !== undefined) throw new UsageError('give either FILE or --jsonl, not both');
  if (a.jsonl === undefined && a.file === undefined) throw new UsageError('no input file (see --help)');
  if (a.jsonl !== undefined && (a.json || a.dct || a.format)) throw new UsageError('--jsonl takes dct from each line; --json, --format and --dct do not apply');
  if (a.json && a.format) throw new UsageError('give either --json or --format, not both');
  return a;
}

function readInput(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// Output: stdout may be a pipe that closes early (`| head`); that ends the run quietly
// ---------------------------------------------------------------------------------------------

let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') { stdoutClosed = true; process.exit(process.exitCode ?? 0); }
  process.stderr.write(`dateline: cannot write the output (${e.code ?? e.message})\n`);
  process.exit(2);
});

/** Writes, and waits for the stream to take it, so that a closed pipe is noticed before more work is done. */
function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (stdoutClosed) return;
    const ok = process.stdout.write(s);
    if (ok) setImmediate(resolve);
    else process.stdout.once('drain', resolve);
  });
}

// ---------------------------------------------------------------------------------------------
// The readable timeline
// ---------------------------------------------------------------------------------------------

/** Maps UTF-16 offsets to 1-based "line:column", with the line starts found once. */
function lineColumns(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}

const collator = new Intl.Collator();

function human(text: string, r: AnalyzeResult): string {
  const lineCol = lineColumns(text);
  const out: string[] = [];
  if (r.dateline) {
    const d = r.dateline;
    out.push(`Dateline: ${describeValue(d.value)} (${d.value}) — ${d.source === 'given' ? 'given' : d.source === 'front-matter' ? 'front matter' : 'text'}${d.text ? ` "${d.text}"` : ''}${d.yearInferred ? ', year inferred' : ''}`);
  } else {
    out.push('Dateline: none found — dates rest on the fallback date');
  }
  const onTimeline: Entry[] = [], rest: Entry[] = [];
  for (const e of r.entries) (isOnTimeline(e) ? onTimeline : rest).push(e);
  onTimeline.sort((a, b) => collator.compare(a.value, b.value) || a.start - b.start);
  out.push('', `Timeline (${onTimeline.length})`);
  for (const e of onTimeline) {
    const v = e.endValue ? `${e.value} – ${e.endValue}` : e.value;
    out.push(`  ${v.padEnd(26)} ${entryWords(e).padEnd(34)} "${e.text}"  ${lineCol(e.start)}\n  ${' '.repeat(26)} ${e.explanation}`);
  }
  if (rest.length) {
    out.push('', `Not on the timeline (${rest.length})`);
    for (const e of rest) out.push(`  ${e.type.padEnd(9)} ${e.value.padEnd(16)} "${e.text}"  ${lineCol(e.start)}`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// --jsonl: one output line per input line, in order; a bad line is an error line, not the end
// ---------------------------------------------------------------------------------------------

class LineError extends Error {
  constructor(message: string, readonly id: string | number | null) { super(message); }
}

function analyseLine(line: string, fallback: Date | undefined): string {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    throw new LineError('not valid JSON', null);
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new LineError('not a JSON object', null);
  const { id, text, dct, fallback: lineFallback } = rec as { id?: unknown; text?: unknown; dct?: unknown; fallback?: unknown };
  const goodId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null;
  if (goodId === null) throw new LineError('needs "id" (a string or a number)', null);
  if (typeof text !== 'string') throw new LineError('needs "text" (a string)', goodId);
  const why = notText(text);
  if (why) throw new LineError(`"text" is not text: ${why}`, goodId);
  if (dct !== undefined && dct !== null && (typeof dct !== 'string' || !checkDateTime(dct))) {
    throw new LineError('bad "dct": not YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with a real date and time', goodId);
  }
  let fb = fallback;
  if (lineFallback !== undefined && lineFallback !== null) {
    const d = typeof lineFallback === 'string' ? fallbackDate(lineFallback) : null;
    if (!d) throw new LineError('bad "fallback": not YYYY-MM-DD with a real date', goodId);
    fb = d;
  }
  const opts: AnalyzeOptions = { fallbackDate: fb };
  if (typeof dct === 'string') opts.dct = dct;
  let r: AnalyzeResult;
  try {
    r = analyze(text, opts);
  } catch (e) {
    throw new LineError(`analysis failed: ${(e as Error).message}`, goodId);
  }
  const entries = r.entries.map((e) => (isDatelineWords(e, r.dateline) ? { ...e, datelineWords: true } : e));
  return JSON.stringify({ id: goodId, dateline: r.dateline, entries });
}

async function runJsonl(args: Args): Promise<number> {
  const lines = readInput(args.jsonl!).split(/\r?\n/);
  let failed = 0;
  let pending: string[] = [], pendingSize = 0;
  const flush = async () => { if (pending.length) { const s = pending.join(''); pending = []; pendingSize = 0; await write(s); } };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) continue;
    let out: string;
    try {
      out = analyseLine(line, args.fallback);
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      failed++;
      process.stderr.write(`dateline: --jsonl line ${i + 1}: ${e.message}\n`);
      out = JSON.stringify({ id: e.id, line: i + 1, error: e.message });
    }
    pending.push(out + '\n');
    pendingSize += out.length;
    if (pendingSize > 1 << 16) await flush();
  }
  await flush();
  return failed ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// --format: what the extension's Export writes (its model, its fallback, its names)
// ---------------------------------------------------------------------------------------------

async function runExport(args: Args, text: string): Promise<number> {
  const file = args.file!;
  // As the extension: the file's modified time is the fallback, and the same computation as its worker.
  const when = args.fallback ?? (file === '-' ? new Date() : fs.statSync(file).mtime);
  const { model } = analyzeArticle(text, args.dct, dayValue(when));
  const base = file === '-' ? 'article' : path.basename(file).replace(/\.[^.]*$/, '') || 'article';
  const out = exportTimeline(args.format!, model, { title: base, sourceName: file === '-' ? 'stdin' : pathToFileURL(path.resolve(file)).href });
  for (const n of out.notes) process.stderr.write(`dateline: ${n}\n`);
  await write(out.content);
  return 0;
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') { await write(USAGE + '\n'); return 0; }
    if (args.jsonl !== undefined) return await runJsonl(args);
    const text = readInput(args.file!);
    const why = notText(text);
    if (why) throw new UsageError(`${args.file} is not a text file: ${why}`);
    if (args.format) return await runExport(args, text);
    const r = analyze(text, { dct: args.dct, fallbackDate: args.fallback });
    await write((args.json ? JSON.stringify(r, null, 2) : human(text, r)) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`dateline: ${(e as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
