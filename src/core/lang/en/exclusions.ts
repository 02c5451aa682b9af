/**
 * English negative rules: matches that look like dates and are not ("the 24th Meeting", "Bloody
 * Sunday", "USA Today", "march ahead"). Each is a named entry with an example, kept beside its rule
 * family and gathered here; the engine's one filter stage (candidates.ts) checks them before matches
 * compete, as chrono's unlikely-format filter and HeidelTime's negative rules do.
 */
import type { Exclusion } from '../../language';
import { exclusions as calendarDates } from './rules/calendar-dates';
import { exclusions as weekdays } from './rules/weekdays';
import { exclusions as times } from './rules/times';
import { exclusions as relative } from './rules/relative';
import { exclusions as anaphora } from './rules/anaphora';
import { exclusions as periods } from './rules/periods';
import { exclusions as durationsSets } from './rules/durations-sets';
import { exclusions as holidays } from './rules/holidays';

/** Across the families: a date word inside a title. */
const names: readonly Exclusion[] = [
  // "Manic Monday", "“The March of Progress”": a date word inside a title in quotes, after capitalised
  // words, none of them a word that opens quoted speech ("On Monday we vote," he said).
  {
    name: 'in-a-quoted-title',
    example: 'The band played "Manic Monday" twice.',
    rules: ['weekday', 'month', 'season'],
    text: /^[A-Z]/,
    before: [30, /["“‘](?:(?!(?:On|In|By|At|From|Until|Till|Since|Before|After|During|For|Through|Over|Last|Next|This|That|Every|Each|Early|Late|Mid|Since|We|I|He|She|They|It|You|Our|My|And|But|So|Then|Now|Come|See|Until)\b)[A-Z][\w'’-]*[ \t]+)+$/],
  },
  // "the film Last Summer in Lisbon", "her novel A Monday in May", "the show Friday Night Dinner": a
  // capitalised title right after the kind of work it names.
  {
    name: 'title-after-its-kind',
    example: 'He is best known for the film Last Summer in Lisbon.',
    rules: ['season', 'month', 'weekday', 'relative-unit', 'part-of-day-alone'],
    text: /^[A-Z]/,
    before: [48, /\b(?:film|movie|novel|book|song|single|album|play|musical|show|series|sitcom|documentary|opera|poem|programme|program|podcast|painting|exhibition)\s+(?:(?:A|An|The|[A-Z][\w'’]*)\s+){0,3}$/],
  },
];

export const EXCLUSIONS: readonly Exclusion[] = [
  ...calendarDates, ...weekdays, ...times, ...relative, ...anaphora, ...periods, ...durationsSets, ...holidays, ...names,
];
