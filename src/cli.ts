/**
 * Dateline on the command line: the same core as the extension.
 *
 *   node dist/cli.js FILE                 a readable timeline
 *   node dist/cli.js FILE --json          { dateline, entries } as analyze() returns it
 *   node dist/cli.js --jsonl FILE|-       lines { id, text, dct? } in, lines { id, dateline, entries } out
 */
import * as fs from 'fs';
import { analyze, AnalyzeOptions, AnalyzeResult, Entry, describeValue, entryWords, parseReference } from './core';

const USAGE = `Usage: dateline FILE [--json] [--dct VALUE] [--fallback YYYY-MM-DD]
       dateline --jsonl FILE|- [--fallback YYYY-MM-DD]

  FILE               a plain-text or Markdown article
  --json             print { dateline, entries } exactly as analyze() returns it
  --dct VALUE        reference time (TIMEX3 date or date-time, e.g. 2025-11-19 or 2025-11-19T08:19);
                     skips dateline detection
  --fallback DATE    date used to infer a dateline's missing year, and as the reference when the
                     article has no dateline (default: today)
  --jsonl FILE|-     read lines { "id", "text", "dct"? } and write one line { id, dateline, entries }
                     per input, in the same order
  -h, --help         this help

A UTF-8 byte-order mark at the start of FILE is removed; offsets refer to the text without it.
Exit codes: 0 success, 2 bad arguments or unreadable input.`;

class UsageError extends Error {}

interface Args { file?: string; json: boolean; dct?: string; fallback?: Date; jsonl?: string }

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
        if (!parseReference(v) || !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/.test(v)) throw new UsageError(`--dct: not a valid date or date-time: ${v}`);
        a.dct = v;
        break;
      }
      case '--fallback': {
        const v = value();
        const r = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseReference(v) : null;
        if (!r) throw new UsageError(`--fallback: not a valid date: ${v}`);
        a.fallback = new Date(r.y, r.m - 1, r.d);
        break;
      }
      case '--jsonl': a.jsonl = value(); break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
        if (a.file !== undefined) throw new UsageError(`only one FILE, got ${a.file} and ${arg}`);
        a.file = arg;
    }
  }
  if (a.jsonl !== undefined && a.file !== undefined) throw new UsageError('give either FILE or --jsonl, not both');
  if (a.jsonl === undefined && a.file === undefined) throw new UsageError('no input file (see --help)');
  if (a.jsonl !== undefined && (a.json || a.dct)) throw new UsageError('--jsonl takes dct from each line; --json and --dct do not apply');
  return a;
}

function readInput(file: string): string {
  try {
    const text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
}

function lineCol(text: string, offset: number): string {
  let line = 1, last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return `${line}:${offset - last}`;
}

const TIMELINE_TYPES = new Set(['DATE', 'TIME']);
const isPointValue = (v: string) => /^\d/.test(v);

function human(text: string, r: AnalyzeResult): string {
  const out: string[] = [];
  if (r.dateline) {
    const d = r.dateline;
    out.push(`Dateline: ${describeValue(d.value)} (${d.value}) — ${d.source === 'given' ? 'given' : d.source === 'front-matter' ? 'front matter' : 'text'}${d.text ? ` "${d.text}"` : ''}${d.yearInferred ? ', year inferred' : ''}`);
  } else {
    out.push('Dateline: none found — dates rest on the fallback date');
  }
  const onTimeline = r.entries.filter((e) => TIMELINE_TYPES.has(e.type) && isPointValue(e.value));
  const rest = r.entries.filter((e) => !onTimeline.includes(e));
  const sorted = [...onTimeline].sort((a, b) => a.value.localeCompare(b.value) || a.start - b.start);
  out.push('', `Timeline (${sorted.length})`);
  const row = (e: Entry) => {
    const v = e.endValue ? `${e.value} – ${e.endValue}` : e.value;
    return `  ${v.padEnd(26)} ${describeEntry(e).padEnd(34)} "${e.text}"  ${lineCol(text, e.start)}\n  ${' '.repeat(26)} ${e.explanation}`;
  };
  for (const e of sorted) out.push(row(e));
  if (rest.length) {
    out.push('', `Not on the timeline (${rest.length})`);
    for (const e of rest) out.push(`  ${e.type.padEnd(9)} ${e.value.padEnd(16)} "${e.text}"  ${lineCol(text, e.start)}`);
  }
  return out.join('\n');
}

function describeEntry(e: Entry): string {
  return entryWords(e);
}

function runJsonl(args: Args): void {
  const input = readInput(args.jsonl!);
  const lines = input.split(/\r?\n/);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let rec: { id?: unknown; text?: unknown; dct?: unknown };
    try {
      rec = JSON.parse(line);
    } catch {
      throw new UsageError(`--jsonl line ${i + 1}: not valid JSON`);
    }
    if (!rec || typeof rec.text !== 'string' || (typeof rec.id !== 'string' && typeof rec.id !== 'number')) throw new UsageError(`--jsonl line ${i + 1}: needs "id" and "text"`);
    if (rec.dct !== undefined && (typeof rec.dct !== 'string' || !parseReference(rec.dct))) throw new UsageError(`--jsonl line ${i + 1}: bad "dct"`);
    const opts: AnalyzeOptions = { fallbackDate: args.fallback };
    if (typeof rec.dct === 'string') opts.dct = rec.dct;
    const r = analyze(rec.text, opts);
    out.push(JSON.stringify({ id: rec.id, dateline: r.dateline, entries: r.entries }));
  });
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
}

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    if (args === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
    if (args.jsonl !== undefined) { runJsonl(args); return 0; }
    const text = readInput(args.file!);
    const r = analyze(text, { dct: args.dct, fallbackDate: args.fallback });
    process.stdout.write((args.json ? JSON.stringify(r, null, 2) : human(text, r)) + '\n');
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

process.exitCode = main(process.argv.slice(2));
