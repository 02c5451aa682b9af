/**
 * Times of day: "4:15 a.m.", "10 p.m. Wednesday", "0314 GMT", "between 9 and 10 p.m.", "this morning", "the night of Jan. 5", "in the morning",
 * and date-and-time stamps: "Feb. 3, 2025, 10:14 a.m. ET", "25.02.2026 – 18:05 CET", "6:47 PM EDT, Wed Sept. 17, 2025".
 */
import type { Ctx, Rule, Prev, Exclusion, Res } from '../../../language';
import type { Anchor, ReasonCode } from '../../../types';
import { Point, Ymd, addDays, isValidYmd, pointStart } from '../../../calendar';
import { AMBIGUOUS_NAME, DAY, DEICTIC, DEICTIC_DAYS, HOUR_WORDS, MONTH, MONTH_AFTER_DAY, PART_OF_DAY, WEEKDAY, WEEKDAY_FULL, FULL_YEAR, monthNumber, parseCount, weekdayNumber } from '../lexicon';
import { MONTH_NAMES, re, B, g, NEAR, inferYear, weekdayPoint, ymd, modOf, POD_WORDS, TZ, ZONE, ZONE_WORDS, zoneIn, isDayLike, reasonLast, calendarDay, E, SLASH_DAY, slashDay } from './common';

/**
 * The day a time of day given without one falls on, the day of its own event: the day its own sentence
 * names before it ("On Sunday, the game kicks off at 4.30pm"); told in the past, the day of the
 * article's lead event while no other day has been named since (Ctx.leadDay). A day the sentence names
 * after it ("by 5pm on Tuesday 21 April") the engine gives it later (Res.dayless); else the reference's
 * day. Never the day of another sentence merely because it was mentioned last.
 */
function sentenceDay(ctx: Ctx): { day: Prev; how: string } | null {
  const p = ctx.prevFor('day');
  const prev = p && isDayLike(p.point) && !p.guessedDay ? p : null;
  // (not a day inside a relative clause closed before it: "The talks, which began Monday, broke off at 6 p.m.")
  if (prev && prev.end > ctx.sentenceStart() && !inClosedRelative(ctx, prev)) return { day: prev, how: 'on the day its sentence gives' };
  // A programme's line under its day ("## Friday 12 July\n\n- **18:30** Opening parade"): a time that
  // opens a line takes the day named just above it; not a live blog's entry stamp ("11:52 p.m. — ").
  if (prev && ctx.start - prev.end < 300 && LINE_OPENING.test(ctx.before) && !STAMP_AFTER.test(ctx.after)) return { day: prev, how: 'on the day named above it' };
  // A moment of the lead event, told in the past ("The ferry capsized on Monday evening. ... The
  // Kilele left port at 6:40 p.m."); not in notes and chat, whose times are plans.
  const lead = ctx.leadDay?.();
  return lead && ctx.direction() < 0 && !ctx.informal?.() ? { day: lead, how: 'on the day of the event the story leads with (its sentence gives no day)' } : null;
}

/** A relative clause's opening before a date, and its closing comma after it. */
const RELATIVE_OPEN = /,\s*(?:which|who|that)\b[^,]*$/i;
/** True when the day `p` stands in a relative clause that closes before the expression ("The talks, which began Monday, broke off at 6 p.m."). */
function inClosedRelative(ctx: Ctx, p: Prev): boolean {
  const s = ctx.textFrom(ctx.sentenceStart());
  const at = s.length - (ctx.start - p.end);
  return at > 0 && s.slice(at).includes(',') && RELATIVE_OPEN.test(s.slice(0, at));
}

/** The text before a time that opens a line or a list item ("\n- **18:30**"). */
const LINE_OPENING = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?$/;
/** The text after a time that makes it a live blog's entry stamp ("19:05\n", "12:05 a.m. — "): language.cues.stampAfter. */
export const STAMP_AFTER = /^[ \t]*(?:\r?\n|[—–-][ \t])/;

/**
 * A time of day (`what`: "A time of day") on its sentence's day, or on the reference's day until the
 * engine finds a day named right after it (Res.dayless, with the explanation it will then give).
 */
function onSentenceDay(ctx: Ctx, what: string, time: { hh: number; mi: number; tz?: string }, end?: { hh: number; mi: number }): Res {
  const near = sentenceDay(ctx);
  const day = near ? pointStart(near.day.point) : ymd(ctx.ref);
  const tz = time.tz ? { tz: time.tz } : {};
  return {
    type: 'TIME',
    point: { g: 'day', ...day, hh: time.hh, mi: time.mi, ...tz },
    endPoint: end ? { g: 'day', ...day, hh: end.hh, mi: end.mi, ...tz } : undefined,
    anchor: near ? 'previous' : 'dateline',
    explanation: `${what}, ${near ? near.how : `on the day of ${ctx.refName} (its sentence gives no day)`}.`,
    // On the reference's day only for want of another: the engine keeps it from "the next day" (Prev.guessedDay).
    dayless: { explanation: `${what}, on the day named right after it.`, guessed: !near },
  };
}

/** A 24-hour clock of TIME_CORE's groups ("17:00") has hours up to 23 and minutes up to 59 (true when there is none). */
const clockInRange = (g: Record<string, string | undefined>) => g.clockH === undefined || (+g.clockH <= 23 && +g.clockM! <= 59);

/** A day's result at the time of day given ("Thursday 4 June, 7pm", "3/18 @ 6:30pm"); null when there is no day. */
const atClock = (day: Res | null, clock: { hh: number; mi: number }): Res | null =>
  (day?.point?.g === 'day' ? { ...day, type: 'TIME', point: { ...day.point, ...clock }, explanation: `${day.explanation.replace(/\.$/, '')}, at the time of day given.` } : null);

/** The hour and minute of TIME_CORE's groups; null when they are no clock ("13 pm", "9:75 a.m."). */
function clockOf(g: Record<string, string | undefined>): { hh: number; mi: number } | null {
  if (g.hour !== undefined) {
    let hh = +g.hour;
    const mi = g.minute ? +g.minute : 0;
    if (hh < 1 || hh > 12 || mi > 59) return null;
    const pm = g.ampm!.toLowerCase().startsWith('p');
    if (pm && hh < 12) hh += 12;
    if (!pm && hh === 12) hh = 0;
    return { hh, mi };
  }
  if (g.clockH !== undefined) return { hh: +g.clockH, mi: +g.clockM! };
  return { hh: g.noon!.toLowerCase() === 'midnight' ? 24 : 12, mi: 0 };
}

// "4:15 a.m.", "10 pm", and as notes write them "430pm", "5+am"; "17:00", and "10.30" with its zone
// ("10.30 GMT", "12.30 local time": without one, "closed at 12.30" is a price); "noon"
const TIME_CORE = `(?:${g('hour', '\\d{1,2}')}(?:[:.]?${g('minute', '\\d\\d')})?(?:\\+|\\s*)${g('ampm', 'a\\.m\\.?|p\\.m\\.?|am|pm')}${E}|${g('clockH', '\\d{1,2}')}(?::|\\.(?=\\d\\d\\s*(?:\\(?(?:${ZONE_WORDS})(?![A-Za-z])|local\\s+time\\b)))${g('clockM', '\\d\\d')}${E}(?!\\s*(?:a\\.m|p\\.m))|${g('noon', 'noon|midnight|midday')})`;

/** A weekday as stamps write it before a date, in full or cut short: "Wednesday", "Wed", "Thurs.". */
const STAMP_WEEKDAY = `(?:${WEEKDAY_FULL}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?`;

// The day of a time: "10 p.m. Wednesday", "noon today", "11:48 p.m. that night", "5 p.m. EST Nov. 9",
// "6:47 PM EDT, Wed September 17, 2025" (a weekday before the date, as stamps write it), "01:15 EST, 12 November 2024".
const TIME_DAY = `(?:,?\\s+(?:on\\s+)?(?:${g('weekday', WEEKDAY)}(?!,?\\s+(?:\\d|${MONTH}))|${g('deictic', DEICTIC)}|that\\s+${g('thatPod', 'morning|afternoon|evening|night|day')})|,?\\s+(?:${STAMP_WEEKDAY},?\\s+)?${g('month', MONTH)}\\s+${g('day', DAY)}(?:,?\\s+${g('year', FULL_YEAR)})?|,\\s+(?:${STAMP_WEEKDAY},?\\s+)?${g('dayFirst', DAY)}\\s+${g('monthAfter', MONTH_AFTER_DAY)}(?:,?\\s+${g('yearAfter', FULL_YEAR)})?)?`;

// "the night of Jan. 5, 2024", "the morning of Sept. 11", "the evening of 21 February", "the evening of the 6th": a part of a given day
export const partOfDateRule: Rule = {
  name: 'part-of-date',
  triggers: ['partOfDay'],
  re: re(`${B}the\\s+${g('pod', 'morning|afternoon|evening|night')}\\s+of\\s+(?:(?:${WEEKDAY}),?\\s+)?(?:${g('month', MONTH)}\\s+${g('day', DAY)}(?:,?\\s+${g('year', FULL_YEAR)})?|${g('dayFirst', DAY)}\\s+${g('monthAfter', MONTH)}(?:,?\\s+${g('yearAfter', FULL_YEAR)})?|the\\s+${g('nth', DAY)})${E}`),
  // No structural check: the month's capital is an exclusion (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const pod = PART_OF_DAY[g.pod.toLowerCase()];
    let day: Ymd, anchor: Anchor = 'dateline', how: string, reason: ReasonCode | undefined;
    const monthW = g.month ?? g.monthAfter, yearW = g.year ?? g.yearAfter;
    if (monthW !== undefined) {
      // "the night of Jan. 5, 2024", "the evening of 21 February"
      const mo = monthNumber(monthW), d = parseInt(g.day ?? g.dayFirst, 10);
      const yi = yearW ? { y: +yearW, how: 'the year given', anchor: 'absolute' as Anchor, reason: undefined } : inferYear(ctx, mo, d);
      if (!isValidYmd(yi.y, mo, d)) return null;
      day = { y: yi.y, m: mo, d }; anchor = yi.anchor; reason = yi.reason; how = yearW ? 'of the date given' : `of ${MONTH_NAMES[mo - 1]} ${d} (${yi.how})`;
    } else {
      // "the morning of the 6th": the month of the day just mentioned ("the night of Jan. 5 ... the
      // morning of the 6th"), else the reference's.
      const d = parseInt(g.nth, 10);
      const prev = ctx.prevFor('day');
      const base = prev && isDayLike(prev.point) && ctx.start - prev.end < NEAR ? pointStart(prev.point) : null;
      const ym = base ?? ymd(ctx.ref);
      if (!isValidYmd(ym.y, ym.m, d)) return null;
      day = { y: ym.y, m: ym.m, d }; anchor = base ? 'previous' : 'dateline'; how = `of day ${d} of the month ${base ? 'just mentioned' : `of ${ctx.refName}`}`;
    }
    return { type: 'TIME', point: { g: 'day', ...day, pod }, anchor, reason, explanation: `The ${g.pod.toLowerCase()} ${how}.`, explicitYear: !!yearW };
  },
};

/** The two clock times of a span that shares its a.m. or p.m. ("7-9 p.m."), in order; null when they are none. */
function span(g: Record<string, string | undefined>): [{ hh: number; mi: number }, { hh: number; mi: number }] | null {
  if (/^and$/i.test(g.word ?? '') && !/^between$/i.test(g.opener ?? '')) return null;
  const pm = /^p/i.test(g.ampm!);
  const h = (x: string) => { const v = +x; return v < 1 || v > 12 ? null : pm ? (v % 12) + 12 : v % 12; };
  const h1 = h(g.h1!), h2 = h(g.h2!), mi1 = g.mi1 ? +g.mi1 : 0, mi2 = g.mi2 ? +g.mi2 : 0;
  if (h1 === null || h2 === null || mi1 > 59 || mi2 > 59 || h1 * 60 + mi1 >= h2 * 60 + mi2) return null;
  return [{ hh: h1, mi: mi1 }, { hh: h2, mi: mi2 }];
}
// "between 9 and 10 p.m.", "from 9 to 11 a.m.": two hours sharing one a.m. or p.m.
export const timeSpanRule: Rule = {
  name: 'time-span',
  triggers: ['clock'],
  // ("7-9 p.m.", "10 to 11 a.m." need no opener; "and" needs "between")
  re: re(`${B}(?:${g('opener', 'between|from')}\\s+)?${g('h1', '\\d{1,2}')}(?:[:.]${g('mi1', '\\d\\d')})?(?:\\s+${g('word', 'and|to|until|till')}\\s+|\\s*[-–]\\s*)${g('h2', '\\d{1,2}')}(?:[:.]${g('mi2', '\\d\\d')})?\\s*${g('ampm', 'a\\.m\\.?|p\\.m\\.?|am|pm')}${E}`),
  // Structural: two hours in order that one a.m. or p.m. can share ("10-2 pm" is none: "2 pm" alone stays).
  valid: (m) => span(m.groups!) !== null,
  resolve(m, ctx) {
    const [a, b] = span(m.groups!)!;
    return onSentenceDay(ctx, 'A span of hours', a, b);
  },
};

// "10:00-13:00", "09:30–11:00 CET": two 24-hour clock times joined by a dash, as schedules write them
// (with "to" or "between ... and", each is a time of its own and the two make a range).
export const clockSpanRule: Rule = {
  name: 'clock-span',
  triggers: ['clock'],
  re: re(`${B}${g('h1', '[01]?\\d|2[0-3]')}:${g('mi1', '[0-5]\\d')}\\s*[-–]\\s*${g('h2', '[01]?\\d|2[0-3]')}:${g('mi2', '[0-5]\\d')}${TZ}?${E}(?!\\s*(?:a\\.m|p\\.m|am|pm)|[-–:]\\d)`),
  // Structural: the second time after the first ("22:00-02:00" runs into the next day: no span of one day).
  valid: (m) => +m.groups!.h1 * 60 + +m.groups!.mi1 < +m.groups!.h2 * 60 + +m.groups!.mi2,
  resolve(m, ctx) {
    const g = m.groups!;
    const tz = zoneIn(g);
    return onSentenceDay(ctx, 'A span of hours', { hh: +g.h1, mi: +g.mi1, tz }, { hh: +g.h2, mi: +g.mi2 });
  },
};

// "0314 GMT", "1400 local time", "2130 hrs": the four-figure times of wire copy
export const timeHhmmRule: Rule = {
  name: 'time-hhmm',
  triggers: ['digit4'],
  re: re(`${B}${g('hh', '[01]\\d|2[0-3]')}${g('mi', '[0-5]\\d')}\\s*(?:${ZONE('')}|local time|hrs)(?:,?\\s+${g('weekday', WEEKDAY)})?${E}`),
  // No structural check (the pattern bounds the hours and minutes); the contexts are exclusions (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const tz = zoneIn(g);
    if (g.weekday) {
      // "0452 GMT Thursday": the weekday of the time as its zone gives it
      const r = weekdayPoint(ctx, weekdayNumber(g.weekday), '');
      return { type: 'TIME', point: { g: 'day', ...r.day, hh: +g.hh, mi: +g.mi, ...(tz ? { tz } : {}) }, anchor: 'dateline', reason: r.reason, explanation: `A time of day, on ${reasonLast(r.how)}.` };
    }
    return onSentenceDay(ctx, 'A time of day', { hh: +g.hh, mi: +g.mi, tz });
  },
};

// A date with its year, then a clock time: the stamps of web and wire copy. "Feb. 3, 2025, 10:14 a.m. ET",
// "Jan 27, 2026 / 09:12 PM CST", "16 September 2024, 08:40 BST", "25.02.2026 – 18:05 CET",
// "14/07/2025 - 16:40", "Wed Sept. 17, 2025 at 6:47 p.m.". One TIME: the day at that time.
const STAMP_DATE = `(?:${g('sWeekday', STAMP_WEEKDAY)},?\\s+)?(?:${g('sMonth', MONTH)}\\s+${g('sDay', DAY)},?\\s+${g('sYear', FULL_YEAR)}`
  + `|${g('dDay', DAY)}\\s+${g('dMonth', MONTH)},?\\s+${g('dYear', FULL_YEAR)}`
  + `|${g('n1', '\\d{1,2}')}${g('nSep', '[/.]')}${g('n2', '\\d{1,2}')}[/.]${g('nYear', FULL_YEAR)})`;
const STAMP_TIME = `${g('sh', '\\d{1,2}')}(?:${g('tSep', '[:.]')}${g('smi', '\\d\\d')})?(?:\\s*${g('sap', 'a\\.m\\.|p\\.m\\.|am|pm')})?`;

export const dateTimeStampRule: Rule = {
  name: 'date-time-stamp',
  triggers: ['digit4'],
  re: re(`${B}${STAMP_DATE}(?:\\s*[,/|–—-]\\s*|\\s+)(?:at\\s+)?${STAMP_TIME}${TZ}?${E}(?!\\s*(?:%|per\\s?cent|million|billion))`),
  // A clock, not a number: minutes after a colon, or a.m./p.m.; "16.30" only with a zone or a.m./p.m.
  // The zone and the month are written in capitals ("CST", not "cst"; "Jan", not "jan").
  valid(m) {
    const g = m.groups!;
    const h = +g.sh, mi = g.smi !== undefined ? +g.smi : 0;
    if (g.sap ? h < 1 || h > 12 : h > 23 || g.smi === undefined) return false;
    const zone = g.tz ?? g.tzP;
    if (mi > 59 || (g.tSep === '.' && !g.sap && !zone)) return false;
    if (zone && zone !== zone.toUpperCase()) return false;
    const month = g.sMonth ?? g.dMonth;
    return month === undefined || /^[A-Z]/.test(month);
  },
  resolve(m, ctx) {
    const g = m.groups!;
    let y: number, mo: number, d: number;
    let how = 'A date and a time of day, as a stamp gives them.';
    if (g.sMonth !== undefined) { mo = monthNumber(g.sMonth); d = parseInt(g.sDay, 10); y = +g.sYear; }
    else if (g.dMonth !== undefined) { mo = monthNumber(g.dMonth); d = parseInt(g.dDay, 10); y = +g.dYear; }
    else {
      // "25.02.2026" (dots) and "14/07/2025" are day first; "07/14/2025" month first; "04/06/2025" as the article writes its dates.
      const a = +g.n1, b = +g.n2;
      y = +g.nYear;
      const dayFirst = g.nSep === '.' || (a > 12 && b <= 12) || (!(b > 12 && a <= 12) && ctx.numericOrder?.() === 'dmy');
      [d, mo] = dayFirst ? [a, b] : [b, a];
      if (dayFirst) how = 'A date (day first) and a time of day, as a stamp gives them.';
    }
    if (!isValidYmd(y, mo, d)) return null;
    let hh = +g.sh;
    const mi = g.smi !== undefined ? +g.smi : 0;
    if (g.sap) { const pm = /^p/i.test(g.sap); hh = (hh % 12) + (pm ? 12 : 0); }
    const tz = zoneIn(g);
    return { type: 'TIME', point: { g: 'day', y, m: mo, d, hh, mi, ...(tz ? { tz } : {}) }, anchor: 'absolute', explanation: how, explicitYear: true };
  },
};

// An ISO 8601 date-time in the text: "2025-06-21T11:10+02:00", "2025-03-06T14:05:00Z". Its zone as
// TIMEX3 writes it: Z for UTC (an offset of zero too), else the offset, hours and minutes.
export const isoDateTimeRule: Rule = {
  name: 'iso-date-time',
  triggers: ['digit4'],
  requires: ['clock'],
  re: re(`${B}${g('y', FULL_YEAR)}-${g('mo', '\\d\\d')}-${g('d', '\\d\\d')}T${g('hh', '[01]\\d|2[0-3]')}:${g('mi', '[0-5]\\d')}(?::[0-5]\\d(?:\\.\\d{1,9})?)?${g('zone', 'Z|[+-](?:0\\d|1[0-4]):?[0-5]\\d')}?${E}`),
  resolve(m) {
    const g = m.groups!;
    const y = +g.y, mo = +g.mo, d = +g.d;
    if (!isValidYmd(y, mo, d)) return null;
    let tz: string | undefined;
    if (g.zone) {
      const z = g.zone.toUpperCase().replace(/^([+-]\d\d):?(\d\d)$/, '$1:$2');
      tz = z === 'Z' || /^[+-]00:00$/.test(z) ? 'Z' : z;
    }
    return { type: 'TIME', point: { g: 'day', y, m: mo, d, hh: +g.hh, mi: +g.mi, ...(tz ? { tz } : {}) }, anchor: 'absolute', explanation: 'An ISO date and time in the text.', explicitYear: true };
  },
};

// "this morning", "last night", "this evening", "later this afternoon", "mid-afternoon"
export const partOfDayRule: Rule = {
  name: 'part-of-day',
  triggers: ['partOfDay'],
  re: re(`${B}(?:${g('mod', 'early|earlier|late|later|mid-?')}\\s*)?${g('rel', 'this|last|that')}\\s+${g('pod', POD_WORDS)}${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const rel = g.rel.toLowerCase(), w = g.pod.toLowerCase();
    let day: Ymd = ymd(ctx.ref), anchor: Anchor = 'dateline';
    if (rel === 'last') day = addDays(day, -1);
    if (rel === 'that') {
      const prev = ctx.prevFor('day');
      if (!prev) return null;
      day = pointStart(prev.point); anchor = 'previous';
    }
    return { type: 'TIME', point: { g: 'day', ...day, pod: PART_OF_DAY[w] }, mod: modOf(g.mod), anchor, yearInText: anchor === 'dateline', explanation: anchor === 'previous' ? 'Part of the day just mentioned.' : `Part of a day counted from ${ctx.refName}.` };
  },
};

// "4:15 a.m.", "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday", "at 17:00"
export const timeRule: Rule = {
  name: 'time',
  triggers: ['clock', 'clockWord'],
  re: re(`${B}(?:${g('mod', 'about|around|approximately|roughly|shortly after|shortly before|just after|just before')}\\s+)?${TIME_CORE}${TZ}?${TIME_DAY}(?!\\d)`),
  // Structural only: a 24-hour "17:00" has hours up to 23 and minutes up to 59 (the contexts are exclusions, below).
  valid: (m) => clockInRange(m.groups!),
  resolve(m, ctx) {
    const g = m.groups!;
    const clock = clockOf(g);
    if (!clock) return null;
    const { mi } = clock;
    // "trivia 2nite?? starts 7:30", "Polls close tonight ... results from 11:30": an hour from 5 to 11
    // without a.m. or p.m. (and no leading zero) after the evening or night the paragraph speaks of is
    // p.m. (an hour from 1 to 4 after "last night" may be the small hours: it stays as written).
    const evening = g.clockH !== undefined && !g.clockH.startsWith('0') && clock.hh >= 5 && clock.hh <= 11 && eveningBefore(ctx);
    const hh = evening ? clock.hh + 12 : clock.hh;
    // "just after midnight", "after midnight": the first minutes of the next day, not 24:00 of this one.
    const afterMidnight = hh === 24 && (/after/i.test(g.mod ?? '') || /\bafter\s+$/i.test(ctx.before));
    const mod = g.mod === undefined ? undefined : /after/i.test(g.mod) ? 'AFTER' : /before/i.test(g.mod) ? 'BEFORE' : 'APPROX';
    const tz = zoneIn(g);
    let day: Ymd = ymd(ctx.ref), how = `on the day of ${ctx.refName}`, anchor: Anchor = 'dateline', reason: ReasonCode | undefined;
    // "on the Friday on or after the dateline (future tense)"
    if (g.weekday) { const r = weekdayPoint(ctx, weekdayNumber(g.weekday), ''); day = r.day; how = `on ${reasonLast(r.how)}`; reason = r.reason; }
    else if (g.thatPod) {
      // "11:48 p.m. that night": the day just mentioned, in whatever sentence it was
      const prev = ctx.prevFor('day');
      if (!prev) return null;
      day = pointStart(prev.point); how = 'on the day just mentioned'; anchor = 'previous';
    } else if (g.deictic) { const w = g.deictic.toLowerCase(); day = addDays(day, DEICTIC_DAYS[w]); how = w; }
    else if (g.month ?? g.monthAfter) {
      const mo = monthNumber(g.month ?? g.monthAfter), d = parseInt(g.day ?? g.dayFirst, 10);
      const yw = g.year ?? g.yearAfter;
      const y = yw ? +yw : inferYear(ctx, mo, d).y;
      if (!isValidYmd(y, mo, d)) return null;
      day = { y, m: mo, d }; how = 'on the date given'; anchor = yw ? 'absolute' : 'dateline';
    } else {
      const res: Res = { ...onSentenceDay(ctx, evening ? 'A time of the evening the text speaks of' : 'A time of day', { hh, mi, tz }), mod };
      return afterMidnight ? nextMorning(res) : res;
    }
    const res: Res = { type: 'TIME', point: { g: 'day', ...day, hh, mi, ...(tz ? { tz } : {}) }, mod, anchor, reason, explanation: `A time of day, ${how}${evening ? ', in the evening the text speaks of' : ''}.` };
    return afterMidnight ? nextMorning(res) : res;
  },
};

/** The parts of the day a paragraph may name before a time: the evening or night, or another. */
const POD_BEFORE = /\b(?:(?<evening>tonight|tonite|2nite|evening|last night|tomorrow night|overnight)|morning|afternoon|a\.m\.|noon|midday)\b/gi;
/** Whether the last part of the day the paragraph names before the expression is the evening or night. */
function eveningBefore(ctx: Ctx): boolean {
  const text = ctx.textFrom(Math.max(ctx.paragraphStart(), ctx.start - 200));
  let evening = false;
  POD_BEFORE.lastIndex = 0;
  for (let m = POD_BEFORE.exec(text); m !== null; m = POD_BEFORE.exec(text)) evening = m.groups!.evening !== undefined;
  return evening;
}

// "6:45 this evening", "8 tomorrow morning", "9 last night", "11 tonight", "7 PM this evening": a clock time with the part of
// the day that says which half of the day it is in, and which day
export const clockPartOfDayRule: Rule = {
  name: 'clock-part-of-day',
  triggers: ['partOfDay', 'deictic'],
  re: re(`${B}${g('hour', '1[0-2]|0?[1-9]')}(?:[:.]${g('minute', '[0-5]\\d')})?(?:\\s*${g('ampm', 'a\\.m\\.|p\\.m\\.|am|pm')})?\\s+(?:${g('rel', 'this|tomorrow|yesterday|last')}\\s+${g('pod', 'morning|afternoon|evening|night')}|${g('tonight', 'tonight')})${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const rel = g.rel?.toLowerCase(), podW = g.tonight ? 'night' : g.pod.toLowerCase();
    let hh = +g.hour % 12;
    const mi = g.minute ? +g.minute : 0;
    // Morning hours stay; an afternoon or evening hour is after noon; a night hour is after 6 p.m. (or
    // the small hours: "2 last night" is 2 a.m. of today).
    const smallHours = podW === 'night' && hh < 5 && !/^p/i.test(g.ampm ?? '');
    // ("7 PM this evening", "6 a.m. tomorrow morning": the clock's own half of the day decides)
    if (g.ampm ? /^p/i.test(g.ampm) : podW === 'afternoon' || podW === 'evening' || (podW === 'night' && !smallHours)) hh += 12;
    let offset = rel === 'tomorrow' ? 1 : rel === 'yesterday' ? -1 : rel === 'last' && podW === 'night' ? -1 : 0;
    if (smallHours) offset += 1;
    const day = addDays(ymd(ctx.ref), offset);
    return { type: 'TIME', point: { g: 'day', ...day, hh, mi }, anchor: 'dateline', explanation: `A time of day, ${podW === 'night' && smallHours ? 'in the small hours after' : 'in'} the ${podW} the text names, counted from ${ctx.refName}.` };
  },
};

// "11 o'clock", "half past nine", "a quarter to six": a clock time in words, on its sentence's day
// (the trigger is "o'clock", "half" or "quarter")
const HOUR_W = `(?:1[0-2]|0?[1-9]|${HOUR_WORDS.join('|')})`;
const hourValue = (w: string) => parseCount(w) ?? 0;
export const clockWordsRule: Rule = {
  name: 'clock-words',
  triggers: ['clockWord', 'period'],
  re: re(`${B}(?:${g('oclock', HOUR_W)}\\s+o['’]?clock|(?:${g('part', '(?:a\\s+)?quarter')}\\s+${g('dir', 'past|to')}|${g('part2', 'half')}\\s+past)\\s+${g('hour', HOUR_W)})${E}(?:\\s+${g('pod', 'in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night')})?`),
  resolve(m, ctx) {
    const g = m.groups!;
    let hh: number, mi = 0;
    if (g.oclock) hh = hourValue(g.oclock);
    else {
      const h = hourValue(g.hour);
      const p = (g.part ?? g.part2).toLowerCase().replace(/^a\s+/, '');
      const mins = p === 'half' ? 30 : 15;
      if (g.dir?.toLowerCase() === 'to') { hh = h - 1 || 12; mi = 60 - mins; } else { hh = h; mi = mins; }
    }
    if (!(hh >= 1 && hh <= 12)) return null;
    const pod = g.pod?.toLowerCase() ?? '';
    if (/afternoon|evening|night/.test(pod) && hh < 12) hh += 12;
    return onSentenceDay(ctx, 'A time of day in words', { hh, mi });
  },
};

/** Midnight read as the start of the next day ("just after midnight"): 00:00 of the day after. */
function nextMorning(r: Res): Res {
  if (r.point?.g !== 'day') return r;
  const after = (e: string) => e.replace(/\.$/, ': after midnight, the start of the next day.');
  return {
    ...r, point: { ...r.point, ...addDays(r.point, 1), hh: 0, mi: 0 }, explanation: after(r.explanation),
    dayless: r.dayless && { explanation: after(r.dayless.explanation), plusDays: 1, guessed: r.dayless.guessed },
  };
}

// "tues 3pm", "this Sat, 430pm", "this Fri night, 2359", "today 4pm", "tmrw 9am": a day, then its time
// ("today at 9am" is two expressions, as "at" parts them)
export const dayThenTimeRule: Rule = {
  name: 'day-then-time',
  triggers: ['weekday', 'deictic'],
  re: re(`${B}(?:(?:${g('rel', 'last|next|this|coming')}\\s+)?${g('weekday', WEEKDAY)}|${g('deictic', DEICTIC)})(?:\\s+${g('pod', POD_WORDS)})?(?:,\\s*|\\s+)(?:${TIME_CORE}|${g('hhmm', '(?:[01]\\d|2[0-3])[0-5]\\d')}(?=\\s*(?:[,.;!?)]|$)))(?!\\d)`),
  // Structural only: a 24-hour "17:00" has hours up to 23 and minutes up to 59 (the capitals are exclusions, below).
  valid: (m) => clockInRange(m.groups!),
  resolve(m, ctx) {
    const g = m.groups!;
    const clock = g.hhmm ? { hh: +g.hhmm.slice(0, 2), mi: +g.hhmm.slice(2) } : clockOf(g);
    if (!clock) return null;
    let day: Ymd, how: string, reason: ReasonCode | undefined;
    if (g.weekday) { const r = weekdayPoint(ctx, weekdayNumber(g.weekday), g.rel ?? ''); day = r.day; how = `on ${reasonLast(r.how)}`; reason = r.reason; }
    else { const w = g.deictic.toLowerCase(); day = addDays(ymd(ctx.ref), DEICTIC_DAYS[w]); how = `${w}, counted from ${ctx.refName}`; }
    return { type: 'TIME', point: { g: 'day', ...day, ...clock }, anchor: 'dateline', reason, explanation: `A time of day, ${how}.` };
  },
};

// "Thursday 4 June, 7pm", "4 June 2026, 19:00": a date and its time of day, one expression ("on Tuesday 11
// March at 7pm" is two, as TimeML splits at a preposition)
export const dateThenTimeRule: Rule = {
  name: 'date-then-time',
  triggers: ['month'],
  requires: ['clock'],
  re: re(`${B}(?:${WEEKDAY},?\\s+)?(?:${g('month', MONTH)}\\s+${g('day', DAY)}|${g('dayFirst', DAY)}\\s+${g('monthAfter', MONTH_AFTER_DAY)})(?:,?\\s+${g('year', FULL_YEAR)})?,\\s*(?:${TIME_CORE})(?!\\d)`),
  // Structural only: a 24-hour "17:00" has hours up to 23 and minutes up to 59 (the capitals are exclusions, below).
  valid: (m) => clockInRange(m.groups!),
  resolve(m, ctx) {
    const g = m.groups!;
    const clock = clockOf(g);
    if (!clock || clock.hh === 24) return null;
    const day = calendarDay(ctx, monthNumber(g.month ?? g.monthAfter), parseInt(g.day ?? g.dayFirst, 10), g.year);
    return atClock(day, clock);
  },
};

// "3/18 @ 6:30pm", "4/11 noon", "3/6 at 9am": a month and day with a slash and its time, one expression
// of notes and posts (informal text only, as the slash-day rule).
export const slashDayTimeRule: Rule = {
  name: 'slash-day-time',
  triggers: ['slash'],
  re: re(`${SLASH_DAY}(?:\\s*@\\s*|\\s+(?:at\\s+)?)(?:${TIME_CORE})(?!\\d)`),
  valid: (m) => clockInRange(m.groups!),
  resolve(m, ctx) {
    const clock = clockOf(m.groups!);
    return clock && clock.hh !== 24 ? atClock(slashDay(m.groups!, ctx), clock) : null;
  },
};

// "by 4 tmrw", "at 11 tomorrow", "at 8 tonight": a bare hour with its day, in notes (1 to 7 are afternoon
// hours, and every hour is an evening one tonight)
export const hourThenDayRule: Rule = {
  name: 'hour-then-day',
  triggers: ['deictic'],
  re: re(`(?=\\d)(?<=\\b(?:by|at|until|till|before|after|from|around|about|abt)\\s)${g('hour', '1[0-2]|0?[1-9]')}\\s+${g('deictic', DEICTIC)}${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const w = g.deictic.toLowerCase(), h = +g.hour;
    const evening = /^(?:tonight|tonite|2nite)$/.test(w);
    const hh = h === 12 ? 12 : evening || h <= 7 ? h + 12 : h;
    return { type: 'TIME', point: { g: 'day', ...addDays(ymd(ctx.ref), DEICTIC_DAYS[w]), hh, mi: 0 }, anchor: 'dateline', explanation: `${h} o'clock ${w}, counted from ${ctx.refName} (${hh < 12 ? 'a morning hour' : 'an afternoon or evening hour'}).` };
  },
};

// "at 1015", "abt 2250": four figures after "at" as a 24-hour clock, where no year can be read (not 1600 to 2099)
export const atHhmmRule: Rule = {
  name: 'at-hhmm',
  triggers: ['digit4'],
  re: re(`(?=[012])(?<=\\b(?:at|by|abt|about|around|until|till|from)\\s)${g('hh', '[01][0-5]|2[1-3]')}${g('mi', '[0-5]\\d')}(?=\\s*(?:[,.;!?)]|$|\\s(?:on|today|tonight|tomorrow|and|to)\\b))`),
  resolve(m, ctx) {
    const g = m.groups!;
    return onSentenceDay(ctx, 'A 24-hour time of day', { hh: +g.hh, mi: +g.mi });
  },
};

/** The day a part of the day alone belongs to: the day just mentioned (near before it), else the reference's. */
function dayInQuestion(ctx: Ctx): { day: Ymd; near: boolean } {
  const prev = ctx.prevFor('day');
  const near = !!prev && ctx.start - prev.end < NEAR;
  return { day: near ? pointStart(prev!.point) : ymd(ctx.ref), near };
}

// "in the morning", "overnight", "mid-afternoon": part of the day just mentioned, or of the reference day
export const partOfDayBareRule: Rule = {
  name: 'part-of-day-bare',
  triggers: ['partOfDay'],
  re: re(`(?:the(?<=\\b(?:in|during|by|until|late in|early in)\\s+the)\\s+${g('pod', 'morning|afternoon|evening|night')}|${B}(?:mid[- ]?)${g('midPod', 'morning|afternoon|day')}|${B}${g('overnight', 'overnight')}(?:\\s+(?:on\\s+)?${g('weekday', WEEKDAY)}(?!,?\\s+(?:\\d|${MONTH})))?)${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const w = (g.pod ?? g.midPod ?? g.overnight).toLowerCase();
    const pod = w === 'day' ? undefined : PART_OF_DAY[w];
    if (g.weekday) {
      // "overnight Tuesday": the night of that day
      const r = weekdayPoint(ctx, weekdayNumber(g.weekday), '');
      return { type: 'TIME', point: { g: 'day', ...r.day, pod: 'NI' }, anchor: 'dateline', reason: r.reason, explanation: `The night of ${reasonLast(r.how)}.` };
    }
    const { day, near } = dayInQuestion(ctx);
    const point: Point = w === 'day' ? { g: 'day', ...day, hh: 12, mi: 0 } : { g: 'day', ...day, pod };
    return { type: 'TIME', point, mod: g.midPod ? 'MID' : undefined, anchor: near ? 'previous' : 'dateline', explanation: near ? 'Part of the day just mentioned.' : `Part of the day of ${ctx.refName}.` };
  },
};

/**
 * The words that may follow a part of the day used as a time, not as a noun's modifier ("the night
 * market", "morning tea", "the evening news"): an end of clause, or a preposition, conjunction or
 * pronoun. Not "before" or "after" ("the night before" is the eve of another day), nor "the"/"a"
 * ("the night the plane fell": a clause names it).
 */
const POD_ALONE_AFTER = '(?=\\s*(?:[.,!?;:)…~]|[-–—]\\s|$)|\\s+(?:of|with|w/|in|at|on|for|out|and|or|to|from|by|is|was|were|will|i|we|you|he|she|they|it|my|our|here|there|when|while|ahead|already|together|again|away|off|[#@]|https?:)(?![A-Za-z]))';
/** Words that are no adjective before a part of the day: other expressions' ("the next morning", "the other night", "the day and night"), and function words. */
const POD_NOT_ADJ = 'same|next|following|previous|prior|other|very|first|last|second|third|final|one|every|each|such'
  + '|and|but|nor|of|in|at|on|to|for|with|from|into|by|is|was|are|were|that|this|his|her|their|its|our|my|your|day';

// "at night", "since morning"; "the evening", "an afternoon of music", "a rainy afternoon", "the whole
// morning", "a late night": a part of the day used as a time of the day in question (the day just
// mentioned, else the reference's), not as a noun's modifier ("night market"). The span keeps the
// article and a temporal modifier ("a late night"), and leaves out an adjective of another kind
// ("a rainy afternoon" is "afternoon", as TimeML keeps only the temporal words).
export const partOfDayAloneRule: Rule = {
  name: 'part-of-day-alone',
  triggers: ['partOfDay'],
  re: re(`(?:(?=n)(?<=\\b(?:at|by|since|until|till|til)\\s)${g('prepPod', 'night|nite')}|(?=[mae])(?<=\\b(?:since|until|till|til)\\s)${g('sincePod', 'morning|afternoon|evening')}`
    + `|${B}${g('det', 'the|an?')}\\s+(?:${g('tmod', 'late|early|whole|entire')}\\s+|${g('adj', `(?!(?:${POD_NOT_ADJ})\\s)[a-z]{3,12}(?:\\s+(?!(?:${POD_NOT_ADJ})\\s)[a-z]{3,12})?`)}\\s+)?${g('pod', 'morning|afternoon|evening|night')})${POD_ALONE_AFTER}`),
  lead: (m) => (m.groups!.adj !== undefined ? m[0].length - m.groups!.pod.length : 0),
  resolve(m, ctx) {
    const g = m.groups!;
    const w = (g.prepPod ?? g.sincePod ?? g.pod).toLowerCase();
    const { day, near } = dayInQuestion(ctx);
    return { type: 'TIME', point: { g: 'day', ...day, pod: PART_OF_DAY[w] }, mod: modOf(g.tmod), anchor: near ? 'previous' : 'dateline', explanation: near ? 'Part of the day just mentioned.' : `Part of the day of ${ctx.refName}.` };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // A lower-case "march", "may", "sat", "sun"... is a word in edited copy (which capitalises month and
  // weekday names): "the 10 a.m. march 3 miles". Informal text may mean the date.
  {
    name: 'time-lowercase-month-or-weekday',
    example: 'Thousands joined the 10 a.m. march 3 miles through downtown.',
    rules: ['part-of-date', 'time', 'day-then-time', 'date-then-time'],
    lowercase: ['month', 'monthAfter', 'weekday'],
    text: AMBIGUOUS_NAME,
    informal: false,
  },
  // "17:00" alone: only with "at"/"by"/"from"/"since"/"between"/"starts" just before it, the other time
  // of a range ("01:00 to 03:00", "between 01:00 and 03:00"), a zone after it ("03:00 UTC") or a date,
  // as a fixture list's kick-off ("v Dunmore (15:00)", "Kick-off 19:45"); not a score or ratio: "voted
  // 12:10 against".
  {
    name: 'time-bare-clock-without-cue',
    example: 'The committee voted 12:10 against the plan.',
    rules: ['time'],
    when: ['clockH'],
    unless: ['month', 'monthAfter', 'weekday', 'deictic', 'tz', 'tzP'],
    beforeNot: [16, /(?:\b(?:at|by|from|until|till|before|after|since|between|starts|begins|the|kick-?off:?|KO)\s+|@\s*|[A-Za-z]\s+\(\s*|\d[:.]\d\d(?:\s*[A-Z]{2,4})?\s*(?:to|and|until|till|[-–])\s*|(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?)$/i],
    afterNot: [16, /^(?:\s*[A-Z]{2,4})?\s+(?:to|until|till)\s+\d{1,2}:\d\d(?!\d)/],
  },
  // "the 1:24 scale bar", "odds of 1:5": a ratio, not a time.
  {
    name: 'time-clock-ratio',
    example: 'It fixed the 1:24 scale bar.',
    rules: ['time'],
    when: ['clockH'],
    after: [8, /^[\s-]*(?:scale|ratio|odds)\b/i],
  },
  // "High Noon", "high noon comes today": a figure of speech (the 6 characters before).
  {
    name: 'time-high-noon',
    example: 'It was high noon for the coalition.',
    rules: ['time'],
    when: ['noon'],
    before: [6, /\bhigh\s+$/i],
  },
  // "the night of the attack": a part of a day that a phrase after it names, not of the day in question.
  {
    name: 'part-of-day-of-an-event',
    example: 'Nobody slept on the night of the storm.',
    rules: ['part-of-day-alone'],
    group: ['det', /^the$/i],
    after: [4, /^\s+of\b/i],
  },
  // "Merry Christmas evening", "a Xmas evening": a name before the part of the day, whose day it is
  // not for this rule to guess (in edited copy and in posts alike).
  {
    name: 'part-of-day-after-a-name',
    example: 'They met on a Gala evening.',
    rules: ['part-of-day-alone'],
    group: ['adj', /^[A-Z][a-z]/],
  },
  // "$35 a night", "twice a night": a rate, not a night.
  {
    name: 'part-of-day-rate',
    example: 'Rooms cost $35 a night.',
    rules: ['part-of-day-alone'],
    group: ['det', /^an?$/i],
    before: [12, /(?:\d|\b(?:once|twice|thrice|times))\s+$/i],
  },
  // A wire time followed by "ago", "later" ... is a duration, not a time of day: "1200 hrs later".
  {
    name: 'hhmm-duration',
    example: 'The convoy reached the border 1200 hrs later.',
    rules: ['time-hhmm'],
    after: [8, /^\s+(?:ago|later|earlier|before|after)\b/i],
  },
];
