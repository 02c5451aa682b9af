/**
 * Holidays: "Christmas", "Thanksgiving", "Easter Monday", "last Christmas", "Memorial Day 2024".
 */
import type { Rule, Direction, Exclusion } from '../../../language';
import type { ReasonCode } from '../../../types';
import { Ymd, addDays, compareYmd, weekOf, weekday, daysInMonth } from '../../../calendar';
import { YEAR } from '../lexicon';
import { dirWord, re, B, g, E } from './common';

/** Day of a holiday in year y, or null. */
function holidayDay(name: string, y: number): Ymd | null {
  const n = name.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');
  const nthWeekday = (m: number, wd: number, nth: number): Ymd => {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (nth - 1) };
  };
  const lastWeekday = (m: number, wd: number): Ymd => {
    const last = daysInMonth(y, m);
    const lw = weekday({ y, m, d: last });
    return { y, m, d: last - ((lw - wd + 7) % 7) };
  };
  const easter = (): Ymd => { // Anonymous Gregorian algorithm
    const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m2 = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m2 + 114) / 31), day = ((h + l - 7 * m2 + 114) % 31) + 1;
    return { y, m: month, d: day };
  };
  if (/^christmas eve$/.test(n)) return { y, m: 12, d: 24 };
  if (/^christmas( day)?$/.test(n)) return { y, m: 12, d: 25 };
  if (/^boxing day$/.test(n)) return { y, m: 12, d: 26 };
  if (/^new year's eve$/.test(n)) return { y, m: 12, d: 31 };
  if (/^new year's( day)?$/.test(n)) return { y, m: 1, d: 1 };
  if (/^(independence day|the fourth of july|july fourth)$/.test(n)) return { y, m: 7, d: 4 };
  if (/^halloween$/.test(n)) return { y, m: 10, d: 31 };
  if (/^valentine's day$/.test(n)) return { y, m: 2, d: 14 };
  if (/^(st\.|saint) patrick's day$/.test(n)) return { y, m: 3, d: 17 };
  if (/^(veterans|armistice|remembrance) day$/.test(n)) return { y, m: 11, d: 11 };
  if (/^thanksgiving( day)?$/.test(n)) return nthWeekday(11, 4, 4);
  if (/^labou?r day$/.test(n)) return nthWeekday(9, 1, 1);
  if (/^memorial day$/.test(n)) return lastWeekday(5, 1);
  if (/^election day$/.test(n)) return addDays(nthWeekday(11, 1, 1), 1);
  if (/^(martin luther king( jr\.)? day|mlk day)$/.test(n)) return nthWeekday(1, 1, 3);
  if (/^presidents'? day$/.test(n)) return nthWeekday(2, 1, 3);
  if (/^mother's day$/.test(n)) return nthWeekday(5, 0, 2);
  if (/^father's day$/.test(n)) return nthWeekday(6, 0, 3);
  if (/^easter( sunday)?$/.test(n)) return easter();
  if (/^easter monday$/.test(n)) return addDays(easter(), 1);
  if (/^good friday$/.test(n)) return addDays(easter(), -2);
  if (/^maundy thursday$/.test(n)) return addDays(easter(), -3);
  if (/^palm sunday$/.test(n)) return addDays(easter(), -7);
  if (/^ash wednesday$/.test(n)) return addDays(easter(), -46);
  if (/^(shrove tuesday|mardi gras)$/.test(n)) return addDays(easter(), -47);
  if (/^black friday$/.test(n)) return addDays(nthWeekday(11, 4, 4), 1);
  if (/^cyber monday$/.test(n)) return addDays(nthWeekday(11, 4, 4), 4);
  return null;
}

export const holidayRule: Rule = {
  name: 'holiday',
  triggers: ['holiday'],
  re: re(`${B}(?:${g('rel', 'last|next|this')}\\s+)?(?<holiday>Christmas Eve|Christmas Day|Christmas|Boxing Day|New Year's Eve|New Year's Day|New Year's|Independence Day|the Fourth of July|July Fourth|Halloween|Valentine's Day|(?:St\\.|Saint) Patrick's Day|Veterans Day|Armistice Day|Remembrance Day|Thanksgiving Day|Thanksgiving|Labou?r Day|Memorial Day|Election Day|Martin Luther King(?: Jr\\.)? Day|MLK Day|Presidents'? Day|Mother's Day|Father's Day|Easter Sunday|Easter Monday|Easter|Good Friday|Maundy Thursday|Palm Sunday|Ash Wednesday|Shrove Tuesday|Mardi Gras|Black Friday|Cyber Monday)(?:\\s+${g('week', 'week')})?(?:,?\\s+${g('year', YEAR)})?${E}`),
  // No structural check: the capitals and the names that follow are exclusions (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const name = g.holiday;
    let y = g.year ? +g.year : ctx.ref.y;
    let day = holidayDay(name, y);
    if (!day) return null;
    let how = g.year ? 'A holiday in the year given.' : '';
    let reason: ReasonCode | undefined;
    if (!g.year) {
      const rel = g.rel?.toLowerCase();
      const cmp = compareYmd(day, ctx.ref);
      const dir = rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : ctx.direction();
      if ((dir < 0 && cmp > 0) || (rel === 'last' && cmp >= 0)) y--;
      else if ((dir > 0 && cmp < 0) || (rel === 'next' && cmp <= 0)) y++;
      day = holidayDay(name, y)!;
      if (y !== ctx.ref.y && !rel) reason = 'tense';
      how = `${name} of ${y === ctx.ref.y ? `the year of ${ctx.refName}` : `${y < ctx.ref.y ? 'the previous' : 'the next'} year${rel ? '' : `, by ${dirWord(dir as Direction)}`}`}.`;
    }
    if (g.week) return { type: 'DATE', point: weekOf(day), anchor: g.year ? 'absolute' : 'dateline', reason, explanation: `The week of ${how}` };
    return { type: 'DATE', point: { g: 'day', ...day }, anchor: g.year ? 'absolute' : 'dateline', reason, explanation: how, explicitYear: !!g.year };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // A holiday's name in lower case is a common noun or a figure of speech, not the day: "a hidden easter egg".
  {
    name: 'holiday-lowercase',
    example: 'The game hides an easter egg in its credits.',
    rules: ['holiday'],
    lowercase: ['holiday'],
  },
  // "Easter Island", "the Easter Rising", "Independence Day star Jeff Goldblum": names, not days
  // (the 12 characters after the match).
  {
    name: 'holiday-in-a-name',
    example: 'Tourists flock to Easter Island every year.',
    rules: ['holiday'],
    after: [12, /^\s+(?:Island|Islands|Rising|Uprising|Offensive|Accords?|Agreement|star|stars|film|movie|sequel)\b/],
  },
];
