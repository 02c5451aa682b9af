/**
 * Relative and deictic expressions counted from the reference: "today", "last week", "earlier this month", "the weekend", "three days ago", "the end of the month", "the week after next", and vague references ("recently", "now").
 */
import type { Rule, Exclusion, Prev } from '../../../language';
import { Point, Unit, addDays, addMinutes, compareYmd, pointAt, pointStart, shiftPoint, shiftDay, weekOf, weekday, daysInMonth } from '../../../calendar';
import { formatPoint } from '../../../timex';
import { fineEnough } from '../../../discourse';
import { DEICTIC, DEICTIC_DAYS, NUM, PART_OF_DAY, SEASONS, UNIT, parseCount, unitOf } from '../lexicon';
import { re, B, NEAR, ymd, modOf, REL_UNIT_WORDS, MODW_WORDS, POD_WORDS, NOTES_POD, notesPod, relativeUnit, relWord, describePoint, durationValue, capitalWordBefore, E, g, prevForUnit } from './common';

// "the week after next", "the month before last", "the first of next month"
export const afterNextRule: Rule = {
  name: 'after-next',
  triggers: ['afterNext'],
  re: re(`${B}(?:the\\s+${g('unit', 'week|month|year|weekend')}\\s+${g('step', 'after next|before last')}|the\\s+${g('nth', 'first|1st|last')}\\s+(?:day\\s+)?of\\s+${g('rel', 'next|this|last|the')}\\s+month)${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    if (g.unit) {
      const u = g.unit.toLowerCase();
      const k = /after/i.test(g.step) ? 2 : -2;
      const point = u === 'weekend' ? weekOf(shiftDay(ctx.ref, 'week', k), true) : pointAt(shiftDay(ctx.ref, u as Unit, k), u as Unit);
      return { type: 'DATE', point, anchor: 'dateline', yearInText: true, explanation: `The ${u} ${k > 0 ? 'after the next' : 'before the last'}, counted from ${ctx.refName}.` };
    }
    const rel = g.rel.toLowerCase();
    const month = pointAt(shiftDay({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, 'month', rel === 'next' ? 1 : rel === 'last' ? -1 : 0), 'month') as Extract<Point, { g: 'month' }>;
    const d = /first|1st/i.test(g.nth) ? 1 : daysInMonth(month.y, month.m);
    return { type: 'DATE', point: { g: 'day', y: month.y, m: month.m, d }, anchor: 'dateline', yearInText: true, explanation: `The ${d === 1 ? 'first' : 'last'} day of the ${rel === 'next' ? 'next' : rel === 'last' ? 'previous' : 'current'} month, counted from ${ctx.refName}.` };
  },
};

// today, yesterday, tomorrow, tonight, (with a part of the day), "earlier today"; "tmrw", "yday", "tonite"
export const deicticDayRule: Rule = {
  name: 'deictic-day',
  deictic: true,
  triggers: ['deictic'],
  re: re(`${B}(?:${g('mod', 'early|earlier|late|later|mid-?')}\\s*)?${g('day', `${DEICTIC}|the day (?:after tomorrow|before yesterday)`)}(?:\\s+${g('pod', POD_WORDS)}|\\s+${g('notesPod', NOTES_POD)})?${E}`),
  valid(m, text) {
    // "USA Today", "VOA Today": a name. Kept here, not in the exclusions: capitalWordBefore reads the
    // word before once from the end, which a window's regular expression (/[A-Z][\w.]*\s+$/, tried at
    // every position) cannot do in linear time.
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    return !(m.groups!.day === 'Today' && capitalWordBefore(before) && !capitalWordBefore(before, true));
  },
  resolve(m, ctx) {
    const g = m.groups!;
    const w = g.day.toLowerCase();
    const off = w === 'the day after tomorrow' ? 2 : w === 'the day before yesterday' ? -2 : DEICTIC_DAYS[w];
    const day = addDays(ymd(ctx.ref), off);
    let pod = g.pod ? PART_OF_DAY[g.pod.toLowerCase()] : g.notesPod ? notesPod(g.notesPod) : undefined;
    if (/^(?:tonight|tonite|2nite)$/.test(w)) pod = 'NI';
    return {
      type: pod ? 'TIME' : 'DATE', point: { g: 'day', ...day, pod }, mod: modOf(g.mod), anchor: 'dateline', yearInText: true,
      explanation: `${w[0].toUpperCase()}${w.slice(1)}, counted from ${ctx.refName}.`,
    };
  },
};

// "last week", "this year", "next month", "this spring", "the coming year", "the current quarter"
export const relativeUnitRule: Rule = {
  name: 'relative-unit',
  deictic: true,
  triggers: ['unit', 'season'],
  requires: ['relWord'],
  re: re(`${B}(?:${g('mod', MODW_WORDS)}\\s+)?(?:the\\s+)?${g('rel', 'last|this(?:\\s+past)?|next|nxt|coming|current|past|previous|present')}\\s+(?:(?:fiscal|financial)\\s+)?${g('unit', REL_UNIT_WORDS)}${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const relW = g.rel.toLowerCase();
    const hasThe = /\bthe\s+(last|past|coming|current|previous|present)/i.test(m[0]);
    const unitW = g.unit.toLowerCase().replace(/^wk(?:e)?nd$/, 'weekend');
    if (hasThe && (relW === 'past' || relW === 'last') && !(unitW in SEASONS)) {
      // "the past year" = the twelve months before: a duration.
      return { type: 'DURATION', value: durationValue(1, unitW), anchor: 'dateline', explanation: `The ${unitW} up to ${ctx.refName}.` };
    }
    if (relW === 'past' && !hasThe && !/this\s+past/i.test(m[0])) return null;
    const rel = relWord(relW);
    const point = unitW === 'weekend' ? weekOf(rel === 0 ? ctx.ref : shiftDay(ctx.ref, 'week', rel), true) : relativeUnit(ctx.ref, rel, unitW);
    return {
      type: 'DATE', point, mod: modOf(g.mod), anchor: 'dateline', yearInText: true,
      // "Early in the next year", "The end of the next year"
      explanation: `${g.mod ? `${g.mod[0].toUpperCase()}${g.mod.slice(1).toLowerCase()}${/\bof$/i.test(g.mod) ? ' the' : ' in the'}` : 'The'} ${rel < 0 ? 'previous' : rel > 0 ? 'next' : 'current'} ${unitW}, counted from ${ctx.refName}.`,
    };
  },
};

// "earlier this month", "later this year", "earlier this week" (kept at the unit's granularity)
export const earlierThisRule: Rule = {
  name: 'earlier-this',
  deictic: true,
  triggers: ['earlyLate'],
  re: re(`${B}${g('mod', 'earlier|later')}\\s+${g('rel', 'this|that|last|next')}\\s+${g('unit', 'week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|day')}${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const rel = g.rel.toLowerCase(), unitW = g.unit.toLowerCase();
    const mod = g.mod.toLowerCase() === 'earlier' ? 'START' : 'END';
    if (rel === 'that') {
      const u = unitW as Unit;
      const prev = ctx.prevFor(u);
      if (!prev) return null;
      return { type: 'DATE', point: pointAt(pointStart(prev.point), u), mod, anchor: 'previous', explanation: `${g.mod[0].toUpperCase()}${g.mod.slice(1).toLowerCase()} in the ${unitW} just mentioned.` };
    }
    if (unitW === 'day') return null;
    const point = relativeUnit(ctx.ref, relWord(rel), unitW);
    return { type: 'DATE', point, mod, anchor: 'dateline', yearInText: true, explanation: `${g.mod[0].toUpperCase()}${g.mod.slice(1).toLowerCase()} in the ${rel === 'this' ? 'current' : rel === 'last' ? 'previous' : 'next'} ${unitW}, counted from ${ctx.refName}.` };
  },
};

// "the weekend", "it's the weekend", "a long weekend", "for the wknd" (the one of the reference, by tense)
export const theWeekendRule: Rule = {
  name: 'the-weekend',
  deictic: true,
  triggers: ['weekend'],
  re: re(`(?:the(?<=\\b(?:over|during|on|at|for|this|last|next|by|since|until|in|through|throughout|across|after|before|of|it's|its|it is)\\s+the)\\s+(?:long\\s+)?|${B}(?:an?\\s+)?long\\s+)${g('unit', 'weekend|wknd|wkend')}${E}`),
  resolve(_m, ctx) {
    const dir = ctx.direction();
    const wd = weekday(ctx.ref);
    let day = ymd(ctx.ref);
    // With no tense to go by, the weekend of the reference's own week ("it's the weekend!", "long weekend yay").
    if (wd !== 0 && wd !== 6 && dir < 0) day = addDays(day, -wd - 1);
    return { type: 'DATE', point: weekOf(day, true), anchor: 'dateline', yearInText: true, explanation: `${dir > 0 ? 'The coming' : dir < 0 ? 'The most recent' : 'The'} weekend ${dir === 0 ? 'of the week of' : 'around'} ${ctx.refName}.` };
  },
};

// "by midweek", "at mid-week", "until midweek": the middle of a week, the one whose Wednesday the
// tense gives (the coming one in a forecast from a Friday, this one with no tense to go by)
export const midweekRule: Rule = {
  name: 'midweek',
  deictic: true,
  triggers: ['partOfDay'],
  re: re(`mid(?<=\\b(?:by|at|until|till|from|since|before|after|in|into|through|around|towards?)\\s+mid)(?:-|\\s)?week${E}(?![-'’])`),
  resolve(_m, ctx) {
    const dir = ctx.direction();
    const wd = weekday(ctx.ref); // 0 Sunday, 3 Wednesday
    // The present speaks of what is fixed to come, as with a weekday ("rain is expected from midweek").
    const ahead = dir > 0 || (dir === 0 && ctx.tense() === 'present');
    // Days to the Wednesday the tense points to, when it lies in another (ISO) week than the reference's.
    const shift = ahead && (wd > 3 || wd === 0) ? (3 - wd + 7) % 7 : dir < 0 && (wd === 1 || wd === 2) ? -((wd - 3 + 7) % 7) : 0;
    const which = shift > 0 ? 'the week after that' : shift < 0 ? 'the week before that' : 'the week';
    return { type: 'DATE', point: weekOf(addDays(ymd(ctx.ref), shift)), mod: 'MID', anchor: 'dateline', yearInText: true, explanation: `The middle of ${which} of ${ctx.refName}.` };
  },
};

/** A clock time in the text before an offset ("at 2:15 p.m.", "10 a.m.", "noon"). */
const CLOCK_BEFORE = /\d[:.]\d\d|\d\s*[ap]\.?m\b|\b(?:noon|midnight)\b/i;

// "years ago", "months ago", "decades from now": no count, a time before or after the reference that the
// text leaves vague (TimeML: PAST_REF, FUTURE_REF; "hours ago" a time)
export const vagueOffsetRule: Rule = {
  name: 'vague-offset',
  triggers: ['unit'],
  requires: ['offsetWord'],
  re: re(`${B}${g('unit', 'seconds|minutes|hours|days|weeks|months|years|decades|centuries')}\\s+${g('dir', 'ago|from now|hence')}${E}`),
  resolve(m) {
    const g = m.groups!;
    const past = /^ago$/i.test(g.dir);
    const clock = /^(?:seconds|minutes|hours)$/i.test(g.unit);
    return { type: clock ? 'TIME' : 'DATE', value: past ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dateline', explanation: `Some ${g.unit.toLowerCase()} ${past ? 'before' : 'after'} the reference, how many the text does not say.` };
  },
};

// "three days ago", "a year earlier", "two weeks later", "six months from now", "a decade ago"
export const offsetRule: Rule = {
  name: 'offset',
  triggers: ['unit'],
  requires: ['offsetWord'],
  re: re(`${B}(?:${g('mod', 'about|around|nearly|almost|more than|less than|some|roughly|approximately|just over|just under|over|only')}\\s+)?${g('count', NUM)}[\\s-]+${g('unit', UNIT)}(?:\\s+or\\s+so)?\\s+${g('dir', 'ago|earlier|later|before|after|from now|hence|previously|back')}${E}`),
  // "30 minutes later" is a time only when counted from a clock time just given ("at 2 p.m. ... 30
  // minutes later"), or from the reference's own time ("two hours ago"); with no clock time before it,
  // "13 minutes later" is a length of time, and the duration rule takes "13 minutes" (TBAQ marks it so).
  valid(m, text) {
    if (!/^(?:seconds?|minutes?|hours?)$/i.test(m.groups!.unit) || /^(?:ago|from now|hence)$/i.test(m.groups!.dir)) return true;
    return CLOCK_BEFORE.test(text.slice(Math.max(0, m.index - 400), m.index));
  },
  resolve(m, ctx) {
    const g = m.groups!;
    const n = parseCount(g.count);
    const unitW = g.unit;
    const u = unitOf(unitW);
    const dirW = g.dir.toLowerCase();
    const sign = /ago|earlier|before|previously|back/.test(dirW) ? -1 : 1;
    const mod = modOf(g.mod);
    if (n === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod, anchor: 'dateline', explanation: `An unspecified number of ${unitW} ${dirW}.` };
    if (u === 'hour' || u === 'minute' || u === 'second') {
      const fromNow = dirW === 'ago' || dirW === 'from now' || dirW === 'hence';
      const p = ctx.prev;
      const base = fromNow ? (ctx.ref.hh !== undefined ? { ...ymd(ctx.ref), hh: ctx.ref.hh, mi: ctx.ref.mi ?? 0 } : null)
        : p && p.point.g === 'day' && p.point.hh !== undefined && ctx.start - p.end < NEAR ? { y: p.point.y, m: p.point.m, d: p.point.d, hh: p.point.hh, mi: p.point.mi ?? 0 } : null;
      const minutes = u === 'hour' ? n * 60 : u === 'minute' ? n : 0;
      if (base && Number.isInteger(minutes) && minutes > 0) {
        return {
          type: 'TIME', point: { g: 'day', ...addMinutes(base, sign * minutes) }, mod, anchor: fromNow ? 'dateline' : 'previous',
          explanation: `${g.count[0].toUpperCase()}${g.count.slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} ${fromNow ? ctx.refName : 'the time just mentioned'}.`,
        };
      }
      return { type: 'TIME', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dateline', explanation: `${m[0]}: a time near ${ctx.refName}.` };
    }
    const unit: Unit = u === 'night' ? 'day' : u === 'fortnight' ? 'week' : u === 'millennium' ? 'century' : u;
    const k = u === 'fortnight' ? 2 * n : u === 'millennium' ? 10 * n : n;
    if (!Number.isInteger(k)) return null;
    // "had reported a failure two weeks earlier" after "next week": a past told earlier than a date
    // still to come is counted from the reference, not from that date.
    const ahead = (q: Prev | null) => !!q && sign < 0 && compareYmd(pointStart(q.point), ctx.ref) > 0 && ctx.direction() < 0;
    const anaphoric = dirW !== 'ago' && dirW !== 'from now' && dirW !== 'hence';
    const last = ahead(ctx.prev) ? null : ctx.prev;
    if (anaphoric && last && ctx.start - last.end < NEAR && !fineEnough(last.point.g, unit) && last.point.g !== 'year' && unit !== 'year') {
      // "Talks broke down last week. Two days earlier, ..." counts from that week and stays a week.
      const lg = last.point.g;
      const point = pointAt(shiftDay(pointStart(last.point), unit, sign * k), (lg === 'week' && (last.point as { weekend?: boolean }).weekend ? 'weekend' : lg) as Unit);
      return { type: 'DATE', point, mod, anchor: 'previous', anchorable: false, explanation: `${g.count[0].toUpperCase()}${g.count.slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} the period just mentioned (${describePoint(last.point) || formatPoint(last.point)}), kept at its granularity.` };
    }
    // "in the quarter ended Sept. 30, from $355 million a year earlier": the period its sentence compares
    // (a quarter, half, month or season, past the days after it), a year before, at its granularity.
    const period = unit === 'year' && anaphoric && sign < 0 && k === 1 ? ctx.prevPeriod() : null;
    const p0 = period && !period.from && period.point.g !== 'day' ? period : unit === 'year' ? ctx.prev : ctx.prevFor(unit);
    const p = ahead(p0) ? null : p0;
    if (p && p.yearOffset && anaphoric && sign < 0 && unit === 'year' && k === 1 && ctx.start - p.end < NEAR) {
      // "from $4 million a year ago ... compared with $3 million a year earlier": a second comparison with
      // the same period, not a year before the first one.
      return { type: 'DATE', point: p.point, mod, anchor: 'previous', anchorable: false, explanation: `The same period as the comparison just made (${describePoint(p.point) || formatPoint(p.point)}).` };
    }
    if (p && ctx.start - p.end < NEAR && (anaphoric || (unit === 'year' && (p.point.g === 'quarter' || p.point.g === 'half')))) {
      // "two days later" counts from the date just mentioned; "a year earlier" after "the third quarter" is
      // that quarter a year before, and after a month or season of its own sentence that month or season
      // ("exports rose 5.9% in November from a year earlier": November of the year before).
      const base = p.point;
      let point: Point;
      const sameSentence = p.end > ctx.sentenceStart();
      const keep = unit === 'year' ? base.g === 'quarter' || base.g === 'half' || (sameSentence && k === 1 && sign < 0 && (base.g === 'month' || base.g === 'season')) : base.g === 'day' || base.g === unit;
      if (keep) point = shiftPoint(base, unit, sign * k);
      else point = pointAt(shiftDay(pointStart(base), unit, sign * k), unit);
      if (point.g === 'day') point = { g: 'day', y: point.y, m: point.m, d: point.d };
      return {
        type: 'DATE', point, mod, anchor: 'previous', anchorable: unit !== 'year',
        explanation: `${g.count[0].toUpperCase()}${g.count.slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} the date just mentioned (${describePoint(base)}).`,
      };
    }
    const point = pointAt(shiftDay(ymd(ctx.ref), unit, sign * k), unit);
    return { type: 'DATE', point, mod, anchor: 'dateline', yearInText: true, yearOffset: unit === 'year' && sign < 0, explanation: `${g.count[0].toUpperCase()}${g.count.slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} ${ctx.refName}.` };
  },
};

// "the end of the month", "the beginning of the year", "the end of this week"; without the articles as
// notes, headlines and business copy write it ("due end of month", "by end of year"), but not a
// numbered week ("the start of week 3") nor a compound ("end-of-year exams" is the noun's).
export const endOfUnitRule: Rule = {
  name: 'end-of-unit',
  triggers: ['unit'],
  requires: ['endWord'],
  re: re(`${B}(?:${g('mod', 'the\\s+(?:beginning|start|middle|end|close)\\s+of|(?:early|late|mid)[ -]?')}\\s*(?:the|this)\\s+${g('unit', 'week|month|year|quarter|decade|century')}|${g('bareMod', '(?:beginning|start|middle|end|close)\\s+of')}\\s+${g('bareUnit', 'week|month|year|quarter')})${E}(?![-–]|\\s+\\d)`),
  resolve(m, ctx) {
    const g = m.groups!;
    const unitW = (g.unit ?? g.bareUnit).toLowerCase() as Unit;
    const prev = prevForUnit(ctx, unitW);
    const p = prev && /\bthe\s+(week|month|year|quarter|decade|century)/i.test(m[0].slice(-(unitW.length + 5))) ? prev.point : null;
    const base = p && !(p.g === 'day' && compareYmd(pointStart(p), ctx.ref) === 0) ? pointAt(pointStart(p), unitW) : pointAt(ctx.ref, unitW);
    return { type: 'DATE', point: base, mod: modOf((g.mod ?? 'the ' + g.bareMod).trim().replace(/-$/, '')), anchor: p ? 'previous' : 'dateline', explanation: `Part of the ${unitW}${p ? ' just mentioned' : ` of ${ctx.refName}`}; the value keeps the ${unitW}.` };
  },
};

export const vagueRule: Rule = {
  name: 'vague',
  triggers: ['vague'],
  // Not "current" or "present" before a noun ("current funding", "the present system"): TimeML marks
  // the adverbs and the nouns of the present, and leaves a plain adjective to its noun. "Recent weeks",
  // "the coming days" are vague durations (durations-sets).
  re: re(`${B}${g('word', 'recently|lately|now|nowadays|currently|at present|presently|these days|soon|the past|the future|the near future|the foreseeable future|the distant past|the other day|the moment|to date')}${E}`),
  valid(m, text) {
    // "By Jane Roe, Hudson Valley Now": a capitalised "Now" that ends its line after a capitalised word
    // that does not open a sentence ends a name (read from the end, as the deictic day's "USA Today").
    // A headline's "Soundbar Now Available" goes on.
    if (m.groups!.word !== 'Now' || !/^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index + 3, m.index + 8))) return true;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    return !(capitalWordBefore(before) && !capitalWordBefore(before, true));
  },
  resolve(m) {
    const w = m.groups!.word.toLowerCase();
    let value = 'PRESENT_REF';
    if (/recent|lately|past|other day/.test(w)) value = 'PAST_REF';
    else if (/soon|future|coming/.test(w)) value = 'FUTURE_REF';
    return { type: 'DATE', value, anchor: 'dateline', explanation: value === 'PAST_REF' ? 'An unspecified time in the past.' : value === 'FUTURE_REF' ? 'An unspecified time in the future.' : 'The present, around the time of writing.', anchorable: false };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // The "Today" show, a "Today" newspaper: a name, not the day.
  {
    name: 'deictic-today-show',
    example: 'She said so on the Today show.',
    rules: ['deictic-day'],
    group: ['day', /^Today$/],
    after: [24, /^\s+(?:show|programme|program|newspaper)\b/i],
  },
  // "today's youth", "tomorrow's world": the present age or the future in general, not a day.
  {
    name: 'deictic-todays-world',
    example: "Today's youth spend hours online.",
    rules: ['deictic-day'],
    group: ['day', /^(?:today|tomorrow)$/i],
    unless: ['mod', 'pod'],
    after: [24, /^['’]s\s+(?:world|youth|young|society|generation|children|kids|teenagers|teens|consumers|standards|culture|technology|economy|workforce|students|families|parents|personal|modern|global|digital|media)\b/i],
  },
  // "the world of tomorrow", "the schools of today": the future or the present in general.
  {
    name: 'deictic-the-world-of-tomorrow',
    example: 'They dreamed of the world of tomorrow.',
    rules: ['deictic-day'],
    group: ['day', /^(?:today|tomorrow)$/i],
    unless: ['mod', 'pod'],
    before: [24, /\b(?:the|a)\s+[a-z]+s?\s+of\s+$/i],
  },
  // "This Week", "Next Year": a title (both words capitalised, and the match not all in capitals).
  {
    name: 'relative-unit-title',
    example: 'He was a guest on This Week with George Stephanopoulos.',
    rules: ['relative-unit'],
    group: ['rel', /^[A-Z]/],
    text: /\s[A-Z]\S*$/,
    textNot: /^[^a-z]*$/,
  },
  // "the previous week", "the next week" count from the date just mentioned: the anaphora rule's
  // (which falls back to the dateline when there is none).
  {
    name: 'relative-unit-the-previous',
    example: 'The deal was signed on May 2; the previous week, talks had stalled.',
    rules: ['relative-unit'],
    text: /\bthe\s+(?:previous|next)\s+(?!fiscal|financial)/i,
  },
  // "two days before the vote", "13 minutes after liftoff", "a week after June 5": TimeML keeps only
  // the length of time ("two days", a DURATION) and leaves the event or date it counts from to
  // itself. Only "before"/"after" with nothing after them ("two days before,") is a date, or "after
  // that," which counts from the date just mentioned.
  {
    name: 'offset-before-event',
    example: 'Two days before the vote, the party split.',
    rules: ['offset'],
    group: ['dir', /^(?:before|after)$/i],
    after: [12, /^\s+[\w$£€"“‘'(]/],
    afterNot: [12, /^\s+that\s*[,.;]/],
  },
  // "two weeks later than expected", "a month earlier than planned": a comparison of lengths, not a
  // date; the duration rule keeps "two weeks".
  {
    name: 'offset-comparative',
    example: 'The bridge opened two weeks later than expected.',
    rules: ['offset'],
    group: ['dir', /^(?:later|earlier)$/i],
    after: [8, /^\s+than\b/i],
  },
  // "the past three years", "the past week": a count or a unit follows (the duration and relative rules).
  {
    name: 'vague-the-past-count',
    example: 'Prices rose over the past three years.',
    rules: ['vague'],
    group: ['word', /^the past$/i],
    after: [20, /^\s*(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|century|quarter|day)/i],
  },
  // "at the moment", "the moment he arrived": too often an instant of a story, not the present.
  {
    name: 'vague-the-moment',
    example: 'The moment he arrived, the crowd cheered.',
    rules: ['vague'],
    group: ['word', /^the moment$/i],
  },
  // "the now defunct airline", "the now-retired general": "now" describes, it is not a time.
  {
    name: 'vague-now-former',
    example: 'He flew with the now defunct airline.',
    rules: ['vague'],
    group: ['word', /^now$/i],
    after: [20, /^\s*(?:defunct|famous|closed|former|retired|deceased|-)/i],
  },
  // "as soon as the talks end", "as soon as Tuesday": a conjunction, or a bound on the date that
  // follows, not the vague future (TIDES leaves subordinating conjunctions unmarked; TBAQ leaves these
  // unmarked). "As soon as possible" stays the vague future.
  {
    name: 'vague-as-soon-as',
    example: 'They will leave as soon as the talks end.',
    rules: ['vague'],
    group: ['word', /^soon$/i],
    before: [4, /(?:^|\W)as\s+$/i],
    after: [24, /^\s+as\b(?!\s+(?:possible|practicable|practical|feasible)\b)/i],
  },
  // "soon after the vote", "soon thereafter": shortly after an event of the story, an offset from it,
  // not the future seen from the writer's day.
  {
    name: 'vague-soon-after',
    example: 'He was freed soon after the vote.',
    rules: ['vague'],
    group: ['word', /^soon$/i],
    after: [16, /^\s+(?:after|afterwards?|thereafter|before)\b/i],
  },
];
