/**
 * Holidays: "Christmas", "Thanksgiving", "Easter Monday", "last Christmas", "Memorial Day 2024".
 */
import type { Rule, Direction, Exclusion } from '../../../language';
import type { ReasonCode } from '../../../types';
import { Ymd, compareYmd, holidayDate, pointStart, weekOf } from '../../../calendar';
import { COUNTRY_HOLIDAYS, HOLIDAYS, holidayKey } from '../holidays';
import { YEAR } from '../lexicon';
import { dirWord, re, B, g, E, storyYear } from './common';

/**
 * Day of a holiday in year y, or null: the day of the article's country for a holiday that differs
 * by country (none for a country the table does not know: no day is guessed), else the table's day.
 */
function holidayDay(name: string, y: number, country: string | null): Ymd | null {
  const key = holidayKey(name);
  const byCountry = COUNTRY_HOLIDAYS.get(key);
  const spec = byCountry && country ? (byCountry[country] ?? byCountry.elsewhere) : HOLIDAYS.get(key);
  return spec ? holidayDate(spec, y) : null;
}

export const holidayRule: Rule = {
  name: 'holiday',
  triggers: ['holiday'],
  re: re(`${B}(?:${g('rel', 'last|next|this')}\\s+)?(?<holiday>Christmas Eve|Christmas Day|Christmas|Xmas|Boxing Day|New Year's Eve|New Year's Day|New Year's|Independence Day|the Fourth of July|July Fourth|Halloween|Valentine's Day|(?:St\\.|Saint) Patrick's Day|Veterans Day|Armistice Day|Remembrance Day|Thanksgiving Day|Thanksgiving|Labou?r Day|Memorial Day|Election Day|Martin Luther King(?: Jr\\.)? Day|MLK Day|Presidents'? Day|Mother's Day|Father's Day|Easter Sunday|Easter Monday|Easter|Good Friday|Maundy Thursday|Palm Sunday|Ash Wednesday|Shrove Tuesday|Mardi Gras|Black Friday|Cyber Monday|Bastille Day|V-?E Day|V-?J Day|Canada Day|Australia Day|Anzac Day|ANZAC Day|Juneteenth|May Day|Bonfire Night|Guy Fawkes Night|Columbus Day|St\\. (?:Andrew|George|David)'s Day|Republic Day|Victory Day|National Day)(?:\\s+${g('week', 'week')})?(?:,?\\s+${g('year', YEAR)})?${E}`),
  // No structural check: the capitals and the names that follow are exclusions (below).
  resolve(m, ctx) {
    const g = m.groups!;
    const name = g.holiday;
    let y = g.year ? +g.year : ctx.ref.y;
    const country = ctx.country();
    let day = holidayDay(name, y, country);
    if (!day) return null;
    let how = g.year ? 'A holiday in the year given.' : '';
    let reason: ReasonCode | undefined;
    const p = ctx.prev;
    if (!g.year && !g.rel && p && p.explicitYear && (p.point.g === 'day' || p.point.g === 'month' || p.scene) && p.end > ctx.sentenceStart()) {
      // "On May 8, 1945, crowds packed Whitehall to celebrate VE Day", "In 1945, ...": the year its
      // sentence gives with a date or as the time of its story (not a bare number: "a 2011 Shiraz")
      y = pointStart(p.point).y;
      day = holidayDay(name, y, country);
      if (!day) return null;
      return { type: 'DATE', point: { g: 'day', ...day }, anchor: 'previous', explanation: `${name} of ${y}, the year its sentence gives.` };
    }
    const story = !g.year && !g.rel ? storyYear(ctx) : null;
    if (story !== null) {
      day = holidayDay(name, story, country);
      if (!day) return null;
      return { type: 'DATE', point: g.week ? weekOf(day) : { g: 'day', ...day }, anchor: 'previous', explanation: `${name} of ${story}, of the history the text is telling.` };
    }
    if (!g.year) {
      const rel = g.rel?.toLowerCase();
      const cmp = compareYmd(day, ctx.ref);
      const dir = rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : ctx.direction();
      if ((dir < 0 && cmp > 0) || (rel === 'last' && cmp >= 0)) y--;
      else if ((dir > 0 && cmp < 0) || (rel === 'next' && cmp <= 0)) y++;
      day = holidayDay(name, y, country)!;
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
  // ("xmas" is no other word.)
  {
    name: 'holiday-lowercase',
    example: 'The game hides an easter egg in its credits.',
    rules: ['holiday'],
    lowercase: ['holiday'],
    textNot: /xmas/i,
  },
  // "Merry Christmas", "Happy Diwali", "a happy Easter to all": a greeting, not the day.
  {
    name: 'holiday-greeting',
    example: 'Merry Christmas from all of us at the paper.',
    rules: ['holiday'],
    before: [8, /\b(?:merry|happy|blessed|joyous|joyful)\s+$/i],
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
