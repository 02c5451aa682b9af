import * as chrono from 'chrono-node';
import type { AnalyzeOptions, AnalyzeResult, Dateline, Entry, Granularity } from './types';
import { detectDateline } from './dateline';
import { Point, Ymd, compareYmd, formatPoint, isValidYmd, parseReference, pointStart } from './calendar';
import { RULES, Ctx, Prev, Res, fineEnough } from './rules';
import { tenseAt, splitSentences } from './tense';
import type { Tense } from './tense';

interface Candidate {
  start: number;
  end: number;
  /** Lower wins at equal length. */
  prio: number;
  resolve(ctx: Ctx): Res | null;
}

/**
 * chrono's pass only adds explicit dates our rules do not read: numeric dates with separators
 * ("2024/04/15", "15.04.2024", "4/15"). Texts without one skip it (times and named months are ours).
 */
const CHRONO_HINT = /\d[./-]\d{1,2}[./-]\d|\d{4}\/\d|\d{1,2}\/\d{1,2}\b/;

/** Texts larger than this are analysed without chrono's extra pass (our rules still run). */
const CHRONO_LIMIT = 4_000_000;

/** chrono's strict English parsers (explicit dates and times only); casual words are our rules' job. */
const chronoParser = chrono.strict.clone();

function fromDate(d: Date): Ymd {
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

/** The paragraphs of `text` (split at blank lines): no expression spans one. */
function paragraphs(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const blank = /\n[ \t\r]*\n/g;
  let start = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    if (m.index > start) out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length || !out.length) out.push({ start, text: start === 0 ? text : text.slice(start) });
  return out;
}

/**
 * Every rule's matches. A rule runs only on the paragraphs its hint finds a word of (most paragraphs
 * hold no quarter, no season, no holiday), which halves the scanning on a typical article. Matches are
 * found in the paragraph and then placed in the whole text, so rules see the same text around them.
 */
function collectRuleCandidates(text: string, out: Candidate[]): void {
  const paras = paragraphs(text);
  RULES.forEach((rule, prio) => {
    if (rule.hint && !rule.hint.test(text)) return;
    const re = rule.re;
    for (const para of paras) {
      if (rule.hint && paras.length > 1 && !rule.hint.test(para.text)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(para.text)) !== null) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        m.index += para.start;
        if (rule.accept && !rule.accept(m, text)) continue;
        const match = m;
        const lead = rule.trimLead ? rule.trimLead(match, text) : 0;
        out.push({ start: match.index + lead, end: match.index + match[0].length, prio, resolve: (ctx) => rule.resolve(match, ctx) });
      }
    }
  });
}

/** chrono-node finds explicit dates and times in formats our rules do not cover ("2024/04/15", "15.04.2024", ...). */
function collectChronoCandidates(text: string, ref: Ymd, out: Candidate[]): void {
  const refDate = new Date(ref.y, ref.m - 1, ref.d, 12);
  let results: chrono.ParsedResult[];
  try {
    results = chronoParser.parse(text, refDate);
  } catch {
    return;
  }
  const prio = RULES.length;
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    // Only explicit calendar dates: "2024/04/15", "15.04.2024", "April 15th at 3pm". Relative phrases
    // ("10 days before", "within 14 days") and fractions ("7/8") are our rules' job or not dates at all.
    if (!/\d/.test(r.text) || /\b(?:days?|weeks?|months?|years?|hours?|minutes?|ago|before|after|within|later|earlier)\b/i.test(r.text)) continue;
    if (/\d\/\d/.test(r.text) && !/\d{1,2}\/\d{1,2}\/\d{2,4}/.test(r.text)) continue; // fractions, "5/8"
    if (/^\d{1,2}\/\d{1,2}$/.test(r.text.trim()) || !s.isCertain('year') && /^[\d/.\s-]+$/.test(r.text)) continue;
    const start = r.index, end = r.index + r.text.length;
    out.push({
      start, end, prio,
      resolve(ctx) {
        const y = s.isCertain('year') ? s.get('year')! : ctx.ref.y;
        const mo = s.get('month')!, d = s.get('day')!;
        if (!isValidYmd(y, mo, d)) return null;
        const point: Point = { g: 'day', y, m: mo, d };
        if (s.isCertain('hour')) { point.hh = s.get('hour')!; point.mi = s.get('minute') ?? 0; }
        return {
          type: point.hh !== undefined ? 'TIME' : 'DATE', point, anchor: s.isCertain('year') ? 'absolute' : 'dateline',
          explanation: s.isCertain('year') ? 'A date in the text (read by chrono-node).' : `A date in the text without a year: the year of ${ctx.refName}.`,
          explicitYear: s.isCertain('year'),
        };
      },
    });
  }
}

/** Keeps the longest candidates that do not overlap (ties: rule order), then sorts by position. */
function select(cands: Candidate[], textLength: number): Candidate[] {
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

function granularity(r: Res): Granularity {
  if (r.point) {
    const p = r.point;
    if (p.g === 'day') return p.hh !== undefined ? 'time' : p.pod ? 'partOfDay' : 'day';
    if (p.g === 'week') return p.weekend ? 'weekend' : 'week';
    return p.g;
  }
  if (r.type === 'DURATION') return 'duration';
  if (r.type === 'SET') return 'set';
  return 'vague';
}

const RANGE_GAP = /^\s*(?:-|–|—|to|through|thru|until|till)\s*$/i;
const AND_GAP = /^\s+and\s+$/i;

/** Finds every temporal expression in `text` and resolves it against the dateline. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const fallback = options.fallbackDate ?? new Date();
  let dateline: Dateline | null = null;
  let ref: (Ymd & { hh?: number; mi?: number }) | null = null;
  if (options.dct) {
    ref = parseReference(options.dct);
    if (ref) dateline = { value: options.dct, start: 0, end: 0, text: '', source: 'given' };
  }
  if (!dateline) {
    dateline = detectDateline(text, fallback);
    ref = dateline ? parseReference(dateline.value) : null;
  }
  const refName = dateline ? (dateline.source === 'given' ? 'the reference date' : 'the dateline') : 'the fallback date';
  if (!ref) ref = fromDate(fallback);
  const refDay: Ymd & { hh?: number; mi?: number } = ref;

  const cands: Candidate[] = [];
  collectRuleCandidates(text, cands);
  if (text.length <= CHRONO_LIMIT && CHRONO_HINT.test(text)) {
    // chrono adds only what no rule of ours has seen: where a rule matched, the rule knows better.
    const seen = new Uint8Array(text.length + 1);
    for (const c of cands) seen.fill(1, c.start, c.end);
    const extra: Candidate[] = [];
    collectChronoCandidates(text, refDay, extra);
    for (const c of extra) {
      let clash = false;
      for (let i = c.start; i < c.end && !clash; i++) clash = seen[i] === 1;
      if (!clash) cands.push(c);
    }
  }
  const chosen = select(cands, text.length);

  // Sentence bounds are computed once, on first need, and only tagged where a date needs tense.
  let sentences: ReadonlyArray<[number, number]> | null = null;
  const sentenceAt = (pos: number): [number, number] => {
    if (!sentences) sentences = splitSentences(text);
    let lo = 0, hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = sentences[mid];
      if (pos < s) hi = mid - 1; else if (pos >= e) lo = mid + 1; else return sentences[mid];
    }
    return [Math.max(0, pos - 200), Math.min(text.length, pos + 200)];
  };

  const entries: Entry[] = [];
  let prev: Prev | null = null;
  const history: Prev[] = [];
  let prevQuarter: Point | null = null;
  let fiscalStart: number | null = null;
  const resolved: Array<{ c: Candidate; r: Res }> = [];
  for (const c of chosen) {
    let tense: Tense | null = null;
    const before = text.slice(Math.max(0, c.start - 16), c.start);
    const ctx: Ctx = {
      ref: refDay, refName, prev, prevQuarter, start: c.start,
      fiscalStart, learnFiscalStart: (month) => { fiscalStart = month; },
      before, after: text.slice(c.end, c.end + 32),
      sentenceStart: () => sentenceAt(c.start)[0],
      prevFor(unit) {
        // The latest date fine enough for `unit`, reaching back past bare years ("On Friday ... In 2019 it
        // toured. The following day ...") but not past a month, week, season or quarter: "By the following
        // summer ... the night before" has no day to count from.
        for (let i = history.length - 1; i >= 0; i--) {
          const g = history[i].point.g;
          if (fineEnough(g, unit)) return history[i];
          if (g !== 'year' && g !== 'decade' && g !== 'century') return null;
        }
        return null;
      },
      prevPeriod() {
        const from = sentenceAt(c.start)[0];
        for (let i = history.length - 1; i >= 0 && history[i].end > from; i--) {
          const h = history[i];
          if (h.from || h.point.g === 'quarter' || h.point.g === 'half' || h.point.g === 'month' || h.point.g === 'season') return h;
          if (h.point.g !== 'day') return null;
        }
        return null;
      },
      deadline: /\b(?:by|until|till|through|before)\s+$/i.test(before),
      direction() {
        if (tense === null) {
          const [s, e] = sentenceAt(c.start);
          tense = tenseAt(text, s, e, c.start, c.end);
        }
        return tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
      },
      forward: /\b(?:payable|effective|due|expires|expiring|starting|beginning|scheduled for|set for|slated for)\s+(?:on\s+)?$/i.test(before),
    };
    let r: Res | null = null;
    try {
      r = c.resolve(ctx);
    } catch {
      r = null; // a rule must never take the whole analysis down
    }
    if (!r) continue;
    resolved.push({ c, r });
    if (r.point && r.anchorable !== false) {
      prev = { point: r.endPoint ?? r.point, explicitYear: !!r.explicitYear, end: c.end };
      if (r.endPoint) prev.from = r.point;
      history.push(prev);
      if (history.length > 16) history.shift();
      if (r.point.g === 'quarter') prevQuarter = r.point;
    }
  }

  // Ranges: "Aug 31 to Sept 1", "between 2015 and 2020", "from January 2022 to December 2025".
  for (let i = 0; i < resolved.length; i++) {
    const a = resolved[i], b = resolved[i + 1];
    let start = a.c.start, end = a.c.end;
    const r = a.r;
    let endValue: string | undefined = r.endPoint ? formatPoint(r.endPoint) : undefined;
    if (b && a.r.point && b.r.point && !a.r.endPoint && !b.r.endPoint && a.r.type !== 'DURATION') {
      const gap = text.slice(a.c.end, b.c.start);
      const before = text.slice(Math.max(0, a.c.start - 8), a.c.start);
      const between = /\bbetween\s+$/i.test(before);
      const from = /\bfrom\s+$/i.test(before);
      if ((RANGE_GAP.test(gap) && (from || !/^\s*(?:to|until|till)\s*$/i.test(gap) || sameKind(a.r.point, b.r.point))) || (AND_GAP.test(gap) && between)) {
        let endPoint = b.r.point;
        // "Aug 31 to Sept 1 last year": the year given at the end holds for the start too.
        if ((b.r.explicitYear || b.r.yearInText) && !a.r.explicitYear && !a.r.yearInText && 'y' in a.r.point && 'y' in endPoint && a.r.point.g === endPoint.g) {
          const moved = { ...a.r.point, y: endPoint.y } as Point;
          r.point = compareYmd(pointStart(moved), pointStart(endPoint)) > 0 ? ({ ...moved, y: endPoint.y - 1 } as Point) : moved;
        }
        // An end without a year takes the start's, and follows it: "Dec 30 to Jan 2", "from Dec. 22, 2018
        // to Jan. 25" (2019).
        const startPoint = a.r.point;
        if (!b.r.explicitYear && !b.r.yearInText && 'y' in endPoint && 'y' in startPoint) {
          const moved = { ...endPoint, y: startPoint.y } as Point;
          endPoint = compareYmd(pointStart(moved), pointStart(startPoint)) < 0 ? ({ ...endPoint, y: startPoint.y + 1 } as Point) : moved;
        }
        if (compareYmd(pointStart(endPoint), pointStart(a.r.point)) >= 0) {
          if (between || from) start = a.c.start - (before.length - before.search(/(between|from)\s+$/i));
          end = b.c.end;
          endValue = formatPoint(endPoint);
          i++;
        }
      }
    }
    const entry: Entry = {
      start, end, text: text.slice(start, end), type: r.type,
      value: r.point ? formatPoint(r.point) : r.value ?? 'PRESENT_REF',
      granularity: granularity(r), anchor: r.anchor, explanation: r.explanation,
    };
    if (endValue !== undefined) { entry.endValue = endValue; entry.explanation = end > a.c.end ? `A range. ${r.explanation}` : r.explanation; }
    if (r.mod) entry.mod = r.mod;
    entries.push(entry);
  }
  return { dateline, entries };
}

function sameKind(a: Point, b: Point): boolean {
  return a.g === b.g;
}
