/**
 * analyze(): the orchestration, and nothing else. The reference time (given, or the dateline found);
 * the rules' candidates where their triggers are, filtered by the language's negative rules; the
 * extra source; the longest non-overlapping matches; each resolved in text order against the
 * reference and the discourse so far (tense asked only when a rule needs it); ranges joined.
 */
import type { AnalyzeOptions, AnalyzeResult, Dateline, Entry, Granularity, ReasonCode } from './types';
import type { Ctx, Direction, Language, RefKind, Res, Sentences, Tense } from './language';
import { detectDateline } from './dateline';
import { Candidate, extraCandidates, ruleCandidates, select } from './candidates';
import { Discourse } from './discourse';
import { joinRanges, Resolved } from './ranges';
import { sentenceAt, splitSentences } from './sentences';
import { formatPoint, parseReference, Reference, referencePoint } from './timex';

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
  ruleCandidates(text, lang, cands);
  extraCandidates(text, lang, refDay, cands);
  const chosen = select(cands, text.length);

  // Sentences are split once, on first need (or handed in), and tagged only where a date needs tense.
  let sentences: Sentences | null = options.sentences ?? null;
  const sentenceOf = (pos: number): readonly [number, number] => {
    if (!sentences) sentences = splitSentences(text, lang.sentences);
    return sentenceAt(sentences, pos) ?? [Math.max(0, pos - 200), Math.min(text.length, pos + 200)];
  };

  const discourse = new Discourse();
  const resolved: Resolved[] = [];
  for (const c of chosen) {
    let tense: Tense | null = null;
    const before = text.slice(Math.max(0, c.start - 16), c.start);
    const ctx: Ctx = {
      ref: refDay, refKind, refName, prev: discourse.prev, prevQuarter: discourse.prevQuarter, start: c.start,
      fiscalStart: discourse.fiscalStart, learnFiscalStart: (month) => { discourse.fiscalStart = month; },
      before, after: text.slice(c.end, c.end + 32),
      sentenceStart: () => sentenceOf(c.start)[0],
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
      forward: lang.cues.forward.test(before),
      informal: c.informal ?? (() => false),
    };
    let r: Res | null = null;
    try {
      r = c.resolve(ctx);
    } catch {
      r = null; // a rule must never take the whole analysis down
    }
    if (!r) continue;
    resolved.push({ start: c.start, end: c.end, r });
    discourse.add(r, c.end);
  }

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
    if (r.point) entry.point = r.point;
    if (j.endPoint) entry.endPoint = j.endPoint;
    entries.push(entry);
  }
  return { dateline, entries };
}
