/**
 * analyze(): the orchestration, and nothing else. The reference time (given, or the dateline found);
 * the rules' candidates where their triggers are, filtered by the language's negative rules; the
 * extra source; the longest non-overlapping matches; each resolved in text order against the
 * reference and the discourse so far (tense asked only when a rule needs it); ranges joined.
 */
import type { AnalyzeOptions, AnalyzeResult, Dateline, Entry, Granularity, ReasonCode } from './types';
import type { Ctx, Direction, Language, Prev, RefKind, Res, Sentences, Tense } from './language';
import { detectDateline } from './dateline';
import { Candidate, extraCandidates, ruleCandidates, select } from './candidates';
import { Discourse } from './discourse';
import { coordinateYears, joinLengths, joinRanges, Resolved } from './ranges';
import { paragraphAt, sentenceAt, splitSentences } from './sentences';
import { formatPoint, parseReference, Reference, referencePoint } from './timex';
import { addDays, compareYmd, Point, toDayNumber } from './calendar';

function fromDate(d: Date): Reference {
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

export function granularity(r: Pick<Res, 'point' | 'type'>): Granularity {
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

const reasonOf = (r: Res): ReasonCode => r.reason ?? (r.anchor === 'absolute' ? 'absolute' : r.anchor === 'previous' ? 'previous' : 'dateline');

/**
 * A time of day given without its day (Res.dayless) takes the day named right after it ("by 5pm on
 * Tuesday 21 April", language.cues.timeThenDay): never a day of another sentence or another event.
 */
function daysOfSentences(text: string, resolved: Resolved[], cues: Language['cues'], ranges: Language['ranges']): void {
  // From the last: "10 a.m. PT (1 p.m. ET) on Thursday" passes Thursday to 1 p.m., then to 10 a.m.
  const passed = new Set<Resolved>();
  for (let i = resolved.length - 2; i >= 0; i--) {
    const r = resolved[i].r;
    if (!r.dayless || r.point?.g !== 'day') continue;
    // The next expression, if the words between join them ("5pm on Tuesday"), not a day of another
    // event; a restatement in another zone passes on only a day it was given ("11:52 p.m. EST (0452
    // GMT Thursday)" is not Thursday's).
    const next = resolved[i + 1];
    const p = next.r.point;
    const gap = text.slice(resolved[i].end, next.start);
    if (!p || p.g !== 'day' || next.r.dayless || gap.length > 64) continue;
    // A line break passes no day to a time that already has its own ("Tue 16 Sep: A v B (19:45)\nSat 20 Sep: ...").
    if (!r.dayless.guessed && gap.includes('\n')) continue;
    // ... or the start of a range of times whose end has its day ("between 2 AM and 7 AM Saturday"),
    // the day before when its hour is later than the end's ("from 10 PM to 2 AM Saturday").
    const rangeStart = p.hh !== undefined && r.point.hh !== undefined && !passed.has(next) && (ranges.gap.test(gap) || ranges.andGap.test(gap));
    if (!rangeStart && !cues.timeThenDay.test(gap) && !(passed.has(next) && cues.timeRestated.test(gap))) continue;
    const day = addDays(p, rangeStart ? (r.point.hh! * 60 + (r.point.mi ?? 0) > p.hh! * 60 + (p.mi ?? 0) ? -1 : 0) : r.dayless.plusDays ?? 0);
    const move = (q: Point | undefined): Point | undefined => (q && q.g === 'day' ? { ...q, y: day.y, m: day.m, d: day.d } : q);
    resolved[i].r = { ...r, point: move(r.point), endPoint: move(r.endPoint), anchor: 'previous', reason: undefined, explanation: r.dayless.explanation, dayless: undefined };
    passed.add(resolved[i]);
  }
}

/**
 * A live blog: three or more paragraphs that open with a time of day and no day ("19:05\n", "12:05 a.m.
 * — ", language.cues.stampAfter), the entries' stamps. Told forward or newest first, the stamps cross
 * midnight where a time comes before the one it follows; the earliest entry is on the reference's day.
 * A time without a day inside an entry takes its entry's day, the next day when it comes six hours or
 * more before the stamp's time in a sentence not told in the past ("expects a declaration at around 2am").
 */
function liveBlogDays(text: string, resolved: Resolved[], lang: Language, past: (i: number) => boolean): void {
  const cues = lang.cues;
  const isStamp = (x: Resolved) => x.r.type === 'TIME' && !!x.r.dayless?.guessed && x.r.point?.g === 'day' && x.r.point.hh !== undefined
    && (x.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, x.start - 8), x.start))) && cues.stampAfter.test(text.slice(x.end, x.end + 4));
  const stamps: number[] = [];
  resolved.forEach((x, i) => { if (isStamp(x)) stamps.push(i); });
  if (stamps.length < 3) return;
  const clock = (i: number) => { const p = resolved[i].r.point as Extract<Point, { g: 'day' }>; return p.hh! * 60 + (p.mi ?? 0); };
  let up = 0, down = 0;
  for (let k = 1; k < stamps.length; k++) (clock(stamps[k]) >= clock(stamps[k - 1]) ? up++ : down++);
  const forward = up >= down;
  // Days after the reference's, in text order.
  const plus = new Array<number>(stamps.length).fill(0);
  if (forward) for (let k = 1; k < stamps.length; k++) plus[k] = plus[k - 1] + (clock(stamps[k]) < clock(stamps[k - 1]) ? 1 : 0);
  else for (let k = stamps.length - 2; k >= 0; k--) plus[k] = plus[k + 1] + (clock(stamps[k]) < clock(stamps[k + 1]) ? 1 : 0);
  const moveBy = (i: number, days: number, explanation: string) => {
    const r = resolved[i].r;
    const move = (q: Point | undefined): Point | undefined => (q && q.g === 'day' ? { ...q, ...addDays(q, days) } : q);
    resolved[i].r = { ...r, point: move(r.point), endPoint: move(r.endPoint), anchor: 'previous', reason: undefined, explanation, dayless: undefined };
  };
  type Day = Extract<Point, { g: 'day' }>;
  const ref = resolved[stamps[0]].r.point as Day;
  const dayNumber = (p: Point) => toDayNumber((p as Day).y, (p as Day).m, (p as Day).d);
  stamps.forEach((si, k) => {
    const stampClock = clock(si), days = plus[k];
    if (days) moveBy(si, days, lang.explainLiveBlog('stamp'));
    const end = k + 1 < stamps.length ? stamps[k + 1] : resolved.length;
    for (let i = si + 1; i < end; i++) {
      const x = resolved[i];
      if (!x.r.dayless?.guessed || x.r.point?.g !== 'day' || x.r.point.hh === undefined) continue;
      // Six hours or more before the entry's time, and not told in the past: after the next midnight.
      const next = clock(i) <= stampClock - 360 && !past(i) ? 1 : 0;
      const shift = dayNumber(ref) + days + next - dayNumber(x.r.point);
      if (shift) moveBy(i, shift, lang.explainLiveBlog(next ? 'after' : 'entry'));
    }
  });
}

/**
 * Whether the text tells history rather than news: at least three years it gives itself lie a decade or
 * more before the reference, twice as many as the nearer ones, and at most one expression for every
 * four such years counts from the reference by days or weeks (Rule.deictic: "today", "on Friday"); or
 * one such year that sets the scene ("In 1768") or two, no nearer one, nothing counted from the reference
 * and no attribution (language.cues.attribution).
 */
function tellsHistory(resolved: readonly Resolved[], deictic: number, ref: Reference, attributed: boolean): boolean {
  let far = 0, near = 0, scene = 0;
  for (const { r } of resolved) {
    if (!r.explicitYear || !r.point || !('y' in r.point)) continue;
    if (r.point.y <= ref.y - 10) { far++; if (r.scene) scene++; } else near++;
  }
  // A few days counted from the reference do not make a history news: an obituary's "died on Friday",
  // a town history's "Today the mill is a museum".
  if (deictic * 4 > far) return false;
  // A story about a past year that sets its scene ("In 1768 the brig was fitted out ... She sailed on 26
  // August"), or about two: no nearer year, nothing counted from the reference by days or weeks, and no
  // one quoted as news quotes ("the company said"), which a background year in news has around it.
  if ((scene >= 1 || far >= 2) && near === 0 && deictic === 0 && !attributed) return true;
  return far >= 3 && far >= 2 * near;
}

/** Finds every temporal expression in `text` and resolves it against the dateline, in `lang`. */
export function analyzeWith(lang: Language, text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const fallback = options.fallbackDate ?? new Date();
  let dateline: Dateline | null = null;
  let ref: Reference | null = null;
  if (options.dct) {
    ref = parseReference(options.dct);
    if (ref) dateline = { value: options.dct, start: 0, end: 0, text: '', source: 'given', point: referencePoint(ref) };
  }
  if (!dateline) {
    dateline = detectDateline(text, fallback, lang.dateline);
    ref = dateline ? parseReference(dateline.value) : null;
  }
  const refKind: RefKind = dateline ? (dateline.source === 'given' ? 'given' : 'dateline') : 'fallback';
  const refName = lang.refName(refKind);
  const refDay: Reference = ref ?? fromDate(fallback);

  const cands: Candidate[] = [];
  // Where the paragraphs start, as the trigger scan split them (for Ctx.paragraphStart).
  const paragraphs = ruleCandidates(text, lang, cands);
  extraCandidates(text, lang, refDay, cands);
  const chosen = select(cands, text.length);

  // Sentences are split once, on first need (or handed in), and tagged only where a date needs tense.
  let sentences: Sentences | null = options.sentences ?? null;
  const sentenceOf = (pos: number): readonly [number, number] => {
    if (!sentences) sentences = splitSentences(text, lang.sentences);
    return sentenceAt(sentences, pos) ?? [Math.max(0, pos - 200), Math.min(text.length, pos + 200)];
  };

  let order: 'dmy' | 'mdy' | null | undefined;
  const numericOrder = () => (order === undefined ? (order = lang.dateline.numericOrder?.(text) ?? null) : order);

  let country: string | null | undefined;
  // Whether a time without a day is told in the past (by index in `resolved`), asked by liveBlogDays only.
  const toldInPast = new Map<number, () => boolean>();
  /** Each chosen candidate resolved in text order; with `history`, against the story's date where a year is missing (Ctx.story). */
  const resolveAll = (history: boolean): { resolved: Resolved[]; deictic: number } => {
    const discourse = new Discourse();
    const resolved: Resolved[] = [];
    toldInPast.clear();
    let deictic = 0;
    // The lead event's day (Ctx.leadDay) and the paragraph it is in.
    let lead: Prev | null = null;
    let leadParagraph = -1;
    // The latest day mentioned, other than a date of saying: the lead's day serves only while no other day has come since.
    let lastDay: Prev | null = null;
    for (const c of chosen) {
      let tense: Tense | null = null;
      const before = text.slice(Math.max(0, c.start - 16), c.start);
      const ctx: Ctx = {
        ref: refDay, refKind, refName, prev: discourse.prev, prevQuarter: discourse.prevQuarter, start: c.start,
        fiscalStart: discourse.fiscalStart, learnFiscalStart: (month) => { discourse.fiscalStart = month; },
        before, after: text.slice(c.end, c.end + 32),
        sentenceStart: () => sentenceOf(c.start)[0],
        textFrom: (from) => text.slice(Math.max(from, c.start - 400, 0), c.start),
        country: () => (country === undefined ? (country = lang.country ? lang.country(text) : null) : country),
        paragraphStart: () => paragraphAt(paragraphs, c.start),
        prevFor: (unit) => discourse.prevFor(unit),
        prevPeriod: () => discourse.prevPeriod(sentenceOf(c.start)[0]),
        deadline: lang.cues.deadline.test(before),
        direction(): Direction {
          if (tense === null) {
            const [s, e] = sentenceOf(c.start);
            try {
              tense = lang.tense(text, s, e, c.start, c.end);
            } catch {
              tense = 'unknown'; // tense is a hint: never let the tagger take the analysis down
            }
          }
          return tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
        },
        tense(): Tense {
          this.direction();
          return tense!;
        },
        forward: lang.cues.forward.test(before),
        backward: lang.cues.backward.test(before),
        informal: c.informal ?? (() => false),
        numericOrder,
        story: history ? () => discourse.story(refDay.y) : undefined,
        leadDay: () => (lead === lastDay ? lead : null),
      };
      let r: Res | null = null;
      try {
        r = c.resolve(ctx);
      } catch {
        r = null; // a rule must never take the whole analysis down
      }
      if (!r) continue;
      resolved.push(c.deictic ? { start: c.start, end: c.end, r, deictic: true } : { start: c.start, end: c.end, r });
      if (r.dayless?.guessed) toldInPast.set(resolved.length - 1, () => ctx.direction() < 0);
      discourse.add(r, c.end);
      if (c.deictic && r.anchor === 'dateline' && r.point && (r.point.g === 'day' || r.point.g === 'week')) deictic++;
      // A day just recorded that is not a date of saying: the latest day, and perhaps the lead's (a day
      // counted from the reference, on or before it).
      const day = discourse.prev?.end === c.end && discourse.prev.point.g === 'day' && !discourse.prev.guessedDay ? discourse.prev : null;
      if (day && !lang.cues.saying.test(before)) {
        lastDay = day;
        if (r.anchor === 'dateline' && r.point?.g === 'day' && r.point.hh === undefined && !r.dayless && compareYmd(r.point, refDay) <= 0) {
          const para = paragraphAt(paragraphs, c.start);
          if (leadParagraph < 0) leadParagraph = para;
          if (para === leadParagraph) lead = day;
        }
      }
    }
    return { resolved, deictic };
  };
  const first = resolveAll(false);
  // A text that tells history is resolved again, its dates without a year in the story's year.
  const resolved = tellsHistory(first.resolved, first.deictic, refDay, lang.cues.attribution.test(text)) ? resolveAll(true).resolved : first.resolved;

  daysOfSentences(text, resolved, lang.cues, lang.ranges);
  liveBlogDays(text, resolved, lang, (i) => toldInPast.get(i)?.() ?? false);
  coordinateYears(text, resolved, lang);
  joinLengths(text, resolved, lang);

  const entries: Entry[] = [];
  for (const j of joinRanges(text, resolved, lang)) {
    const r = j.r;
    const entry: Entry = {
      start: j.start, end: j.end, text: text.slice(j.start, j.end), type: r.type,
      value: r.point ? formatPoint(r.point) : r.value ?? 'PRESENT_REF',
      granularity: granularity(r), anchor: r.anchor, reason: reasonOf(r), explanation: r.explanation,
    };
    if (j.endPoint) {
      entry.endValue = formatPoint(j.endPoint);
      if (j.joined) entry.explanation = lang.explainRange(r.explanation);
    }
    if (r.mod) entry.mod = r.mod;
    if (r.quant) entry.quant = r.quant;
    if (r.freq) entry.freq = r.freq;
    if (r.point) entry.point = r.point;
    if (j.endPoint) entry.endPoint = j.endPoint;
    entries.push(entry);
  }
  return { dateline, entries };
}
