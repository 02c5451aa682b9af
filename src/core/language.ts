/**
 * What the engine is handed: everything about one language. The engine (analyze, the trigger scan,
 * candidate selection, discourse, ranges, sentences, datelines, the timeline) knows no words; a
 * language pack (src/core/lang/<code>/) brings its word tables, its rules in priority order, its
 * negative rules (exclusions), its dateline cues, its sentence abbreviations, its tense reader, and
 * the text of explanations and of dates in words. A new language is a new folder with one of these.
 */
import type { HolidaySpec, Point, Ymd, Unit } from './calendar';
import type { Anchor, Check, ReasonCode, TimexType } from './types';

export type Direction = -1 | 0 | 1;
export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** Sentence bounds, [start, end) offsets in the text, in order. */
export type Sentences = ReadonlyArray<readonly [number, number]>;

/** What the reference time is: a dateline found in the text, a value the user or caller gave, or the fallback date. */
export type RefKind = 'dateline' | 'given' | 'fallback';

/** A date mentioned before the expression being resolved (the discourse history). */
export interface Prev {
  point: Point;
  /** The text gave the year itself ("March 4, 2019"), rather than it being inferred. */
  explicitYear: boolean;
  /** A year that sets the time of what follows ("In 1915 the family moved ..."), not a bound ("since 1990"). */
  scene?: boolean;
  /** A time of day put on the reference's day for want of another (Res.dayless.guessed): "30 minutes later" counts from it, "the next day" does not. */
  guessedDay?: boolean;
  /** A comparison a number of years back from a date ("a year ago", "a year earlier"): Res.yearOffset. */
  yearOffset?: boolean;
  end: number;
  /** For a range ("fiscal Q1": July to September), where it starts; `point` is where it ends. */
  from?: Point;
}

/** What a rule's resolver may ask about the expression's surroundings. */
export interface Ctx {
  ref: Ymd & { hh?: number; mi?: number };
  refKind: RefKind;
  /** The language's name for the reference ("the dateline"), for explanations. */
  refName: string;
  /** Tense of the clause around the expression: past −1, future +1, otherwise 0. Computed lazily. */
  direction(): Direction;
  /** The tense itself (present and unknown are both direction 0). Computed lazily, with direction(). */
  tense(): Tense;
  prev: Prev | null;
  /** The most recent date mentioned that is at least as fine as `unit` ("the following day" needs a day). */
  prevFor(unit: Unit): Prev | null;
  /** The latest period mentioned in the same sentence (a range, quarter, half, month or season), past any days. */
  prevPeriod(): Prev | null;
  /** Most recent quarter mentioned, for "the quarter". */
  prevQuarter: Point | null;
  /** The month a fiscal year starts in, once the text has shown it. */
  fiscalStart: number | null;
  learnFiscalStart(month: number): void;
  start: number;
  /** A few characters of text before (16) and after (32) the expression. */
  before: string;
  after: string;
  /** Where the sentence around the expression starts. Computed lazily. */
  sentenceStart(): number;
  /** The text from `from` up to the expression (at most 400 characters of it, the nearest). */
  textFrom(from: number): string;
  /** The country the article is about (Language.country), for holidays that differ by country; null if none. Computed lazily, once. */
  country(): string | null;
  /** Where the paragraph around the expression starts (after a blank line). Computed lazily. */
  paragraphStart(): number;
  /** The expression is a deadline (language.cues.deadline matched before it): tense does not push it back. */
  deadline: boolean;
  /** The expression is a possessive ("Wednesday's ruling"). */
  possessive?: boolean;
  /** The expression follows a word that looks forward (language.cues.forward). */
  forward: boolean;
  /** The expression follows a word that looks back whatever the tense ("since": language.cues.backward). */
  backward?: boolean;
  /** The paragraph around the expression is informal text (Language.informal): notes and chat look ahead more than news. Computed lazily. */
  informal?(): boolean;
  /** The article's order of numeric dates that could be read either way (dateline.numericOrder). Computed lazily. */
  numericOrder?(): 'dmy' | 'mdy' | null;
  /**
   * In a text that tells history (most of the years it gives lie a decade or more before the reference,
   * and few expressions count from the reference by days or weeks), the date the story has reached: the
   * latest date mentioned at a year or finer, passing over dates of the present. A date the text gives
   * without its year belongs to the story's year, not to the reference's ("In 1642 ... On 14 October
   * the army reached the river"); not a clause in the future tense. Null in other texts, and before
   * the story has a year.
   */
  story?(): Point | null;
  /**
   * The day of the article's lead event: the last day counted from the reference ("on Monday",
   * "yesterday") in the first paragraph that names one, other than a date of saying. A time of day
   * told in the past without a day is mostly a moment of that event ("The ferry capsized on Monday
   * evening. ... It left port at 6:40 p.m."). Null before the lead names one.
   */
  leadDay?(): Prev | null;
}

/** A rule's resolution of one match. */
export interface Res {
  type: TimexType;
  point?: Point;
  endPoint?: Point;
  /** A value that is not a calendar point: durations, sets, PAST_REF... */
  value?: string;
  mod?: string;
  /** TIMEX3 `quant` and `freq` of a set: "every Monday" EVERY; "twice a week" 2X. */
  quant?: string;
  freq?: string;
  anchor: Anchor;
  /** How the value was reached, as a code; defaults from `anchor` (absolute, dateline, previous). */
  reason?: ReasonCode;
  /** One sentence on how the value was reached, in the language's words. */
  explanation: string;
  /** Whether this result may serve as the anchor for a following "the next day" (default: yes for points). */
  anchorable?: boolean;
  explicitYear?: boolean;
  /** A year that sets the time of what follows (Prev.scene). */
  scene?: boolean;
  /**
   * The expression counts years back from a date ("a year ago", "a year earlier"): a following "a year
   * earlier" is mostly a second comparison with the same period ("from $4 million a year ago ... compared
   * with $3 million a year earlier"), not a year before this one.
   */
  yearOffset?: boolean;
  /**
   * A time of day the text gives without its day, resolved on the day its sentence named before it or,
   * with `guessed`, on the reference's day because nothing before it in its sentence names one: the
   * engine moves it to a day named right after it ("by 5pm on Tuesday 21 April", "On Monday police said
   * it began at 9 p.m. on Sunday"), with this explanation, `plusDays` later ("just after midnight").
   */
  dayless?: { explanation: string; plusDays?: number; guessed?: boolean };
  /** The text pins the year, in digits or in words ("Sept 1 last year", "today", "this week"): a range's start takes it, its end keeps it. */
  yearInText?: boolean;
}

/** One rule: a family's pattern for one kind of expression, and its resolver. */
export interface Rule {
  name: string;
  /**
   * Names of trigger tables (Language.triggers): the rule runs only in paragraphs that hold a word of
   * one of them. Every match of the rule must contain such a word (a unit test checks it).
   */
  triggers: readonly string[];
  /** Tables that must all be present as well (a word of each near every match: "ago" for "three days ago"). */
  requires?: readonly string[];
  /** The pattern, with the `g` flag; read its named groups. */
  re: RegExp;
  /** A structural check on the numbers matched, before matches compete (negative rules are exclusions). */
  valid?(m: RegExpExecArray, text: string): boolean;
  /** Offset of the span inside the match (to leave out a leading word the pattern needs). */
  lead?(m: RegExpExecArray, text: string): number;
  /** How many characters at the end of the match the span leaves out (words the pattern needs after it). */
  trail?(m: RegExpExecArray, text: string): number;
  /**
   * Its expressions count from the reference by days or weeks ("today", "on Friday", "this week"): a text
   * that has one speaks from the reference's time, and is no history (Ctx.story).
   */
  deictic?: boolean;
  /** Returns null to reject the match (not a date after all). */
  resolve(m: RegExpExecArray, ctx: Ctx): Res | null;
}

/** A window of text before or after a match, of at most `n` characters, and a test on it. */
export type Window = readonly [n: number, re: RegExp];

/**
 * A negative rule: when every condition given holds, the match is not a date. Checked by the one
 * filter stage (candidates.ts) before matches compete, as chrono's unlikely-format filter and
 * HeidelTime's negative rules do. Each has an example of what it keeps out.
 */
export interface Exclusion {
  name: string;
  /** Text the exclusion keeps off the timeline ("the 24th Meeting"). */
  example: string;
  /** The rules it applies to. */
  rules: readonly string[];
  /** Only when these named groups matched / did not match. */
  when?: readonly string[];
  unless?: readonly string[];
  /** Fires when one of these named groups matched and is not capitalised (Language.isCapitalised). */
  lowercase?: readonly string[];
  /** Only when the paragraph around the match is (true) or is not (false) informal text (Language.informal). */
  informal?: boolean;
  /** Tests on the matched text. */
  text?: RegExp;
  textNot?: RegExp;
  /** Tests on a named group's text (the group must have matched). */
  group?: readonly [name: string, re: RegExp];
  /** Tests on the text just before the match, just after it, and around it (match included). */
  before?: Window;
  beforeNot?: Window;
  after?: Window;
  afterNot?: Window;
  around?: Window;
  aroundNot?: Window;
}

/**
 * The words the trigger scan looks for, by table: `{ month: ['january', 'jan', ...], ... }`, lower
 * case. A word is matched whole ("jan" is not "Janet"); one ending in `*` is a prefix ("week*" finds
 * "weeks" and "weekly"); a space stands for any white space; one written with a capital counts only
 * where the text writes it with one ("May": not the verb "may") — for tables whose rules all ask for it.
 */
export type TriggerTables = Readonly<Record<string, readonly string[]>>;

export interface SentenceCues {
  /** Abbreviations almost always followed by a name or a number (tested on the text up to the period). */
  abbrevTight: RegExp;
  /** Abbreviations that may end a sentence. */
  abbrevLoose: RegExp;
  /** Reads the word after a period: its group 1 is the word. */
  nextWord: RegExp;
  /** Words that start a sentence, lower case: after a loose abbreviation, one of these makes the period an end. */
  starters: ReadonlySet<string>;
  /** True when a word starts with a capital letter. */
  isCapitalised(word: string): boolean;
}

/** What a dateline line is made of; the engine scores candidate lines with them (dateline.ts). */
export interface DatelineCues {
  /**
   * One date in a line, with optional time before or after. Named groups: `t1h t1m t1ap` (time before),
   * `wd` (a weekday before the date), `mon day year` (month first), `dday dmon dyear` (day first),
   * `iy im id ih imin` (ISO), `na sep nb ny` (numeric; `ny` may be missing), `wd2` (a weekday in
   * brackets after the date), `t2h t2m t2ap` (time after). Global flag.
   */
  dateInLine: RegExp;
  /** A cue before the date: "Published", "Updated on". */
  cue: RegExp;
  /** The cue is an update ("Updated", "Last modified") and not a publication. */
  updateCue: RegExp;
  publishCue: RegExp;
  agency: RegExp;
  cityPrefix: RegExp;
  /** Before the date of a wire dateline: a city in capitals ("MOSCOW,"). */
  wireBefore: RegExp;
  /** Before the date of a wire dateline with an agency after it: a city in any case ("Madrid,"), or nothing. */
  wireBeforeLoose?: RegExp;
  /** After the date of a wire dateline: an optional agency and a dash ("(Reuters) -", "/PRNewswire/ --"). */
  wireAfter: RegExp;
  /** An agency right after the date: "(PTI)", "/PRNewswire/". */
  agencyAfter?: RegExp;
  byline: RegExp;
  /** Front-matter keys in order of preference, lower case. */
  frontMatterKeys: readonly string[];
  monthNumber(word: string): number;
  /** Weekday number of a weekday word (Sunday 0 … Saturday 6), or -1. */
  weekdayNumber?(word: string): number;
  /** The article's order of numeric dates that could be read either way ("04/11/2025"), when it shows one. */
  numericOrder?(text: string): 'dmy' | 'mdy' | null;
}

/** The text of dates in words (the panel, hovers, the CLI, exports). */
export interface Describer {
  /** A calendar point in words at its own granularity ("Mon 17 Nov 2025", "Week 11, 2024", "Q1 2025"). */
  point(p: Point): string;
  /** A range without repeating what the ends share ("31 Aug – 1 Sep 2025"). */
  range(a: Point, b: Point): string;
  /** A value that is not a calendar point ("6 weeks", "every Monday", "the past", "a quarter of 2025"). */
  value(v: string): string;
  /** A month group's label ("November 2025"). */
  monthGroup(y: number, m: number): string;
  /** A short qualifier for a TIMEX3 mod ("early", "late"). */
  mod(mod: string): string | undefined;
  /** Why an entry needs checking, in words (TimelineItem.checks): the panel's flags and the CSV's flags column alike. */
  checks: Readonly<Record<Check, string>>;
  /** What to show beside a point's words, if anything ("week 11" beside "11–17 Mar 2024"). */
  secondary(p: Point): string | undefined;
  /** The explanation of a value the reader corrected, with what Dateline had read in the words, if anything. */
  corrected(was: string | undefined): string;
}

/** The words around exports: titles, column names, notes. */
export interface ExportText {
  datelineLine(words: string): string;
  noDatelineLine(words: string): string;
  noDatelineSentence(words: string): string;
  truncated(shown: number, total: number): string;
  csvHeader: readonly string[];
  icsLeftOut(n: number): string;
  icsNoEvents: string;
  title(name: string): string;
  markdownHeader: readonly string[];
  /** A TimelineJS slide's headline: the date in words and the start of its sentence (never the bare words "Thursday"). */
  headline(words: string, sentenceStart: string): string;
  /** The CSV's correction column for an entry the reader corrected, with what Dateline had read (null: no date). */
  correction(was: string | null): string;
  /** Under the Markdown table when it marks a corrected date with ✎. */
  correctedNote: string;
}

/** Candidates from a source other than the rules (for English, chrono-node's strict parser). */
export interface ExtraSource {
  /** Quick test on the whole text: false skips the source. */
  hint: RegExp;
  find(text: string, ref: Ymd): Array<{ start: number; end: number; resolve(ctx: Ctx): Res | null }>;
}

export interface Language {
  /** BCP 47 code: "en". */
  code: string;
  /** Trigger tables for the one scan (scan.ts). */
  triggers: TriggerTables;
  /** The rules, highest priority first: at equal length, an earlier rule wins. */
  rules: readonly Rule[];
  /** Negative rules, checked by the filter stage. */
  exclusions: readonly Exclusion[];
  /** The language's holidays by name (its holiday rule reads them), computed by the calendar. */
  holidays: ReadonlyMap<string, HolidaySpec>;
  /** True when a word is written with a capital, as this language writes month and weekday names. */
  isCapitalised(word: string): boolean;
  /**
   * True when a paragraph is informal text (notes, chat, posts), which may write month and weekday
   * names in lower case; exclusions ask for it (Exclusion.informal). Without it, no text is.
   */
  informal?(paragraph: string): boolean;
  /** The letters of words, as a regular-expression class body ("A-Za-z"): trigger words start after none. */
  letters: string;
  /** The trigger tables a run of digits at [start, end) of `text` belongs to ("1990s": a decade, "24th": an ordinal). */
  numberTriggers(text: string, start: number, end: number): readonly string[];
  extra?: ExtraSource;
  /** Words before an expression that make it a deadline, or look forward; tested on the 16 characters before it. */
  cues: {
    deadline: RegExp; forward: RegExp;
    /** Words right before a date that put it before the reference whatever the tense ("since tues"). */
    backward: RegExp;
    /** The text between a time of day and the day it falls on, named after it ("5pm on Tuesday", "10 a.m. PT (1 p.m. ET) on Thursday"). */
    timeThenDay: RegExp;
    /** The text between a time and the same time restated in another zone ("10 a.m. PT (1 p.m. ET)"). */
    timeRestated: RegExp;
    /** The text right after a time of day that opens a paragraph and makes it a live blog's entry stamp ("19:05\n", "12:05 a.m. — "). */
    stampAfter: RegExp;
    /** Words that attribute what a text says, as news does ("said", "according to"): a text with them is no story of one past year. */
    attribution: RegExp;
    /** Words right before a date that make it the date of a saying ("officials said today", "said on Monday"): no lead event (Ctx.leadDay). */
    saying: RegExp;
  };
  /** Ranges: the gap between two dates ("to", "–"), "and" after "between", and the words before the start. */
  ranges: {
    gap: RegExp; andGap: RegExp; between: RegExp; from: RegExp; toOnly: RegExp; opener: RegExp;
    /** The words between two coordinated dates ("April and May 1941", "March, April or May"): a year given with the last holds for those before it. */
    coordination: RegExp;
    /** The words between the two parts of one length ("14 hours and 22 minutes", "1 hour 20 minutes"). */
    lengthGap: RegExp;
  };
  /** The country an article is about, from its place names (a code such as 'us'), or null. */
  country?(text: string): string | null;
  sentences: SentenceCues;
  dateline: DatelineCues;
  /**
   * The tense of the clause that governs the expression at [exprStart, exprEnd) inside the sentence
   * [sentenceStart, sentenceEnd) of text.
   */
  tense(text: string, sentenceStart: number, sentenceEnd: number, exprStart: number, exprEnd: number): Tense;
  /** Forgets what the tense reader cached. */
  clearCaches?(): void;
  refName(kind: RefKind): string;
  /** "A range. " + the start's explanation. */
  explainRange(startExplanation: string): string;
  /** A length in two units joined into one (ranges.lengthGap): its words. */
  explainLength(words: string): string;
  /** The explanation of a date that takes its year from the date coordinated with it ("April" in "April and May 1941"). */
  explainSharedYear(year: number): string;
  /** The explanation of a live blog's entry stamp past midnight ('stamp'), and of a time in an entry on the stamp's day ('entry') or the day after ('after'). */
  explainLiveBlog(what: 'stamp' | 'entry' | 'after'): string;
  describe: Describer;
  exportText: ExportText;
}
