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
 * checker does not support. `timeout` (180 s) is only a backstop: a check that hits it is reported as
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
  timeout: 180_000, // 'decade' and 'century' take 40-60 s on a busy 2-core machine
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
  options: { concurrency: number; cacheFile?: string; params?: Record<string, unknown>; timeoutFor?: (p: UniquePattern) => number | undefined },
): Promise<CheckResult[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const recheck = require('recheck') as typeof import('recheck');
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
      const d = await recheck.check(p.source, recheckFlags(p.flags), { ...params, ...(timeout ? { timeout } : {}) } as import('recheck').Parameters);
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
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  if (useCache) {
    fs.mkdirSync(path.dirname(options.cacheFile!), { recursive: true });
    fs.writeFileSync(options.cacheFile!, JSON.stringify(kept));
  }
  return results;
}
