/**
 * Candidates: every rule's matches, where its triggers are; the one filter stage of negative rules
 * (the language's exclusions); the extra source's matches where no rule matched; and the selection
 * of the longest matches that do not overlap.
 */
import type { Ymd } from './calendar';
import type { Ctx, Exclusion, Language, Res, Rule, Window } from './language';
import { CompiledTriggers, compileTriggers, maskOf, scanParagraphs } from './scan';

export interface Candidate {
  start: number;
  end: number;
  /** Lower wins at equal length: the rule's place in the language's list. */
  prio: number;
  rule: string;
  /** The rule's expressions count from the reference by days or weeks (Rule.deictic). */
  deictic?: boolean;
  /** Whether the paragraph it stands in is informal text (Language.informal). */
  informal?: () => boolean;
  resolve(ctx: Ctx): Res | null;
}

/** What the engine prepares once per language: the trigger pattern, each rule's mask, the exclusions by rule. */
export interface Prepared {
  triggers: CompiledTriggers;
  /** Per rule: the tables one of which must be present, and the tables that all must be. */
  masks: number[];
  requires: number[];
  exclusions: Map<string, Exclusion[]>;
}

const prepared = new WeakMap<Language, Prepared>();

export function prepare(lang: Language): Prepared {
  let p = prepared.get(lang);
  if (p) return p;
  const triggers = compileTriggers(lang.triggers, lang.letters, lang.numberTriggers);
  const masks = lang.rules.map((r) => maskOf(triggers, r.triggers));
  const requires = lang.rules.map((r) => maskOf(triggers, r.requires ?? []));
  const exclusions = new Map<string, Exclusion[]>();
  const names = new Set(lang.rules.map((r) => r.name));
  for (const x of lang.exclusions) {
    for (const name of x.rules) {
      if (!names.has(name)) throw new Error(`exclusion ${x.name}: no rule ${name}`);
      if (!exclusions.has(name)) exclusions.set(name, []);
      exclusions.get(name)!.push(x);
    }
  }
  p = { triggers, masks, requires, exclusions };
  prepared.set(lang, p);
  return p;
}

const windowBefore = (text: string, at: number, w: Window) => w[1].test(text.slice(Math.max(0, at - w[0]), at));
const windowAfter = (text: string, at: number, w: Window) => w[1].test(text.slice(at, at + w[0]));

/**
 * True when the exclusion's every condition holds for the match [start, end) of `m`. `informal` says
 * whether the paragraph around it is informal text; by default, the whole text is asked.
 */
export function excludes(x: Exclusion, m: RegExpExecArray, start: number, end: number, text: string, lang: Language,
  informal: () => boolean = () => lang.informal?.(text) ?? false): boolean {
  const g = m.groups ?? {};
  if (x.when && !x.when.every((k) => g[k] !== undefined)) return false;
  if (x.unless && !x.unless.every((k) => g[k] === undefined)) return false;
  if (x.lowercase && !x.lowercase.some((k) => g[k] !== undefined && !lang.isCapitalised(g[k]))) return false;
  if (x.text && !x.text.test(m[0])) return false;
  if (x.textNot && x.textNot.test(m[0])) return false;
  if (x.group && !(g[x.group[0]] !== undefined && x.group[1].test(g[x.group[0]]))) return false;
  if (x.before && !windowBefore(text, start, x.before)) return false;
  if (x.beforeNot && windowBefore(text, start, x.beforeNot)) return false;
  if (x.after && !windowAfter(text, end, x.after)) return false;
  if (x.afterNot && windowAfter(text, end, x.afterNot)) return false;
  const around = (w: Window) => w[1].test(text.slice(Math.max(0, start - w[0]), end + w[0]));
  if (x.around && !around(x.around)) return false;
  if (x.aroundNot && around(x.aroundNot)) return false;
  // Last: reading the paragraph for informal text is the dearest test (all of them must hold).
  if (x.informal !== undefined && informal() !== x.informal) return false;
  return true;
}

/**
 * How far before its first trigger word a match may start ("no more than a little over three and a
 * half years" starts 44 characters before "years"), and how far after its last one it may end ("2:15
 * PM EDT, Wed September 17, 2025" ends 31 after "PM"). A test checks every rule's matches against it.
 */
export const REACH = 48;
/** How far past a match's end its lookaheads read ("(?!\s+(?:percent|%))", "(?=\s*(?:[.,;:)!?]|$))"). */
const LOOKAHEAD = 32;

/** Every rule's accepted matches, in rule order; returns where the paragraphs start (the scan's split). */
export function ruleCandidates(text: string, lang: Language, out: Candidate[]): number[] {
  const prep = prepare(lang);
  const { paragraphs, mask } = scanParagraphs(text, prep.triggers);
  lang.rules.forEach((rule: Rule, prio) => {
    const need = prep.masks[prio], all = prep.requires[prio];
    if ((mask & need) === 0 || (mask & all) !== all) return;
    const negatives = prep.exclusions.get(rule.name);
    const re = rule.re;
    for (const para of paragraphs) {
      if ((para.mask & need) === 0 || (para.mask & all) !== all) continue;
      const informal = () => (para.informal ??= lang.informal?.(para.text) ?? false);
      // Markdown's emphasis marks are no word characters to the rules: "_April 15, 2024_" (same offsets).
      const full = (para.ruleText ??= para.text.includes('_') ? para.text.replace(/_/g, ' ') : para.text);
      // A match holds a word of the rule's tables (a test checks it), starts at most REACH characters
      // before it and ends at most REACH after: the rule reads only the windows around those words
      // (merged where they meet), each with room for what its lookaheads read past its end.
      const { hits } = para;
      let next = 0; // where the last match ended: the next window's search goes on from there
      let ws = -1, we = -1;
      const scan = () => {
        const ruleText = we + LOOKAHEAD < full.length ? full.slice(0, we + LOOKAHEAD) : full;
        re.lastIndex = Math.max(ws, next);
        let m: RegExpExecArray | null;
        while ((m = re.exec(ruleText)) !== null) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          if (m.index >= we) break; // no match of this window starts past its last word (the next window's own)
          next = m.index + m[0].length;
          m.index += para.start;
          const start = m.index, end = m.index + m[0].length;
          if (rule.valid && !rule.valid(m, text)) continue;
          if (negatives && negatives.some((x) => excludes(x, m!, start, end, text, lang, informal))) continue;
          const match = m;
          const lead = rule.lead ? rule.lead(match, text) : 0;
          const trail = rule.trail ? rule.trail(match, text) : 0;
          out.push({ start: start + lead, end: end - trail, prio, rule: rule.name, deictic: rule.deictic, informal, resolve: (ctx) => rule.resolve(match, ctx) });
        }
      };
      for (let i = para.from; i < para.to; i += 3) {
        if ((hits[i] & need) === 0) continue;
        const a = Math.max(0, hits[i + 1] - REACH), z = hits[i + 2] + REACH;
        if (a <= we) { we = Math.max(we, z); continue; }
        if (we >= 0) scan();
        ws = a; we = z;
      }
      if (we >= 0) scan();
    }
  });
  return paragraphs.map((p) => p.start);
}

/** The language's extra source, where no rule matched: where a rule matched, the rule knows better. */
export function extraCandidates(text: string, lang: Language, ref: Ymd, cands: Candidate[]): void {
  const x = lang.extra;
  if (!x || !x.hint.test(text)) return;
  const seen = new Uint8Array(text.length + 1);
  for (const c of cands) seen.fill(1, c.start, c.end);
  const prio = lang.rules.length;
  for (const c of x.find(text, ref)) {
    let clash = false;
    for (let i = c.start; i < c.end && !clash; i++) clash = seen[i] === 1;
    if (!clash) cands.push({ ...c, prio, rule: 'extra' });
  }
}

/** Keeps the longest candidates that do not overlap (ties: rule order), then sorts by position. */
export function select(cands: Candidate[], textLength: number): Candidate[] {
  cands.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.prio - b.prio || a.start - b.start);
  const taken = new Uint8Array(textLength + 1);
  const chosen: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
