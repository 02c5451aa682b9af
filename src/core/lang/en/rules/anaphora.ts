/**
 * Anaphora, counted from the date just mentioned: "the following day", "that week", "later in the day", "the same period last year".
 */
import type { Rule, Exclusion } from '../../../language';
import { Point, Unit, pointAt, pointStart, shiftPoint, shiftDay, SEASON_ORDER } from '../../../calendar';
import { formatPoint } from '../../../timex';
import { PART_OF_DAY, SEASONS, YEAR } from '../lexicon';
import { re, B, NEAR, ymd, modOf, describePoint, isDayLike, E, g, prevForUnit } from './common';

// "the same period last year", "the corresponding quarter a year earlier": the period just mentioned,
// a year before, at its own grain (a fiscal quarter's months, a half, a quarter); "the same period"
// alone, the period itself
export const samePeriodLastYearRule: Rule = {
  name: 'same-period-last-year',
  triggers: ['same'],
  re: re(`${B}the\\s+(?:same|comparable|corresponding)\\s+(?:${g('unit', 'period|quarter|half|months?|weeks?|time')}\\s+(?:(?:of\\s+)?(?:last|the previous|the prior)\\s+year|a\\s+year\\s+(?:earlier|ago|before)|(?:of|in)\\s+${g('year', YEAR)})|${g('same', 'period')})${E}`),
  resolve(m, ctx) {
    const p = ctx.prevPeriod() ?? (ctx.prev && ctx.start - ctx.prev.end < NEAR ? ctx.prev : null);
    // "rose 9 percent in the first half ... 2.8 percent in the same period": the period just mentioned itself.
    if (m.groups!.same !== undefined) {
      if (!p || !(p.point.g === 'quarter' || p.point.g === 'half' || p.point.g === 'month' || p.point.g === 'season' || p.from)) return null;
      return { type: 'DATE', point: p.from ?? p.point, endPoint: p.from ? p.point : undefined, anchor: 'previous', anchorable: false, explanation: `The period just mentioned (${describePoint(p.from ?? p.point) || formatPoint(p.point)}).` };
    }
    // "the same quarter of 2025": the period just mentioned, in the year given
    const given = m.groups!.year ? +m.groups!.year : null;
    const back = (q: Point) => (given !== null && 'y' in q ? shiftPoint(q, 'year', given - pointStart(q).y) : shiftPoint(q, 'year', -1));
    const when = given !== null ? `in ${given}` : 'a year before';
    if (given !== null && !(p && (p.point.g === 'quarter' || p.point.g === 'half' || p.point.g === 'month' || p.point.g === 'season'))) {
      return { type: 'DATE', point: { g: 'year', y: given }, anchor: 'absolute', explicitYear: true, anchorable: false, explanation: `The same part of ${given}.` };
    }
    if (p && p.from && p.point.g === 'month') {
      return { type: 'DATE', point: back(p.from), endPoint: back(p.point), anchor: 'previous', anchorable: false, explanation: `The period just mentioned (${describePoint(p.from)} to ${describePoint(p.point)}), ${when}.` };
    }
    if (p && (p.point.g === 'quarter' || p.point.g === 'half' || p.point.g === 'month' || p.point.g === 'week' || p.point.g === 'season')) {
      return { type: 'DATE', point: back(p.point), anchor: 'previous', anchorable: false, explanation: `The ${p.point.g} just mentioned (${describePoint(p.point) || formatPoint(p.point)}), ${when}.` };
    }
    const y = (p ? pointStart(p.point).y : ctx.ref.y) - 1;
    return { type: 'DATE', point: { g: 'year', y }, anchor: p ? 'previous' : 'dateline', anchorable: false, explanation: `The same part of ${y}: a year before ${p ? 'the date just mentioned' : ctx.refName}.` };
  },
};

// Anaphora: "the following day", "the next day", "the previous week", "the day before", "that day", "the same day"
export const anaphoricRule: Rule = {
  name: 'anaphoric',
  triggers: ['unit', 'partOfDay', 'season'],
  re: re(`${B}(?:${g('mod', 'early|earlier|late|later')}\\s+)?(?:${g('rel', 'the\\s+(?:following|next|previous|preceding|same|prior)|that(?:\\s+same)?|the(?=\\s+\\w+\\s+(?:before|after)\\b)')}\\s+${g('unit', 'day|week|weekend|month|year|quarter|morning|afternoon|evening|night|spring|summer|fall|autumn|winter')}(?:\\s+${g('dir', 'before|after|earlier|later')})?)${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const rel = g.rel.toLowerCase().replace(/\s+/g, ' '), unitW = g.unit.toLowerCase(), after = g.dir?.toLowerCase();
    let k = 0;
    if (/following|next/.test(rel) || after === 'after' || after === 'later') k = 1;
    else if (/previous|preceding|prior/.test(rel) || after === 'before' || after === 'earlier') k = -1;
    else if (rel === 'the') return null; // "the day", "the year" alone are too vague
    if (unitW in SEASONS) {
      // "the following summer": the next summer after the date just mentioned; "that summer": its summer.
      const sp = ctx.prev && ctx.start - ctx.prev.end < NEAR ? ctx.prev : null;
      if (!sp) return null;
      const s = SEASONS[unitW];
      let y: number;
      if (sp.point.g === 'year') {
        // "In 1689 ... That spring": the season of that year ("the following spring" of the next).
        y = sp.point.y + k;
      } else {
        const here = pointAt(pointStart(sp.point), 'season') as Extract<Point, { g: 'season' }>;
        const idx = SEASON_ORDER.indexOf(s), cur = SEASON_ORDER.indexOf(here.s);
        y = here.y;
        if (k > 0 && idx <= cur) y++;
        if (k < 0 && idx >= cur) y--;
      }
      return { type: 'DATE', point: { g: 'season', y, s }, mod: modOf(g.mod), anchor: 'previous', explanation: `The ${k > 0 ? 'next' : k < 0 ? 'previous' : 'same'} ${unitW} ${k > 0 ? 'after' : k < 0 ? 'before' : 'as'} the date just mentioned (${describePoint(sp.point)}).` };
    }
    const pod = PART_OF_DAY[unitW];
    const p = ctx.prevFor(pod ? 'day' : unitW as Unit);
    if (!p) {
      if (k === 0) return null;
      // No date yet: count from the reference.
      if (pod) return null;
      const point = pointAt(shiftDay(ctx.ref, unitW as Unit, k), unitW as Unit);
      return { type: 'DATE', point, anchor: 'dateline', explanation: `The ${unitW} ${k > 0 ? 'after' : 'before'} ${ctx.refName}.` };
    }
    if (pod) {
      if (!isDayLike(p.point)) return null;
      const d = shiftDay(pointStart(p.point), 'day', k);
      return { type: 'TIME', point: { g: 'day', ...d, pod }, mod: modOf(g.mod), anchor: 'previous', explanation: `The ${unitW} of the day just mentioned.` };
    }
    const unit = unitW as Unit;
    const base = pointAt(pointStart(p.point), unit);
    const point = k === 0 ? base : shiftPoint(base, unit, k);
    return {
      type: 'DATE', point, mod: modOf(g.mod), anchor: 'previous',
      explanation: k === 0 ? `The same ${unitW} as the date just mentioned.` : `The ${unitW} ${k > 0 ? 'after' : 'before'} the date just mentioned (${describePoint(p.point)}).`,
    };
  },
};

// "later in the day", "earlier in the week", "late in the year": part of the unit just mentioned, or the reference's
export const inTheUnitRule: Rule = {
  name: 'in-the-unit',
  triggers: ['earlyLate'],
  re: re(`${B}${g('mod', 'early|earlier|late|later')}\\s+in\\s+the\\s+${g('unit', 'day|week|month|year')}${E}`),
  resolve(m, ctx) {
    const g = m.groups!;
    const unit = g.unit.toLowerCase() as Unit;
    const p = prevForUnit(ctx, unit);
    const near = !!p;
    const point = pointAt(p ? pointStart(p.point) : ymd(ctx.ref), unit);
    return {
      type: 'DATE', point, mod: modOf(g.mod), anchor: near ? 'previous' : 'dateline',
      explanation: `${g.mod[0].toUpperCase()}${g.mod.slice(1).toLowerCase()} in the ${unit} ${near ? 'just mentioned' : `of ${ctx.refName}`}.`,
    };
  },
};

/** Negative rules of this family: matches that look like dates and are not (each with an example). */
export const exclusions: readonly Exclusion[] = [
  // A day before or after an event the text names, not the date just mentioned: "the day before
  // authorities issued a warrant", "the day before returning" (a verb in -ing, an article, a pronoun,
  // a name or a number follows).
  {
    name: 'anaphoric-before-event',
    example: 'He left the day before authorities issued a warrant.',
    rules: ['anaphoric'],
    group: ['dir', /^(?:before|after)$/i],
    after: [12, /^\s+(?:[a-z]+ing\b|the|a|an|his|her|their|its|he|she|it|they|we|i|you|last|this|next|[A-Z0-9])/],
  },
];
