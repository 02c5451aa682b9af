/**
 * The words the one trigger scan looks for (scan.ts), by table, and how a run of digits is classed.
 * A rule names the tables one of whose words every match of it contains (Rule.triggers), and tables
 * that must all be present as well (Rule.requires). Words are matched whole and case-insensitively;
 * `*` marks a prefix ("week*" finds "weeks" and "weekly"); a space stands for any white space; a word
 * written with a capital counts only where the text capitalises it.
 */
import type { TriggerTables } from '../../language';

export const TRIGGERS: TriggerTables = {
  // Month and weekday names count in any case: informal text writes them in lower case, and the rules'
  // exclusions decide where a lower-case "may", "march" or "sat" is a date ('date-lowercase-month',
  // 'weekday-lowercase', 'weekday-short-form', ...).
  month: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
  deictic: ['today', 'yesterday', 'tomorrow', 'tonight', 'tonite', '2nite', 'tmrow', 'tmrw', 'trmw', 'tmr', 'tomo', '2moro', '2morrow', 'tdy', 'yday', 'yest'],
  partOfDay: ['morning*', 'afternoon*', 'evening*', 'night*', 'nite', 'overnight', 'midday', 'mid*'],
  clockWord: ['noon', 'midnight', 'midday', "o'clock", 'o’clock', 'oclock'],
  unit: ['second*', 'minute*', 'hour*', 'day', 'days', 'night*', 'week*', 'fortnight*', 'month*', 'quarter*', 'year*', 'decade*',
    'min', 'mins', 'hr', 'hrs', 'wk', 'wks', 'wknd', 'wkend', 'yr', 'yrs',
    'century', 'centuries', 'millenni*'],
  week: ['week'],
  weekend: ['weekend', 'wknd', 'wkend'],
  century: ['century'],
  quarter: ['quarter', 'qtr'],
  period: ['quarter', 'period', 'half'],
  season: ['spring', 'summer', 'fall', 'autumn', 'winter'],
  yearPhrase: ['year-end', "year's end", 'year end', 'end of the year', 'year-earlier', 'year-ago', 'full-year', 'full year'],
  ended: ['ended', 'ending'],
  same: ['same', 'comparable', 'corresponding'],
  afterNext: ['after next', 'before last', 'first of', 'first day of', '1st of', '1st day of', 'last of', 'last day of'],
  earlyLate: ['early', 'earlier', 'late', 'later'],
  relWord: ['last', 'this', 'next', 'nxt', 'coming', 'current', 'past', 'previous', 'present'],
  endWord: ['beginning', 'start', 'middle', 'end', 'close', 'early*', 'late*', 'mid*'],
  offsetWord: ['ago', 'earlier', 'later', 'before', 'after', 'from now', 'hence', 'previously', 'back'],
  // Spelled-out years and decades ("nineteen ninety-six", "the two thousands", "the nineties").
  numberWord: ['eighteen', 'nineteen', 'twenty', 'thirty', 'thousand', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  codes: ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy'],
  set: ['every', 'each', 'daily', 'weekly', 'monthly', 'annually', 'yearly', 'nightly', 'hourly', 'quarterly', 'biweekly', 'fortnightly',
    'biannually', 'semiannually', 'once', 'twice', 'thrice', 'times', 'nights', 'evenings', 'mornings',
    'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
  // Plural weekdays as notes and chat write them ("packed on mondays"); edited copy's are an exclusion.
  weekdayPlural: ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekends', 'mornings', 'afternoons', 'evenings'],
  vague: ['recently', 'lately', 'now', 'nowadays', 'currently', 'present', 'presently', 'these days', 'soon', 'past', 'future', 'current',
    'recent', 'moment', 'to date', 'coming', 'other day'],
  holiday: ['christmas', 'xmas', 'boxing day', 'new year', 'independence day', 'fourth of july', 'july fourth', 'halloween', 'valentine', 'patrick',
    'veterans day', 'armistice day', 'remembrance day', 'thanksgiving', 'labor day', 'labour day', 'memorial day', 'election day', 'luther',
    'mlk', 'presidents', 'mother', 'father', 'easter', 'good friday', 'maundy', 'palm sunday', 'ash wednesday', 'shrove', 'mardi',
    'black friday', 'cyber', 'bastille day', 've day', 'v-e day', 'vj day', 'v-j day', 'canada day', 'australia day', 'anzac day', 'juneteenth',
    'may day', 'bonfire night', 'guy fawkes', 'columbus day', "andrew's day", "george's day", "david's day", 'republic day', 'victory day', 'national day'],
  // Runs of digits, classed by numberTriggers below.
  digit4: [],
  dayNumber: [],
  ordinal: [],
  clock: [],
  slash: [],
  decadeNumber: [],
};

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)/i;
const CLOCK_AFTER = /^(?:[:.]\d|\s*[ap]\.?m)/i;
/** "430pm", "1130pm", "5+am": hours and minutes run together before a.m. or p.m., as notes write them. */
const AMPM_AFTER = /^\+?(?:am|pm)(?![A-Za-z])/i;

/** A run of digits: four of them (a year, an ISO date, a wire time), one or two (a day of a month), an ordinal day, a clock time, part of a slashed date, a decade. */
export function numberTriggers(text: string, start: number, end: number): readonly string[] {
  const out: string[] = [];
  const len = end - start;
  const after = text.slice(end, end + 6);
  if (len === 4) out.push('digit4');
  if (len <= 2) out.push('dayNumber');
  if (len <= 2 && ORDINAL_SUFFIX.test(after)) out.push('ordinal');
  if ((len <= 2 && CLOCK_AFTER.test(after)) || (len <= 4 && AMPM_AFTER.test(after))) out.push('clock');
  if (after[0] === '/' || text[start - 1] === '/') out.push('slash');
  if ((len === 4 || len === 2) && (after[0] === 's' || after[0] === 'S')) out.push('decadeNumber');
  if (len <= 2 && (after[0] === 'x' || after[0] === 'X')) out.push('set'); // "3x a week"

  return out;
}
