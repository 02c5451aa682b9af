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

export const EXCLUSIONS: readonly Exclusion[] = [
  ...calendarDates, ...weekdays, ...times, ...relative, ...anaphora, ...periods, ...durationsSets, ...holidays,
];
