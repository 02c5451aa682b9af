/**
 * The English rules in priority order: at equal length, the earlier rule wins (a longer match always
 * wins). The order is this list, and nothing else.
 */
import type { Rule } from '../../../language';
import { monthDayYearRule, dayMonthYearRule, monthDayRangeRule, coordinatedDayRule, yearRangeRule, monthYearRule, monthRule, numericDateRule, yearRule, ordinalDayRule, nthWeekOfMonthRule, weekOfRule, weekNumberRule, spelledYearRule } from './calendar-dates';
import { weekdayRule, dayNextToWeekdayRule } from './weekdays';
import { partOfDateRule, timeSpanRule, timeHhmmRule, dateTimeStampRule, isoDateTimeRule, partOfDayRule, timeRule, partOfDayBareRule, dayThenTimeRule, hourThenDayRule, atHhmmRule, partOfDayAloneRule } from './times';
import { afterNextRule, deicticDayRule, relativeUnitRule, earlierThisRule, theWeekendRule, offsetRule, endOfUnitRule, vagueRule } from './relative';
import { samePeriodLastYearRule, anaphoricRule, inTheUnitRule } from './anaphora';
import { splitYearRule, monthSpanQuarterRule, quarterRule, qNumberRule, yearEndedRule, theQuarterRule, yearEarlierAdjRule, halfRule, hNumberRule, seasonRule, decadeRule, centuryRule, thePeriodRule, yearEndRule } from './periods';
import { inNUnitsRule, durationRule, unitLengthRule, vagueDurationRule, setRule, setMonthRule, setEveryNRule, setWeekdaysRule, setRateRule, describedUnitRule, setWeekdayListRule } from './durations-sets';
import { holidayRule } from './holidays';

export const RULES: readonly Rule[] = [
  monthDayYearRule,
  dayMonthYearRule,
  monthDayRangeRule,
  coordinatedDayRule,
  yearRangeRule,
  monthYearRule,
  monthRule,
  numericDateRule,
  yearRule,
  ordinalDayRule,
  setWeekdayListRule,
  weekdayRule,
  dayNextToWeekdayRule,
  partOfDateRule,
  dayThenTimeRule,
  hourThenDayRule,
  timeSpanRule,
  afterNextRule,
  samePeriodLastYearRule,
  splitYearRule,
  timeHhmmRule,
  dateTimeStampRule,
  isoDateTimeRule,
  atHhmmRule,
  deicticDayRule,
  partOfDayRule,
  timeRule,
  relativeUnitRule,
  earlierThisRule,
  theWeekendRule,
  monthSpanQuarterRule,
  nthWeekOfMonthRule,
  weekOfRule,
  weekNumberRule,
  offsetRule,
  anaphoricRule,
  quarterRule,
  qNumberRule,
  inTheUnitRule,
  yearEndedRule,
  theQuarterRule,
  yearEarlierAdjRule,
  halfRule,
  hNumberRule,
  seasonRule,
  decadeRule,
  centuryRule,
  endOfUnitRule,
  inNUnitsRule,
  durationRule,
  unitLengthRule,
  vagueDurationRule,
  setRule,
  setMonthRule,
  setEveryNRule,
  setWeekdaysRule,
  setRateRule,
  vagueRule,
  holidayRule,
  spelledYearRule,
  thePeriodRule,
  yearEndRule,
  partOfDayBareRule,
  partOfDayAloneRule,
  describedUnitRule,
];
