/** The English words around exports: titles, column names and notes. */
import type { ExportText } from '../../language';

export const EXPORT_TEXT: ExportText = {
  datelineLine: (w) => `Dateline: ${w}`,
  noDatelineLine: (w) => `No dateline; dates rest on ${w}`,
  noDatelineSentence: (w) => `No dateline: dates rest on ${w}.`,
  truncated: (shown, total) => `Only the first ${shown} of ${total} entries were given to the export.`,
  csvHeader: ['start', 'end', 'value', 'end_value', 'words', 'granularity', 'expression', 'sentence', 'line', 'flags', 'explanation', 'correction'],
  icsLeftOut: (n) => `${n} ${n === 1 ? 'entry' : 'entries'} coarser than a day (weeks, months, quarters, years…) ${n === 1 ? 'is' : 'are'} not in the calendar: a calendar event needs a day.`,
  icsNoEvents: 'No entry is a day, so the calendar has no events.',
  title: (name) => `Timeline: ${name}`,
  markdownHeader: ['Date', 'Expression', 'Sentence', 'Line'],
  headline: (words, start) => `${words}: ${start}`,
  correctedNote: '✎ Date corrected by hand.',
  correction: (was) => `corrected (Dateline had read ${was ?? 'no date'})`,
};
