/**
 * Relative and deictic expressions counted from the reference: "today", "last week", "earlier this month", "the weekend", "three days ago", "the end of the month", "the week after next", and vague references ("recently", "now").
 */
import type { Rule, Exclusion } from '../../../language';
import { Point, Unit, addDays, compareYmd, pointAt, pointStart, shiftPoint, shiftDay, weekOf, weekday, daysInMonth } from '../../../calendar';
import { formatPoint } from '../../../timex';
import { fineEnough } from '../../../discourse';
import { NUM, PART_OF_DAY, SEASONS, UNIT, isCapitalised, parseCount, unitOf } from '../lexicon';
import { re, B, NEAR, ymd, modOf, REL_UNIT, MODW, POD, relativeUnit, relWord, describePoint, durationValue, capitalWordBefore, E } from './common';

// "the week after next", "the month before last", "the first of next month"
export const afterNextRule: Rule = {
  name: 'after-next',
  triggers: ['afterNext'],
  re: re(`${B}(?:the\\s+(week|month|year|weekend)\\s+(after next|before last)|the\\s+(first|1st|last)\\s+(?:day\\s+)?of\\s+(next|this|last|the)\\s+month)${E}`),
  resolve(m, ctx) {
    if (m[1]) {
      const u = m[1].toLowerCase();
      const k = /after/i.test(m[2]) ? 2 : -2;
      const point = u === 'weekend' ? weekOf(shiftDay(ctx.ref, 'week', k), true) : pointAt(shiftDay(ctx.ref, u as Unit, k), u as Unit);
      return { type: 'DATE', point, anchor: 'dateline', yearInText: true, explanation: `The ${u} ${k > 0 ? 'after the next' : 'before the last'}, counted from ${ctx.refName}.` };
    }
    const rel = m[4].toLowerCase();
    const month = pointAt(shiftDay({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, 'month', rel === 'next' ? 1 : rel === 'last' ? -1 : 0), 'month') as Extract<Point, { g: 'month' }>;
    const d = /first|1st/i.test(m[3]) ? 1 : daysInMonth(month.y, month.m);
    return { type: 'DATE', point: { g: 'day', y: month.y, m: month.m, d }, anchor: 'dateline', yearInText: true, explanation: `The ${d === 1 ? 'first' : 'last'} day of the ${rel === 'next' ? 'next' : rel === 'last' ? 'previous' : 'current'} month, counted from ${ctx.refName}.` };
  },
};

// today, yesterday, tomorrow, tonight, (with a part of the day), "earlier today"
export const deicticDayRule: Rule = {
  name: 'deictic-day',
  triggers: ['deictic'],
  re: re(`${B}(?:(early|earlier|late|later|mid-?)\\s*)?(today|yesterday|tomorrow|tonight|the day (?:after tomorrow|before yesterday))(?:\\s+${POD})?${E}`),
  valid(m, text) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "USA Today", "VOA Today", the "Today" show: a name.
    if (m[2] === 'Today' && (capitalWordBefore(before) && !capitalWordBefore(before, true) || /^\s+(?:show|programme|program|newspaper)\b/i.test(after))) return false;
    // "today's youth", "the world of tomorrow": the present age or the future in general, not a day.
    if (/^(?:today|tomorrow)$/i.test(m[2]) && !m[1] && !m[3]) {
      if (/^['’]s\s+(?:world|youth|young|society|generation|children|kids|teenagers|teens|consumers|standards|culture|technology|economy|workforce|students|families|parents|personal|modern|global|digital|media)\b/i.test(after)) return false;
      if (/\b(?:the|a)\s+[a-z]+s?\s+of\s+$/i.test(before)) return false;
    }
    return true;
  },
  resolve(m, ctx) {
    const w = m[2].toLowerCase();
    const off = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w === 'the day after tomorrow' ? 2 : w === 'the day before yesterday' ? -2 : 0;
    const day = addDays(ymd(ctx.ref), off);
    let pod = m[3] ? PART_OF_DAY[m[3].toLowerCase()] : undefined;
    if (w === 'tonight') pod = 'NI';
    return {
      type: pod ? 'TIME' : 'DATE', point: { g: 'day', ...day, pod }, mod: modOf(m[1]), anchor: 'dateline', yearInText: true,
      explanation: `${w[0].toUpperCase()}${w.slice(1)}, counted from ${ctx.refName}.`,
    };
  },
};

// "last week", "this year", "next month", "this spring", "the coming year", "the current quarter"
export const relativeUnitRule: Rule = {
  name: 'relative-unit',
  triggers: ['unit', 'season'],
  re: re(`${B}(?:${MODW}\\s+)?(?:the\\s+)?(last|this(?:\\s+past)?|next|coming|current|past|previous|present)\\s+(?:(?:fiscal|financial)\\s+)?${REL_UNIT}${E}`),
  valid: (m) => (!(isCapitalised(m[2]) && isCapitalised(m[3])) || m[0] === m[0].toUpperCase()) // "This Week", a title
    // "the previous week", "the next week" count from the date just mentioned: the anaphora rule's
    // (which falls back to the dateline when there is none).
    && !/\bthe\s+(?:previous|next)\s+(?!fiscal|financial)/i.test(m[0]),
  resolve(m, ctx) {
    const relW = m[2].toLowerCase();
    const hasThe = /\bthe\s+(last|past|coming|current|previous|present)/i.test(m[0]);
    const unitW = m[3].toLowerCase();
    if (hasThe && (relW === 'past' || relW === 'last') && !(unitW in SEASONS)) {
      // "the past year" = the twelve months before: a duration.
      return { type: 'DURATION', value: durationValue(1, unitW), anchor: 'dateline', explanation: `The ${unitW} up to ${ctx.refName}.` };
    }
    if (relW === 'past' && !hasThe && !/this\s+past/i.test(m[0])) return null;
    const rel = relWord(relW);
    const point = unitW === 'weekend' ? weekOf(rel === 0 ? ctx.ref : shiftDay(ctx.ref, 'week', rel), true) : relativeUnit(ctx.ref, rel, unitW);
    return {
      type: 'DATE', point, mod: modOf(m[1]), anchor: 'dateline', yearInText: true,
      // "Early in the next year", "The end of the next year"
      explanation: `${m[1] ? `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()}${/\bof$/i.test(m[1]) ? ' the' : ' in the'}` : 'The'} ${rel < 0 ? 'previous' : rel > 0 ? 'next' : 'current'} ${unitW}, counted from ${ctx.refName}.`,
    };
  },
};

// "earlier this month", "later this year", "earlier this week" (kept at the unit's granularity)
export const earlierThisRule: Rule = {
  name: 'earlier-this',
  triggers: ['earlyLate'],
  re: re(`${B}(earlier|later)\\s+(this|that|last|next)\\s+(week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter|day)${E}`),
  resolve(m, ctx) {
    const rel = m[2].toLowerCase(), unitW = m[3].toLowerCase();
    const mod = m[1].toLowerCase() === 'earlier' ? 'START' : 'END';
    if (rel === 'that') {
      const u = unitW as Unit;
      const prev = ctx.prevFor(u);
      if (!prev) return null;
      return { type: 'DATE', point: pointAt(pointStart(prev.point), u), mod, anchor: 'previous', explanation: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} in the ${unitW} just mentioned.` };
    }
    if (unitW === 'day') return null;
    const point = relativeUnit(ctx.ref, relWord(rel), unitW);
    return { type: 'DATE', point, mod, anchor: 'dateline', yearInText: true, explanation: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} in the ${rel === 'this' ? 'current' : rel === 'last' ? 'previous' : 'next'} ${unitW}, counted from ${ctx.refName}.` };
  },
};

// "the weekend", "the week" (the one of the reference, by tense)
export const theWeekendRule: Rule = {
  name: 'the-weekend',
  triggers: ['weekend'],
  re: re(`the(?<=\\b(?:over|during|on|at|for|this|last|next|by|since|until|in|through|throughout|across|after|before|of)\\s+the)\\s+(weekend)${E}`),
  resolve(_m, ctx) {
    const dir = ctx.direction();
    const wd = weekday(ctx.ref);
    let day = ymd(ctx.ref);
    if (wd !== 0 && wd !== 6) day = dir > 0 ? day : addDays(day, -wd - 1);
    return { type: 'DATE', point: weekOf(day, true), anchor: 'dateline', yearInText: true, explanation: `${dir > 0 ? 'The coming' : 'The most recent'} weekend around ${ctx.refName}.` };
  },
};

// "three days ago", "a year earlier", "two weeks later", "six months from now", "a decade ago"
export const offsetRule: Rule = {
  name: 'offset',
  triggers: ['unit'],
  requires: ['offsetWord'],
  re: re(`${B}(?:(about|around|nearly|almost|more than|less than|some|roughly|approximately|just over|just under|over|only)\\s+)?(${NUM})[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from now|hence|previously|back)${E}`),
  // "two days before the vote" is a length of time before an event, not a date.
  // ("a month after that," counts from the date just mentioned: "that" is that date.)
  valid: (m, text) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    return !/^(?:before|after)$/i.test(m[4]) || /^\s+that\s*[,.;]/.test(after) || !/^\s+(?:the|that|his|her|their|its|a|an|this|last|he|she|it|they|we|i|you|[a-z]+ing\b|[A-Z0-9])/.test(after);
  },
  resolve(m, ctx) {
    const n = parseCount(m[2]);
    const unitW = m[3];
    const u = unitOf(unitW);
    const dirW = m[4].toLowerCase();
    const sign = /ago|earlier|before|previously|back/.test(dirW) ? -1 : 1;
    const mod = modOf(m[1]);
    if (n === null) return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', mod, anchor: 'dateline', explanation: `An unspecified number of ${unitW} ${dirW}.` };
    if (u === 'hour' || u === 'minute' || u === 'second') {
      return { type: 'TIME', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dateline', explanation: `${m[0]}: a time near ${ctx.refName}.` };
    }
    const unit: Unit = u === 'night' ? 'day' : u === 'fortnight' ? 'week' : u === 'millennium' ? 'century' : u;
    const k = u === 'fortnight' ? 2 * n : u === 'millennium' ? 10 * n : n;
    if (!Number.isInteger(k)) return null;
    const anaphoric = dirW !== 'ago' && dirW !== 'from now' && dirW !== 'hence';
    const last = ctx.prev;
    if (anaphoric && last && ctx.start - last.end < NEAR && !fineEnough(last.point.g, unit) && last.point.g !== 'year' && unit !== 'year') {
      // "Talks broke down last week. Two days earlier, ..." counts from that week and stays a week.
      const g = last.point.g;
      const point = pointAt(shiftDay(pointStart(last.point), unit, sign * k), (g === 'week' && (last.point as { weekend?: boolean }).weekend ? 'weekend' : g) as Unit);
      return { type: 'DATE', point, mod, anchor: 'previous', anchorable: false, explanation: `${m[2][0].toUpperCase()}${m[2].slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} the period just mentioned (${describePoint(last.point) || formatPoint(last.point)}), kept at its granularity.` };
    }
    const p = unit === 'year' ? ctx.prev : ctx.prevFor(unit);
    if (p && ctx.start - p.end < NEAR && (anaphoric || (unit === 'year' && (p.point.g === 'quarter' || p.point.g === 'half')))) {
      // "two days later" counts from the date just mentioned; "a year earlier" after "the third quarter" is that quarter a year before.
      const base = p.point;
      let point: Point;
      const keep = unit === 'year' ? base.g === 'quarter' || base.g === 'half' : base.g === 'day' || base.g === unit;
      if (keep) point = shiftPoint(base, unit, sign * k);
      else point = pointAt(shiftDay(pointStart(base), unit, sign * k), unit);
      if (point.g === 'day') point = { g: 'day', y: point.y, m: point.m, d: point.d };
      return {
        type: 'DATE', point, mod, anchor: 'previous', anchorable: unit !== 'year',
        explanation: `${m[2][0].toUpperCase()}${m[2].slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} the date just mentioned (${describePoint(base)}).`,
      };
    }
    const point = pointAt(shiftDay(ymd(ctx.ref), unit, sign * k), unit);
    return { type: 'DATE', point, mod, anchor: 'dateline', yearInText: true, explanation: `${m[2][0].toUpperCase()}${m[2].slice(1)} ${unitW} ${sign < 0 ? 'before' : 'after'} ${ctx.refName}.` };
  },
};

// "the end of the month", "the beginning of the year", "the end of this week"
export const endOfUnitRule: Rule = {
  name: 'end-of-unit',
  triggers: ['unit'],
  re: re(`${B}(the\\s+(?:beginning|start|middle|end|close)\\s+of|(?:early|late|mid)[ -]?)\\s*(?:the|this)\\s+(week|month|year|quarter|decade|century)${E}`),
  resolve(m, ctx) {
    const unitW = m[2].toLowerCase() as Unit;
    const prev = ctx.prevFor(unitW);
    const p = prev && ctx.start - prev.end < NEAR && /\bthe\s+(week|month|year|quarter)/i.test(m[0].slice(-(unitW.length + 5))) ? prev.point : null;
    const base = p && !(p.g === 'day' && compareYmd(pointStart(p), ctx.ref) === 0) ? pointAt(pointStart(p), unitW) : pointAt(ctx.ref, unitW);
    return { type: 'DATE', point: base, mod: modOf(m[1].trim().replace(/-$/, '')), anchor: p ? 'previous' : 'dateline', explanation: `Part of the ${unitW}${p ? ' just mentioned' : ` of ${ctx.refName}`}; the value keeps the ${unitW}.` };
  },
};

export const vagueRule: Rule = {
  name: 'vague',
  triggers: ['vague'],
  re: re(`${B}(recently|lately|now|nowadays|currently|at present|presently|these days|soon|the past|the future|the near future|the distant past|current|recent years|recent months|recent weeks|recent days|the moment|to date|the coming (?:days|weeks|months|years))${E}`),
  valid(m, text) {
    const w = m[1].toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (w === 'the past' && /^\s*(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|century|quarter|day)/i.test(after)) return false;
    if (w === 'the moment') return false;
    if (w === 'now' && /^\s*(?:defunct|famous|closed|former|retired|deceased|-)/i.test(after)) return false;
    if ((w === 'current' || w === 'recent' || w === 'future') && !/^\s+[a-z]/.test(after)) return false;
    if (w === 'current' && /^\s+(?:account|accounts|affairs|events|flowing|flows?|density|limit|source|of|and)\b/.test(after)) return false;
    if (w === 'recent' && /^\s+(?:years|months|weeks|days)\b/.test(after)) return false;
    if (w !== 'now' && w === w.toUpperCase()) return false;
    return true;
  },
  resolve(m) {
    const w = m[1].toLowerCase();
    let value = 'PRESENT_REF';
    if (/recent|lately|past/.test(w)) value = 'PAST_REF';
    else if (/soon|future|coming/.test(w)) value = 'FUTURE_REF';
    return { type: 'DATE', value, anchor: 'dateline', explanation: value === 'PAST_REF' ? 'An unspecified time in the past.' : value === 'FUTURE_REF' ? 'An unspecified time in the future.' : 'The present, around the time of writing.', anchorable: false };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [];
