/**
 * Times of day: "4:15 a.m.", "10 p.m. Wednesday", "0314 GMT", "between 9 and 10 p.m.", "this morning", "the night of Jan. 5", "in the morning".
 */
import type { Ctx, Rule, Prev, Exclusion } from '../../../language';
import type { Anchor, ReasonCode } from '../../../types';
import { Point, Ymd, addDays, isValidYmd, pointStart } from '../../../calendar';
import { DAY, MONTH, PART_OF_DAY, WEEKDAY, FULL_YEAR, isCapitalised, monthNumber, weekdayNumber } from '../lexicon';
import { MONTH_NAMES, re, B, NEAR, inferYear, weekdayPoint, ymd, modOf, POD, TZ, isDayLike, reasonLast, E } from './common';

/** The day just mentioned, if it came within a few words: the day a bare time of day falls on. */
function nearbyDay(ctx: Ctx): Prev | null {
  return ctx.prev && isDayLike(ctx.prev.point) && ctx.start - ctx.prev.end < 200 ? ctx.prev : null;
}

const TIME_CORE = `(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)${E}|(\\d{1,2}):(\\d\\d)${E}(?!\\s*(?:a\\.m|p\\.m))|(noon|midnight|midday))`;

const TIME_DAY = `(?:,?\\s+(?:on\\s+)?(?:(${WEEKDAY})|(today|yesterday|tomorrow)|(${MONTH})\\s+(${DAY})(?:,?\\s+(${FULL_YEAR}))?))?`;

// "the night of Jan. 5, 2024", "the morning of Sept. 11", "the evening of the 6th": a part of a given day
export const partOfDateRule: Rule = {
  name: 'part-of-date',
  triggers: ['partOfDay'],
  re: re(`${B}the\\s+(morning|afternoon|evening|night)\\s+of\\s+(?:(?:${WEEKDAY}),?\\s+)?(?:(${MONTH})\\s+(${DAY})(?:,?\\s+(${FULL_YEAR}))?|the\\s+(${DAY}))${E}`),
  valid: (m) => m[2] === undefined || isCapitalised(m[2]),
  resolve(m, ctx) {
    const pod = PART_OF_DAY[m[1].toLowerCase()];
    let day: Ymd, anchor: Anchor = 'dateline', how: string, reason: ReasonCode | undefined;
    if (m[2] !== undefined) {
      const mo = monthNumber(m[2]), d = parseInt(m[3], 10);
      const yi = m[4] ? { y: +m[4], how: 'the year given', anchor: 'absolute' as Anchor, reason: undefined } : inferYear(ctx, mo, d);
      if (!isValidYmd(yi.y, mo, d)) return null;
      day = { y: yi.y, m: mo, d }; anchor = yi.anchor; reason = yi.reason; how = m[4] ? 'of the date given' : `of ${MONTH_NAMES[mo - 1]} ${d} (${yi.how})`;
    } else {
      // "the morning of the 6th": the month of the day just mentioned ("the night of Jan. 5 ... the
      // morning of the 6th"), else the reference's.
      const d = parseInt(m[5], 10);
      const prev = ctx.prevFor('day');
      const base = prev && isDayLike(prev.point) && ctx.start - prev.end < NEAR ? pointStart(prev.point) : null;
      const ym = base ?? ymd(ctx.ref);
      if (!isValidYmd(ym.y, ym.m, d)) return null;
      day = { y: ym.y, m: ym.m, d }; anchor = base ? 'previous' : 'dateline'; how = `of day ${d} of the month ${base ? 'just mentioned' : `of ${ctx.refName}`}`;
    }
    return { type: 'TIME', point: { g: 'day', ...day, pod }, anchor, reason, explanation: `The ${m[1].toLowerCase()} ${how}.`, explicitYear: !!m[4] };
  },
};

// "between 9 and 10 p.m.", "from 9 to 11 a.m.": two hours sharing one a.m. or p.m.
export const timeSpanRule: Rule = {
  name: 'time-span',
  triggers: ['clock'],
  re: re(`${B}(between|from)\\s+(\\d{1,2})(?:[:.](\\d\\d))?\\s+(?:and|to|until|till|-|–)\\s+(\\d{1,2})(?:[:.](\\d\\d))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)${E}`),
  resolve(m, ctx) {
    const pm = /^p/i.test(m[6]);
    const h = (x: string) => { const v = +x; return v < 1 || v > 12 ? null : pm ? (v % 12) + 12 : v % 12; };
    const h1 = h(m[2]), h2 = h(m[4]), mi1 = m[3] ? +m[3] : 0, mi2 = m[5] ? +m[5] : 0;
    if (h1 === null || h2 === null || mi1 > 59 || mi2 > 59 || h1 * 60 + mi1 >= h2 * 60 + mi2) return null;
    const near = nearbyDay(ctx);
    const day = near ? pointStart(near.point) : ymd(ctx.ref);
    return {
      type: 'TIME', point: { g: 'day', ...day, hh: h1, mi: mi1 }, endPoint: { g: 'day', ...day, hh: h2, mi: mi2 },
      anchor: near ? 'previous' : 'dateline', explanation: `A span of hours, on ${near ? 'the day just mentioned' : `the day of ${ctx.refName}`}.`,
    };
  },
};

// "0314 GMT", "1400 local time", "2130 hrs": the four-figure times of wire copy
export const timeHhmmRule: Rule = {
  name: 'time-hhmm',
  triggers: ['digit4'],
  re: re(`${B}([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|[ECMP][SD]T|BST|CEST|CET|local time|hrs)${E}`),
  // ("10:35 a.m. (0735 GMT)" restates the time before it: one entry is enough.)
  valid: (m, text) => !/^\s+(?:ago|later|earlier|before|after)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    && !(/\(\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^\s*\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))),
  resolve(m, ctx) {
    const near = nearbyDay(ctx);
    const day = near ? pointStart(near.point) : ymd(ctx.ref);
    return { type: 'TIME', point: { g: 'day', ...day, hh: +m[1], mi: +m[2] }, anchor: near ? 'previous' : 'dateline', explanation: `A time of day, on ${near ? 'the day just mentioned' : `the day of ${ctx.refName}`}.` };
  },
};

// "this morning", "last night", "this evening", "later this afternoon", "mid-afternoon"
export const partOfDayRule: Rule = {
  name: 'part-of-day',
  triggers: ['partOfDay'],
  re: re(`${B}(?:(early|earlier|late|later|mid-?)\\s*)?(this|last|that)\\s+${POD}${E}`),
  resolve(m, ctx) {
    const rel = m[2].toLowerCase(), w = m[3].toLowerCase();
    let day: Ymd = ymd(ctx.ref), anchor: Anchor = 'dateline';
    if (rel === 'last') day = addDays(day, -1);
    if (rel === 'that') {
      const prev = ctx.prevFor('day');
      if (!prev) return null;
      day = pointStart(prev.point); anchor = 'previous';
    }
    return { type: 'TIME', point: { g: 'day', ...day, pod: PART_OF_DAY[w] }, mod: modOf(m[1]), anchor, yearInText: anchor === 'dateline', explanation: anchor === 'previous' ? 'Part of the day just mentioned.' : `Part of a day counted from ${ctx.refName}.` };
  },
};

// "4:15 a.m.", "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday", "at 17:00"
export const timeRule: Rule = {
  name: 'time',
  triggers: ['clock', 'clockWord'],
  re: re(`${B}(?:(about|around|approximately|roughly|shortly after|shortly before|just after|just before)\\s+)?${TIME_CORE}${TZ}?${TIME_DAY}(?!\\d)`),
  valid(m, text) {
    if (m[5] !== undefined) {
      // "17:00" alone: only with "at"/"by"/"from" before it, not a score or ratio.
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (!/\b(?:at|by|from|until|till|before|after)\s+$/i.test(before) && m[10] === undefined) return false;
      if (+m[5] > 23 || +m[6] > 59) return false;
    }
    if (m[8] !== undefined && !isCapitalised(m[8])) return false;
    if (m[10] !== undefined && !isCapitalised(m[10])) return false;
    // "High Noon", "high noon comes today": a figure of speech.
    if (m[7] !== undefined && /\bhigh\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return false;
    return true;
  },
  resolve(m, ctx) {
    let hh: number, mi = 0;
    if (m[2] !== undefined) {
      hh = +m[2]; mi = m[3] ? +m[3] : 0;
      if (hh < 1 || hh > 12 || mi > 59) return null;
      const pm = m[4].toLowerCase().startsWith('p');
      if (pm && hh < 12) hh += 12;
      if (!pm && hh === 12) hh = 0;
    } else if (m[5] !== undefined) { hh = +m[5]; mi = +m[6]; } else {
      const w = m[7].toLowerCase();
      hh = w === 'midnight' ? 24 : 12;
    }
    let day: Ymd = ymd(ctx.ref), how = `on the day of ${ctx.refName}`, anchor: Anchor = 'dateline', reason: ReasonCode | undefined;
    // "on the Friday on or after the dateline (future tense)"
    if (m[8]) { const r = weekdayPoint(ctx, weekdayNumber(m[8]), ''); day = r.day; how = `on ${reasonLast(r.how)}`; reason = r.reason; }
    else if (m[9]) { const w = m[9].toLowerCase(); day = addDays(day, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0); how = w; }
    else if (m[10]) {
      const mo = monthNumber(m[10]), d = parseInt(m[11], 10);
      const y = m[12] ? +m[12] : inferYear(ctx, mo, d).y;
      if (!isValidYmd(y, mo, d)) return null;
      day = { y, m: mo, d }; how = 'on the date given'; anchor = m[12] ? 'absolute' : 'dateline';
    } else {
      const near = nearbyDay(ctx);
      if (near) { day = pointStart(near.point); how = 'on the day just mentioned'; anchor = 'previous'; }
    }
    return { type: 'TIME', point: { g: 'day', ...day, hh, mi }, mod: modOf(m[1]?.split(' ')[0]), anchor, reason, explanation: `A time of day, ${how}.` };
  },
};

// "in the morning", "overnight", "mid-afternoon": part of the day just mentioned, or of the reference day
export const partOfDayBareRule: Rule = {
  name: 'part-of-day-bare',
  triggers: ['partOfDay'],
  re: re(`(?:the(?<=\\b(?:in|during|by|until|late in|early in)\\s+the)\\s+(morning|afternoon|evening|night)|${B}(?:mid[- ]?)(morning|afternoon|day)|${B}(overnight))${E}`),
  resolve(m, ctx) {
    const w = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const pod = w === 'day' ? undefined : PART_OF_DAY[w];
    const prev = ctx.prevFor('day');
    const near = prev && ctx.start - prev.end < NEAR;
    const day = near ? pointStart(prev!.point) : ymd(ctx.ref);
    const point: Point = w === 'day' ? { g: 'day', ...day, hh: 12, mi: 0 } : { g: 'day', ...day, pod };
    return { type: 'TIME', point, mod: m[2] ? 'MID' : undefined, anchor: near ? 'previous' : 'dateline', explanation: near ? 'Part of the day just mentioned.' : `Part of the day of ${ctx.refName}.` };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [];
