import type { Point } from './calendar';
import type { Sentences } from './language';

/** TIMEX3 type of a temporal expression. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How fine the resolved value is. The timeline never shows more precision than this. */
export type Granularity =
  | 'millennium' | 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season'
  | 'month' | 'week' | 'weekend' | 'day' | 'partOfDay' | 'time'
  | 'duration' | 'set' | 'vague';

/** What a value was computed from. */
export type Anchor = 'dateline' | 'previous' | 'absolute';

/**
 * How a value was reached: the text gave it whole (`absolute`), it was counted from the reference
 * (`dateline`), the tense of its clause chose between the past and the future one (`tense`), it was
 * counted from the date mentioned before (`previous`), its year was inferred without a tense to go
 * by (`inferredYear`), a numeric date could be read day first or month first (`ambiguousNumeric`), or
 * the reader corrected it (`corrected`, see corrections.ts).
 * The panel's marks, its "needs checking" flags and the language's explanations are rendered from it.
 */
export type ReasonCode = 'absolute' | 'dateline' | 'tense' | 'previous' | 'inferredYear' | 'ambiguousNumeric' | 'corrected';

/**
 * Why a reader should check a value (TimelineItem.checks): a direction decided by tense, a year
 * inferred, counted from a date before, a numeric form that reads either way, the fallback date.
 */
export type Check = 'tense' | 'inferredYear' | 'previous' | 'ambiguous' | 'fallback';

export type DatelineSource = 'text' | 'front-matter' | 'given';

export interface Dateline {
  /** TIMEX3 date or date-time, e.g. `2025-11-19T08:19` or `2025-11-18`. */
  value: string;
  /** UTF-16 offsets of the dateline's words in the text (0/0 when given). */
  start: number;
  end: number;
  text: string;
  source: DatelineSource;
  /** True when the text gave no year and it was taken from the fallback date. */
  yearInferred?: boolean;
  /** The value as data: a day, with its time when one is given. */
  point: Point;
}

export interface Entry {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2025-11-17`, `2025-11`, `2024-W11`, `P3D`, `PAST_REF`, ... */
  value: string;
  /** For ranges ("Aug 31 to Sept 1"): the TIMEX3 value of the end. */
  endValue?: string;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... */
  mod?: string;
  /** TIMEX3 `quant` and `freq` of a SET: "every Monday" EVERY, "twice a week" 2X. */
  quant?: string;
  freq?: string;
  granularity: Granularity;
  anchor: Anchor;
  reason: ReasonCode;
  /** One short human sentence on how the value was reached, in the language's words. */
  explanation: string;
  /** The value as data: the calendar point (or a range's start) the TIMEX3 string formats. */
  point?: Point;
  /** A range's end as data. */
  endPoint?: Point;
  /** Set when the reader corrected the value: what the rules had read in the words (null: no date). */
  corrected?: { was: { value: string; endValue?: string; words: string } | null };
}

/**
 * A reader's correction of one expression, kept by the extension per document and applied by the
 * engine (corrections.ts). It is anchored to the words and the sentence around them, not to offsets.
 */
export interface Correction {
  /** The expression's words, white space collapsed ("on Monday"). */
  words: string;
  /** The sentence around them as the timeline shows it (TimelineItem.sentence)... */
  sentence: string;
  /** ...and where the words start in it. */
  at: number;
  /** The right TIMEX3 value (a calendar point), and a range's end. No value: the words are not a date. */
  value?: string;
  endValue?: string;
}

export interface AnalyzeOptions {
  /** A TIMEX3 date or date-time to use as the reference time; skips dateline detection. */
  dct?: string;
  /**
   * Used to infer a missing year in the dateline (the latest such date not after it) and, when
   * there is no dateline at all, as the reference time. Defaults to the current date.
   */
  fallbackDate?: Date;
  /** The text's sentences, when the caller has split it already (splitSentences): the split is not done twice. */
  sentences?: Sentences;
}

export interface AnalyzeResult {
  dateline: Dateline | null;
  entries: Entry[];
}
