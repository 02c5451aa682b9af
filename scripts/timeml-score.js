// TempEval-3 scoring, as the official scorer does it (see ../shared/corpora/README.md):
// relaxed match = spans overlap, strict = identical spans, each gold timex matches at most one system
// timex; value and type are judged on relaxed matches only.
'use strict';

/** Matches one document's gold and system timexes. Strict (identical) pairs are taken first. */
function matchDocument(gold, sys) {
  const usedSys = new Set();
  const pairs = [];
  const goldLeft = [];
  gold.forEach((g, gi) => {
    const si = sys.findIndex((s, i) => !usedSys.has(i) && s.start === g.start && s.end === g.end);
    if (si >= 0) { usedSys.add(si); pairs.push([gi, si]); } else goldLeft.push(gi);
  });
  for (const gi of goldLeft) {
    const g = gold[gi];
    const si = sys.findIndex((s, i) => !usedSys.has(i) && s.start < g.end && g.start < s.end);
    if (si >= 0) { usedSys.add(si); pairs.push([gi, si]); }
  }
  return pairs;
}

function emptyCounts() {
  return { gold: 0, system: 0, relaxed: 0, strict: 0, value: 0, type: 0 };
}

/** Adds one document to the counts; `types` (a Set) restricts both sides to those types first. */
function addDocument(counts, gold, sys, types) {
  const g = types ? gold.filter((t) => types.has(t.type)) : gold;
  const s = types ? sys.filter((t) => types.has(t.type)) : sys;
  counts.gold += g.length;
  counts.system += s.length;
  const pairs = matchDocument(g, s);
  for (const [gi, si] of pairs) {
    counts.relaxed++;
    if (g[gi].start === s[si].start && g[gi].end === s[si].end) counts.strict++;
    if (g[gi].value === s[si].value) counts.value++;
    if (g[gi].type === s[si].type) counts.type++;
  }
  return pairs.map(([gi, si]) => [g[gi], s[si]]);
}

function f1(matches, gold, system) {
  const p = system ? matches / system : 0;
  const r = gold ? matches / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Precision, recall and F1 (strict, relaxed), value F1 and type F1, all in 0..1. */
function scores(c) {
  const strict = f1(c.strict, c.gold, c.system);
  const relaxed = f1(c.relaxed, c.gold, c.system);
  const value = c.relaxed ? relaxed.f1 * (c.value / c.relaxed) : 0;
  const type = c.relaxed ? relaxed.f1 * (c.type / c.relaxed) : 0;
  return { strict, relaxed, value, type };
}

/**
 * TimeML has no range timex: "from Aug. 26 to Oct. 20" is annotated as two TIMEX3s, "Aug. 26" and
 * "Oct. 20" (with a signal between them). A Dateline entry with an endValue is one range; for scoring,
 * it becomes its two endpoints, each with its own words and value. An entry whose words cannot be split
 * at a connector stays whole.
 */
const RANGE_WORDS = /^((?:from|between)\s+)?(.+?)(\s*\b(?:to|through|thru|until|till|and)\b\s*)(.+)$/i;
const RANGE_DASH = /^((?:from|between)\s+)?(.+?)(\s*[-–—]\s*)(.+)$/i;
function rangeToTimexes(e) {
  if (!e.endValue) return [e];
  const m = RANGE_WORDS.exec(e.text) || RANGE_DASH.exec(e.text);
  if (!m) return [e];
  const lead = m[1] ? m[1].length : 0;
  const aStart = e.start + lead, aEnd = aStart + m[2].length;
  const bStart = aEnd + m[3].length;
  return [
    { ...e, start: aStart, end: aEnd, text: m[2], endValue: undefined },
    { ...e, start: bStart, end: e.end, text: m[4], value: e.endValue, endValue: undefined },
  ];
}

module.exports = { matchDocument, emptyCounts, addDocument, scores, f1, rangeToTimexes };
