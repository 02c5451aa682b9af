/*
 * An inventory of every regular expression the core (src/core/**, its language packs included) uses,
 * found without a hand-kept list, so that it survives files and rules moving around:
 *
 *  - static:  every regular-expression literal in src/core/**\/*.ts (TypeScript compiler API), and, per
 *             file, how many `new RegExp(...)` / `RegExp(...)` construction sites it has;
 *  - dynamic: every `new RegExp(...)` / `RegExp(...)` call made by the compiled core (out/src/core/**)
 *             while its modules load (fresh, out of require.cache) and while it analyses some texts.
 *
 * And a checker that runs each unique (source, flags) pair through recheck (a ReDoS analyser).
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** The repository root (this file runs from out/test/unit/core/). */
export const ROOT = path.resolve(__dirname, '../../../..');
export const CORE_SRC = path.join(ROOT, 'src', 'core');
export const CORE_OUT = path.join(ROOT, 'out', 'src', 'core');

export interface FoundRegex {
  source: string;
  flags: string;
  /** Repository-relative .ts file, e.g. "src/core/rules.ts". */
  file: string;
  /** 1-based line in `file` (static finds only; 0 when unknown). */
  line: number;
  kind: 'literal' | 'constructed';
}

export interface StaticInventory {
  files: string[];
  literals: FoundRegex[];
  /** Repository-relative .ts file -> number of `new RegExp(` / `RegExp(` call sites in it. */
  constructionSites: Map<string, number>;
}

const rel = (abs: string) => path.relative(ROOT, abs).split(path.sep).join('/');

/** Every .ts file under `dir`, recursively, sorted. */
export function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.isFile() && ent.name.endsWith('.ts') && !ent.name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** True for `RegExp`, `globalThis.RegExp`, `window.RegExp`, `global.RegExp` (the callee of a construction). */
function isRegExpCallee(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) return e.text === 'RegExp';
  if (ts.isPropertyAccessExpression(e)) {
    return e.name.text === 'RegExp' && ts.isIdentifier(e.expression) && ['globalThis', 'window', 'global', 'self'].includes(e.expression.text);
  }
  return false;
}

/** The regex literals and RegExp construction sites of one TypeScript source text. */
export function scanSource(fileName: string, text: string): { literals: FoundRegex[]; sites: number } {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const literals: FoundRegex[] = [];
  let sites = 0;
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = (node as ts.RegularExpressionLiteral).text; // "/source/flags"
      const slash = raw.lastIndexOf('/');
      literals.push({
        source: raw.slice(1, slash),
        flags: raw.slice(slash + 1),
        file: fileName,
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        kind: 'literal',
      });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      sites++;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, sites };
}

/** Scans every src/core/**\/*.ts file. */
export function staticInventory(dir = CORE_SRC): StaticInventory {
  const files = tsFilesUnder(dir);
  const literals: FoundRegex[] = [];
  const constructionSites = new Map<string, number>();
  for (const abs of files) {
    const r = scanSource(rel(abs), fs.readFileSync(abs, 'utf8'));
    literals.push(...r.literals);
    if (r.sites > 0) constructionSites.set(rel(abs), r.sites);
  }
  return { files: files.map(rel), literals, constructionSites };
}

/** Maps a compiled file (out/src/core/x/y.js) to its source (src/core/x/y.ts); null when not the core's. */
function coreSourceOf(compiled: string): string | null {
  const abs = path.resolve(compiled);
  const r = path.relative(CORE_OUT, abs);
  if (r.startsWith('..') || path.isAbsolute(r) || !r.endsWith('.js')) return null;
  return rel(path.join(CORE_SRC, r.replace(/\.js$/, '.ts')));
}

/** The file of the innermost stack frame outside this helper (who called `new RegExp`). */
function callerFile(stack: readonly NodeJS.CallSite[]): string | null {
  for (const cs of stack) {
    const f = cs.getFileName();
    if (!f || f === __filename || f.startsWith('node:')) continue;
    return f;
  }
  return null;
}

export interface DynamicCapture {
  /** Constructions made by the core (innermost caller in out/src/core/**), one per call. */
  core: FoundRegex[];
  /** Constructions made by code outside the core (dependencies such as chrono-node, wink-nlp): counted only. */
  otherCount: number;
  otherFiles: Set<string>;
}

/**
 * Replaces the global `RegExp` with a Proxy that records every construction (`new RegExp(...)` and
 * `RegExp(...)`), runs `fn`, and restores the original, whatever happens. The instances are made by the
 * real constructor, so they are real RegExps (`instanceof RegExp`, `replace`, `split`, `matchAll` work);
 * `RegExp.prototype.constructor` stays the real one, so the engine's own species constructions (split)
 * do not go through the Proxy.
 */
export function captureRegExpConstructions(fn: () => void): DynamicCapture {
  const Real = globalThis.RegExp;
  const capture: DynamicCapture = { core: [], otherCount: 0, otherFiles: new Set() };
  const record = (re: unknown) => {
    if (!(re instanceof Real)) return;
    const prepare = Error.prepareStackTrace;
    const limit = Error.stackTraceLimit;
    let stack: NodeJS.CallSite[] = [];
    try {
      Error.stackTraceLimit = 20;
      Error.prepareStackTrace = (_e, s) => s;
      const holder: { stack?: NodeJS.CallSite[] } = {};
      Error.captureStackTrace(holder);
      stack = holder.stack ?? [];
    } finally {
      Error.prepareStackTrace = prepare;
      Error.stackTraceLimit = limit;
    }
    const caller = callerFile(stack);
    const src = caller ? coreSourceOf(caller) : null;
    if (src) capture.core.push({ source: re.source, flags: re.flags, file: src, line: 0, kind: 'constructed' });
    else {
      capture.otherCount++;
      if (caller) capture.otherFiles.add(caller);
    }
  };
  const proxy: RegExpConstructor = new Proxy(Real, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
      record(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args);
      record(re);
      return re;
    },
  });
  globalThis.RegExp = proxy;
  try {
    fn();
  } finally {
    globalThis.RegExp = Real;
  }
  return capture;
}

/**
 * Loads the compiled core afresh (its modules out of require.cache first, so that their top-level
 * patterns are built again), runs `use` with it while RegExp constructions are captured, and then puts
 * the previously cached modules back, so the other tests keep their instances.
 */
export function captureCore<T = unknown>(use: (core: T) => void, entry = path.join(CORE_OUT, 'index.js')): DynamicCapture {
  const isCore = (k: string) => !path.relative(CORE_OUT, k).startsWith('..');
  const saved = new Map<string, NodeModule>();
  for (const k of Object.keys(require.cache)) {
    if (isCore(k)) {
      saved.set(k, require.cache[k]!);
      delete require.cache[k];
    }
  }
  try {
    return captureRegExpConstructions(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      use(require(entry) as T);
    });
  } finally {
    for (const k of Object.keys(require.cache)) if (isCore(k)) delete require.cache[k];
    for (const [k, m] of saved) require.cache[k] = m;
  }
}

/**
 * Names for patterns, read from the loaded core modules' exports: any exported object (or element of an
 * exported array) with a string `name` and RegExp-valued properties, such as a rule `{ name, re, hint }`.
 * Returns "flags\0source" -> ["rule 'the-weekend' (re)", ...]. Call it while the fresh core is loaded.
 */
export function patternNames(modules: unknown[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const seen = new Set<unknown>();
  const visitObject = (o: unknown) => {
    if (!o || typeof o !== 'object' || seen.has(o) || o instanceof RegExp) return;
    seen.add(o);
    const rec = o as Record<string, unknown>;
    if (typeof rec.name !== 'string') return;
    for (const [prop, v] of Object.entries(rec)) {
      if (!(v instanceof RegExp)) continue;
      const key = patternKey(v.source, v.flags);
      const label = `rule '${rec.name}'${prop === 're' ? '' : ` (${prop})`}`;
      const list = names.get(key) ?? [];
      if (!list.includes(label)) list.push(label);
      names.set(key, list);
    }
  };
  for (const m of modules) {
    if (!m || typeof m !== 'object') continue;
    for (const v of Object.values(m as Record<string, unknown>)) {
      if (Array.isArray(v)) v.forEach(visitObject);
      else visitObject(v);
    }
  }
  return names;
}

/** The compiled core modules now in require.cache (their exports). */
export function loadedCoreModules(): unknown[] {
  return Object.keys(require.cache)
    .filter((k) => !path.relative(CORE_OUT, k).startsWith('..'))
    .map((k) => require.cache[k]!.exports);
}

/** The key of a (source, flags) pair, flags in canonical order. */
export const patternKey = (source: string, flags: string) => `${[...flags].sort().join('')}\u0000${source}`;

export interface UniquePattern {
  source: string;
  flags: string;
  /** Where it was found: "src/core/rules.ts" (with a line for literals), deduplicated. */
  origins: string[];
  /** Names from the core's exports ("rule 'the-weekend'"), when known. */
  names: string[];
  static: boolean;
  dynamic: boolean;
}

/** The unique (source, flags) pairs; flags in canonical order. */
export function uniquePatterns(found: FoundRegex[]): UniquePattern[] {
  const byKey = new Map<string, UniquePattern>();
  for (const f of found) {
    const flags = [...f.flags].sort().join('');
    const key = patternKey(f.source, f.flags);
    let u = byKey.get(key);
    if (!u) byKey.set(key, (u = { source: f.source, flags, origins: [], names: [], static: false, dynamic: false }));
    const origin = f.line ? `${f.file}:${f.line}` : f.file;
    if (!u.origins.includes(origin)) u.origins.push(origin);
    if (f.kind === 'literal') u.static = true;
    else u.dynamic = true;
  }
  return [...byKey.values()];
}

/** Shortens a pattern for a message: the start and the end, with the length. */
export function shorten(s: string, max = 160): string {
  if (s.length <= max) return s;
  const half = Math.floor((max - 20) / 2);
  return `${s.slice(0, half)} …[${s.length} chars]… ${s.slice(-half)}`;
}

/** A string with its control and non-ASCII characters escaped, shortened, for a message. */
export function showString(s: string, max = 200): string {
  return shorten(JSON.stringify(s), max);
}

/**
 * recheck's parameters for this project's patterns. Every time-based limit is off (null), so that a
 * result depends only on the pattern and the seed, not on how busy the machine is (recheck's defaults
 * stop seeding, incubation and attacks after so many milliseconds, which made the fuzzer's findings
 * change from run to run and with the number of parallel checks); the character-count limits bound the
 * work instead. `maxIteration` 15 (default 10) is what it takes for the fuzzer to find the `\s+`
 * lookbehinds of 'vague-duration' and 'the-period'. `checker: 'auto'` lets recheck use the automaton
 * checker (exact) where it can and the fuzzer for look-arounds and back-references, which the automaton
 * checker does not support. `timeout` (10 minutes) is only a backstop: a check that hits it is reported as
 * unknown (and is not cached).
 */
export const RECHECK_PARAMS = {
  checker: 'auto',
  maxIteration: 15,
  randomSeed: 0,
  seedingTimeout: null,
  incubationTimeout: null,
  attackTimeout: null,
  recallTimeout: -1,
  timeout: 600_000, // 'quarter' takes 150-180 s on a 2-core machine, the dateline stamp and 'century' 100-160 s
} as const;

export interface CheckResult {
  pattern: UniquePattern;
  status: 'safe' | 'vulnerable' | 'unknown';
  checker?: string;
  /** e.g. "2nd degree polynomial", "exponential", "linear". */
  complexity?: string;
  /** recheck's attack string as an expression, e.g. "'for' + ' '.repeat(54773) + 'x'". */
  attack?: string;
  attackLength?: number;
  /** For unknown: why (timeout, unsupported: ..., invalid: ...). */
  error?: string;
  ms: number;
  cached: boolean;
}

type CacheEntry = Omit<CheckResult, 'pattern' | 'cached'>;

/** What recheck's check() returns (the part of it used here). */
type Diagnostics = Awaited<ReturnType<typeof import('recheck').check>>;

/**
 * The native recheck binary for this platform, or null (recheck then falls back to its own backends).
 * recheck's own settings keep their meaning: RECHECK_BIN names the binary, and a RECHECK_BACKEND other
 * than auto or native leaves the choice to recheck.check.
 */
export function nativeRecheckBinary(): string | null {
  const backend = process.env.RECHECK_BACKEND;
  if (backend && backend !== 'auto' && backend !== 'native') return null;
  if (process.env.RECHECK_BIN) return process.env.RECHECK_BIN;
  const os = ({ darwin: 'macos', linux: 'linux', win32: 'windows' } as Record<string, string>)[process.platform];
  const arch = ({ x64: 'x64', arm64: 'arm64' } as Record<string, string>)[process.arch];
  if (!os || !arch) return null;
  try {
    return path.join(path.dirname(require.resolve(`recheck-${os}-${arch}/package.json`)), os === 'windows' ? 'recheck.exe' : 'recheck');
  } catch {
    return null;
  }
}

/**
 * The native recheck agent, started by this test rather than by recheck's check(), for two reasons seen on
 * a 2-core, 24 GB machine:
 *  - its heap is bounded (`-Xmx`): left alone, the agent's heap grew past 20 GB while two of the heavy
 *    fuzzer checks ran at once, and the kernel killed it;
 *  - when the agent exits, every pending check fails at once with the reason; recheck's own client
 *    waits for an answer that never comes, so the test hung until mocha's limit.
 * A check whose thread runs out of heap gets no answer either: the agent says so on stderr, and the
 * checks pending then fail with that message (checkPatterns starts a new agent for the rest).
 * The protocol is recheck's ("2.0+push" JSON-RPC, one message a line, as its own client speaks it).
 */
class RecheckAgent {
  private child: ChildProcess;
  private nextId = 0;
  private pending = new Map<number, { resolve: (d: Diagnostics) => void; reject: (e: Error) => void }>();
  private buffer = '';
  private exited: string | null = null;

  constructor(binary: string, heap: string) {
    const fail = (why: string) => {
      this.exited ??= why;
      for (const p of this.pending.values()) p.reject(new Error(why));
      this.pending.clear();
    };
    this.child = spawn(binary, [`-Xmx${heap}`, 'agent'], { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (chunk: string) => {
      // A check thread that runs out of heap dies without an answer; the agent itself lives on.
      if (chunk.includes('OutOfMemoryError')) {
        fail(`the recheck agent ran out of its ${heap} heap (${chunk.trim().slice(0, 200)})`);
        this.child.kill();
      } else {
        process.stderr.write(chunk);
      }
    });
    this.child.stdout!.setEncoding('utf8'); // a character split between two chunks stays whole
    this.child.stdout!.on('data', (chunk: string) => {
      const lines = (this.buffer + chunk).split('\n');
      this.buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        const msg = JSON.parse(line) as { id?: number; result?: Diagnostics; message?: unknown };
        if (msg.id === undefined || msg.result === undefined) continue; // log pushes carry `message`
        this.pending.get(msg.id)?.resolve(msg.result);
        this.pending.delete(msg.id);
      }
    });
    this.child.stdin!.on('error', () => { /* a write to an agent that has gone: its exit reports it */ });
    this.child.on('error', (e) => fail(`the recheck agent could not run: ${e.message}`));
    this.child.on('exit', (code, signal) => fail(`the recheck agent exited (${signal ? `signal ${signal}` : `code ${code}`}; SIGKILL is usually the kernel's out-of-memory killer)`));
  }

  /** Why the agent can take no more checks, or null while it can. */
  get failed(): string | null {
    return this.exited;
  }

  check(source: string, flags: string, params: Record<string, unknown>): Promise<Diagnostics> {
    if (this.exited) return Promise.reject(new Error(this.exited));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin!.write(JSON.stringify({ jsonrpc: '2.0+push', id, method: 'check', params: { source, flags, params } }) + '\n');
    });
  }

  close(): void {
    this.child.removeAllListeners('exit');
    this.child.kill();
  }
}

/** The agent's heap limit: each heavy check needs 1-3 GB; two run at once (DATELINE_RECHECK_HEAP overrides it). */
const AGENT_HEAP = process.env.DATELINE_RECHECK_HEAP || '4g';

/** recheck accepts the flags g i m s u y; `d` (indices) does not change matching. */
const recheckFlags = (flags: string) => flags.replace(/d/g, '');

/**
 * Checks each pattern with recheck, `concurrency` at a time (the native agent checks them in parallel).
 * Results other than unknown are cached in `cacheFile` (keyed by recheck's version, the parameters, the
 * flags and the source: with no time-based limits a result is a function of these), so that a rerun
 * only checks the patterns that changed. DATELINE_REDOS_NO_CACHE=1 ignores the cache.
 */
export async function checkPatterns(
  patterns: UniquePattern[],
  options: { concurrency: number; cacheFile?: string; params?: Record<string, unknown>; timeoutFor?: (p: UniquePattern) => number | undefined; onChecked?: (r: CheckResult) => void; heap?: string },
): Promise<CheckResult[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const recheck = require('recheck') as typeof import('recheck');
  const binary = nativeRecheckBinary();
  let agent: RecheckAgent | null = null;
  const check = (source: string, flags: string, params: Record<string, unknown>) => {
    if (!binary) return recheck.check(source, flags, params as import('recheck').Parameters);
    if (!agent || agent.failed) agent = new RecheckAgent(binary, options.heap ?? AGENT_HEAP); // the first, or after one failed
    return agent.check(source, flags, params);
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version = (require('recheck/package.json') as { version: string }).version;
  const params = options.params ?? RECHECK_PARAMS;
  const useCache = !!options.cacheFile && process.env.DATELINE_REDOS_NO_CACHE !== '1';
  let cache: Record<string, CacheEntry> = {};
  if (useCache && fs.existsSync(options.cacheFile!)) {
    try {
      cache = JSON.parse(fs.readFileSync(options.cacheFile!, 'utf8'));
    } catch {
      cache = {};
    }
  }
  const prefix = `${version}\u0000${JSON.stringify(params)}\u0000`;
  const results: CheckResult[] = new Array(patterns.length);
  const kept: Record<string, CacheEntry> = {}; // the cache written back: this run's patterns only
  let next = 0;
  const worker = async () => {
    while (next < patterns.length) {
      const i = next++;
      const p = patterns[i];
      const key = prefix + patternKey(p.source, p.flags);
      const hit = useCache ? cache[key] : undefined;
      if (hit) {
        kept[key] = hit;
        results[i] = { ...hit, pattern: p, cached: true };
        continue;
      }
      const t0 = Date.now();
      const timeout = options.timeoutFor?.(p); // a shorter backstop (not in the cache key: timeouts are not cached)
      let d: Diagnostics;
      try {
        d = await check(p.source, recheckFlags(p.flags), { ...params, ...(timeout ? { timeout } : {}) });
      } catch (e) {
        results[i] = { pattern: p, status: 'unknown', error: (e as Error).message, ms: Date.now() - t0, cached: false };
        options.onChecked?.(results[i]);
        continue;
      }
      const r: CacheEntry = { status: d.status, checker: d.checker, ms: Date.now() - t0 };
      if (d.status === 'vulnerable') {
        r.complexity = d.complexity.summary;
        r.attack = d.attack.pattern;
        r.attackLength = d.attack.string.length;
      } else if (d.status === 'safe') {
        r.complexity = d.complexity.summary;
      } else {
        r.error = d.error.kind + ('message' in d.error && d.error.message ? `: ${d.error.message}` : '');
      }
      if (r.status !== 'unknown') kept[key] = r;
      results[i] = { ...r, pattern: p, cached: false };
      options.onChecked?.(results[i]);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  } finally {
    (agent as RecheckAgent | null)?.close();
  }
  if (useCache) {
    fs.mkdirSync(path.dirname(options.cacheFile!), { recursive: true });
    fs.writeFileSync(options.cacheFile!, JSON.stringify(kept));
  }
  return results;
}
