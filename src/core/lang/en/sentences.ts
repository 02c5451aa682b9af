/** Where English sentences do not end: abbreviations, and the words that start a new sentence after one. */
import type { SentenceCues } from '../../language';

export const SENTENCE_CUES: SentenceCues = {
  /** Abbreviations that are almost always followed by a name or a number: never a sentence end. */
  abbrevTight: /(?:^|[^\w.])(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Sgt|Capt|Cmdr|Adm|Maj|Cpl|Pvt|Rev|Fr|Hon|Pres|Supt|Insp|Det|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|v|approx|ca|cf|Vol|pp|p|Fig|Gov't)\.$/,
  /** Abbreviations that may end a sentence ("... in the U.S. The next day ..."). */
  abbrevLoose: /(?:^|[^\w.])(?:(?:[A-Za-z]\.)+[A-Za-z]|[A-Z]|Inc|Corp|Co|Ltd|Bros|Jr|Sr|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|etc|est|al|Ave|Blvd|Rd|Dept|Univ|Assn|Intl|Govt)\.$/,
  nextWord: /^\s*["“'‘(]*([A-Za-z]+)/,
  /** Words that start a sentence: after a loose abbreviation, one of these makes the period an end. */
  starters: new Set(
    'the a an he she it they we i you this that these those there his her its their our my but and or so yet however meanwhile still also then in on at for after before when while as if since by with from of to some many most all no not one two three another other such police officials authorities'.split(' '),
  ),
  isCapitalised: (w) => w[0] === w[0].toUpperCase(),
};
