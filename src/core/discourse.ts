/**
 * Discourse: what the text has said so far, as the resolver walks it in order. The date just
 * mentioned ("the following day"), the latest date fine enough for a unit, the period of the current
 * sentence ("the same period last year"), the quarter in question, and the fiscal calendar the text
 * has shown.
 */
import { pointStart, type Point, type Unit } from './calendar';
import type { Prev, Res } from './language';

const RANK: Record<Point['g'] | Unit, number> = {
  day: 0, week: 1, weekend: 1, month: 2, season: 3, quarter: 3, half: 4, year: 5, decade: 6, century: 7,
};
/** True when a point of granularity `g` is at least as fine as `unit`. */
export const fineEnough = (g: Point['g'], unit: Unit) => RANK[g] <= RANK[unit];

const HISTORY = 16;

export class Discourse {
  prev: Prev | null = null;
  prevQuarter: Point | null = null;
  fiscalStart: number | null = null;
  private readonly history: Prev[] = [];

  /**
   * The latest date fine enough for `unit`, reaching back past bare years ("On Friday ... In 2019 it
   * toured. The following day ...") but not past a month, week, season or quarter: "By the following
   * summer ... the night before" has no day to count from.
   */
  prevFor(unit: Unit): Prev | null {
    const h = this.history;
    for (let i = h.length - 1; i >= 0; i--) {
      if (h[i].guessedDay) continue;
      const g = h[i].point.g;
      if (fineEnough(g, unit)) return h[i];
      if (g !== 'year' && g !== 'decade' && g !== 'century') return null;
    }
    return null;
  }

  /** The latest period mentioned since `sentenceStart` (a range, quarter, half, month or season), past any days. */
  prevPeriod(sentenceStart: number): Prev | null {
    const h = this.history;
    for (let i = h.length - 1; i >= 0 && h[i].end > sentenceStart; i--) {
      const p = h[i];
      if (p.from || p.point.g === 'quarter' || p.point.g === 'half' || p.point.g === 'month' || p.point.g === 'season') return p;
      if (p.point.g !== 'day') return null;
    }
    return null;
  }

  /** The latest date mentioned at a year or finer (Ctx.story), passing over dates of the present (`refYear` or the year before). */
  story(refYear: number): Point | null {
    const h = this.history;
    for (let i = h.length - 1; i >= 0; i--) {
      const p = h[i].point;
      if (p.g !== 'decade' && p.g !== 'century' && !('y' in p && p.y >= refYear - 1)) return p;
    }
    return null;
  }

  /** Records a resolved expression that ends at `end`. */
  add(r: Res, end: number): void {
    if (!r.point || r.anchorable === false) return;
    // A day counted from a date whose year the text gave ("12 February 2024 ... Two days later") is as
    // sure of its year.
    const counted = r.anchor === 'previous' && r.point.g === 'day' && !!this.prev?.explicitYear && this.prev.point.g === 'day';
    const prev: Prev = { point: r.endPoint ?? r.point, explicitYear: !!r.explicitYear || counted, end };
    // A date whose year the scene just set gave it ("In 1915 ... In May") carries the scene on.
    if (r.scene || (r.anchor === 'previous' && !r.explicitYear && this.prev?.scene && 'y' in r.point && 'y' in this.prev.point
      && pointStart(r.point).y === pointStart(this.prev.point).y)) prev.scene = true;
    if (r.dayless?.guessed) prev.guessedDay = true;
    if (r.yearOffset) prev.yearOffset = true;
    if (r.endPoint) prev.from = r.point;
    this.prev = prev;
    this.history.push(prev);
    if (this.history.length > HISTORY) this.history.shift();
    if (r.point.g === 'quarter') this.prevQuarter = r.point;
  }
}
