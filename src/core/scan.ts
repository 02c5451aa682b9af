/**
 * The one trigger pass. A single regular expression, built from the language's trigger tables, runs
 * once over the text and records which tables each paragraph holds a word of, and where each word
 * is. Rules then run only near their trigger words (candidates.ts): most paragraphs hold no quarter,
 * no season, no holiday, no clock time, and most of a paragraph is far from any month name. Words are
 * matched case-insensitively and whole, or as prefixes when written with `*`; a run of digits is
 * classified by the language (a year, a day of the month, an ordinal, a clock time...). A rule whose
 * every match holds one of its trigger words can never miss a match because of the scan (a unit test
 * checks every rule's matches on a corpus of texts).
 */
import type { Language, TriggerTables } from './language';

export interface CompiledTriggers {
  re: RegExp;
  /** Lower-case trigger word (white space as one space) → bit mask of the tables it, or any trigger prefix of it, belongs to. */
  bits: Map<string, number>;
  /** Bit of each table. */
  tableBit: Map<string, number>;
  /** Lower-case trigger word → the bits it gives only when written with a capital ("May", not the verb "may"). */
  capitalOnly: Map<string, number>;
  /** The bits of a digit run, from the language's classification. */
  numberBits(text: string, start: number, end: number): number;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileTriggers(tables: TriggerTables, letters: string, numberTriggers: Language['numberTriggers']): CompiledTriggers {
  const tableBit = new Map<string, number>();
  const bit = (t: string) => {
    let b = tableBit.get(t);
    if (b === undefined) {
      if (tableBit.size >= 32) throw new Error('at most 32 trigger tables'); // the bits of an int32 (the 32nd is its sign)
      b = 1 << tableBit.size;
      tableBit.set(t, b);
    }
    return b;
  };
  const own = new Map<string, number>();
  const prefixes = new Set<string>();
  const capitalOnly = new Map<string, number>();
  for (const t of Object.keys(tables)) {
    bit(t);
    for (const raw of tables[t]) {
      const prefix = raw.endsWith('*');
      const w = (prefix ? raw.slice(0, -1) : raw).toLowerCase();
      if (prefix) prefixes.add(w);
      own.set(w, (own.get(w) ?? 0) | bit(t));
      if (raw[0] !== raw[0].toLowerCase()) capitalOnly.set(w, (capitalOnly.get(w) ?? 0) | bit(t));
    }
  }
  // A word's bits include those of every trigger word it holds where a word starts ("weekend" holds
  // "week*", "end of the year" holds "year*"): the scan reports the longest word at a position, and a
  // rule may need one inside it.
  const words = [...own.keys()];
  const isLetter = new RegExp(`[${letters}]`);
  const bits = new Map<string, number>();
  for (const w of words) {
    let b = own.get(w)!;
    for (const v of words) {
      if (v === w) continue;
      for (let i = w.indexOf(v); i !== -1; i = w.indexOf(v, i + 1)) {
        const startsWord = i === 0 || !isLetter.test(w[i - 1]);
        const endsWord = prefixes.has(v) || i + v.length === w.length || !isLetter.test(w[i + v.length]);
        if (startsWord && endsWord) { b |= own.get(v)!; break; }
      }
    }
    bits.set(w, b);
  }
  const re = new RegExp(`(?<![${letters}])${trie(words, prefixes, letters)}|\\d+`, 'gi');
  const numberCache = new Map<string, number>();
  const numberBits = (text: string, start: number, end: number) => {
    let b = 0;
    for (const t of numberTriggers(text, start, end)) {
      let x = numberCache.get(t);
      if (x === undefined) { x = bit(t); numberCache.set(t, x); }
      b |= x;
    }
    return b;
  };
  return { re, bits, tableBit, capitalOnly, numberBits };
}

/**
 * The trigger words as one trie-shaped pattern ("j(?:an(?:uary)?|u(?:ne|ly))"): at a word start the
 * engine follows one path instead of trying every word in turn. Longer continuations come first, so
 * the longest word at a position wins; a whole word ends where no letter follows, a prefix anywhere;
 * a space stands for any white space.
 */
function trie(words: readonly string[], prefixes: ReadonlySet<string>, letters: string): string {
  interface Node { next: Map<string, Node>; end?: 'whole' | 'prefix' }
  const root: Node = { next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) { c = { next: new Map() }; n.next.set(ch, c); }
      n = c;
    }
    n.end = prefixes.has(w) || n.end === 'prefix' ? 'prefix' : 'whole';
  }
  const edge = `(?![${letters}])`;
  const emit = (n: Node): string => {
    const alts = [...n.next.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, c]) => (ch === ' ' ? '\\s+' : escape(ch)) + emit(c));
    if (n.end) alts.push(n.end === 'prefix' ? '' : edge);
    if (alts.length === 1 && !n.end) return alts[0];
    return `(?:${alts.join('|')})`;
  };
  return emit(root);
}

/** The mask of a set of trigger table names (unknown names are an error: a typo would silence a rule). */
export function maskOf(compiled: CompiledTriggers, tables: readonly string[]): number {
  let m = 0;
  for (const t of tables) {
    const b = compiled.tableBit.get(t);
    if (b === undefined) throw new Error(`unknown trigger table: ${t}`);
    m |= b;
  }
  return m;
}

/** The bits of one match of the trigger pattern. */
export function bitsOf(compiled: CompiledTriggers, m: RegExpExecArray, text: string): number {
  // A run of digits (a trigger word may start with one, "2nite", or end with one, "Q1").
  const c = m[0].charCodeAt(0), z = m[0].charCodeAt(m[0].length - 1);
  if (c >= 48 && c <= 57 && z >= 48 && z <= 57) return compiled.numberBits(text, m.index, m.index + m[0].length);
  const w = m[0].toLowerCase();
  let b = compiled.bits.get(w) ?? compiled.bits.get(w.replace(/\s+/g, ' ')) ?? 0;
  // A word that opens with digits ("1st of", "2nite") holds that run of digits too.
  if (c >= 48 && c <= 57) {
    let k = 1;
    while (k < m[0].length && m[0].charCodeAt(k) >= 48 && m[0].charCodeAt(k) <= 57) k++;
    b |= compiled.numberBits(text, m.index, m.index + k);
  }
  // A word the table writes with a capital counts only when the text does ("May", not the verb "may").
  return m[0][0] === w[0] ? b & ~(compiled.capitalOnly.get(w) ?? 0) : b;
}

export interface Paragraph {
  start: number;
  text: string;
  /** The text as the rules read it (candidates.ts), made once. */
  ruleText?: string;
  /** The trigger tables this paragraph holds a word of. */
  mask: number;
  /** Whether it is informal text (Language.informal), once an exclusion has asked. */
  informal?: boolean;
  /**
   * The paragraph's trigger words, in text order: `hits[i]` the bits of one (its tables), `hits[i + 1]`
   * where it starts and `hits[i + 2]` where it ends (offsets in `text`), for i from `from` to `to` in
   * steps of 3. One array serves all the paragraphs of a text.
   */
  hits: number[];
  from: number;
  to: number;
}

/** The paragraphs of `text` (split at blank lines: no expression spans one), each with its trigger mask. */
export function scanParagraphs(text: string, compiled: CompiledTriggers): { paragraphs: Paragraph[]; mask: number } {
  const spans: number[] = [];
  const blank = /\n[ \t\r]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    if (m.index > start) spans.push(start, m.index);
    start = m.index + m[0].length;
  }
  if (start < text.length || !spans.length) spans.push(start, text.length);
  const n = spans.length / 2;
  const hits: number[] = [];
  const paragraphs: Paragraph[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = spans[2 * i], e = spans[2 * i + 1];
    paragraphs[i] = { start: s, text: s === 0 && e === text.length ? text : text.slice(s, e), mask: 0, hits, from: 0, to: 0 };
  }
  const re = compiled.re;
  re.lastIndex = 0;
  let all = 0, p = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const b = bitsOf(compiled, m, text);
    if (b === 0) continue;
    while (p + 1 < n && paragraphs[p + 1].start <= m.index) {
      p++;
      paragraphs[p].from = paragraphs[p].to = hits.length;
    }
    const para = paragraphs[p];
    hits.push(b, m.index - para.start, m.index + m[0].length - para.start);
    para.to = hits.length;
    para.mask |= b;
    all |= b;
  }
  return { paragraphs, mask: all };
}
