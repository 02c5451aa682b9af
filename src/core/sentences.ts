/**
 * The sentence splitter: the tense reader's sentences and the timeline's sentence around each entry
 * come from here. The language gives its abbreviations and sentence starters; the engine knows
 * punctuation, line breaks and Markdown blocks. No module state: the caller keeps the split and
 * passes it on (analyze's `sentences` option, buildTimeline's last argument).
 */
import type { SentenceCues, Sentences } from './language';

/** A line that begins a Markdown block of its own: heading, list item, quote, table row, rule. */
const BLOCK_START = /^[ \t]*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||={3,}|-{3,}|\*{3,})/;
const HEADING = /^\s*#/;
/** A single line break ends a sentence after a line this short (a headline, a byline, a dateline); longer lines are taken as hard-wrapped prose. */
const SHORT_LINE = 50;

const isTerminal = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
/** Closing quotes and brackets that stay with the sentence they end: " ' ” ’ ) ] */
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
/** JavaScript's \s. */
const WS = /\s/;

/**
 * Splits text into sentences, as [start, end) offsets with the surrounding white space left out.
 * A sentence ends at '.', '!' or '?' (with any closing quotes or brackets) before white space,
 * except after an abbreviation ("Sept. 19", "Mr. Li", "U.S. officials", "John F. Kennedy"); at a
 * blank line; and at a single line break after a short line, before a Markdown block (heading,
 * list item, quote) or after a heading. Works on LF and CRLF text alike. One pass: every character is
 * read a bounded number of times, whatever the text (a run of a million dots is one step).
 */
export function splitSentences(text: string, cues: SentenceCues): Sentences {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start, e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
    start = end;
  };
  // Only line breaks and terminal punctuation can end a sentence: the search jumps from one to the next.
  const stops = /[\r\n.!?]/g;
  let i = 0;
  while (i < n) {
    stops.lastIndex = i;
    if (stops.exec(text) === null) break;
    i = stops.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) {
      // A line break: ends the sentence after a blank or short line, a heading, or before a block.
      const len = c === 10 ? 1 : 2;
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i);
      const nextEnd = text.indexOf('\n', i + len);
      const next = text.slice(i + len, nextEnd < 0 ? n : nextEnd);
      const trimmed = line.trim();
      if (trimmed === '' || next.trim() === '' || trimmed.length < SHORT_LINE || BLOCK_START.test(next) || HEADING.test(line)) push(i);
      i += len;
      continue;
    }
    if (!isTerminal(c)) { i++; continue; }
    // A run of terminal punctuation and its closers ends a sentence only before white space or the end.
    let j = i + 1;
    while (j < n && isTerminal(text.charCodeAt(j))) j++;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !WS.test(text[j])) { i = j; continue; }
    if (c === 46 && j === i + 1) {
      // One period (no closers): an abbreviation unless a new sentence clearly starts.
      const before = text.slice(Math.max(start, i - 12), i + 1);
      if (cues.abbrevTight.test(before)) { i = j; continue; }
      if (cues.abbrevLoose.test(before)) {
        const next = cues.nextWord.exec(text.slice(j, j + 40));
        // "U.S. officials", "Apple Inc. shares", "the U.S. Senate": goes on. "in the U.S. The next day": ends.
        if (!next || !cues.starters.has(next[1].toLowerCase()) || !cues.isCapitalised(next[1])) { i = j; continue; }
      }
    }
    push(j);
    i = j;
  }
  push(n);
  return out;
}

/** The sentence that holds `pos`, by binary search; null when `pos` is between sentences. */
export function sentenceAt(sentences: Sentences, pos: number): readonly [number, number] | null {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = sentences[mid];
    if (pos < s) hi = mid - 1; else if (pos >= e) lo = mid + 1; else return sentences[mid];
  }
  return null;
}

/** The start of the paragraph holding `pos`, from the paragraph starts in order (the trigger scan's split). */
export function paragraphAt(starts: readonly number[], pos: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
  }
  return starts[lo];
}

export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

/**
 * The sentence around [start, end), from the same splitter that gives the tagger its sentences (hard-
 * wrapped lines joined, abbreviations kept), cut to about 320 characters either side of the expression
 * with an ellipsis where it was cut. White space is collapsed; `offset` is where the expression starts.
 */
export function sentenceAround(text: string, sentences: Sentences, start: number, end: number): { sentence: string; offset: number } {
  const LIMIT = 320;
  const span = sentenceAt(sentences, start) ?? [start, end];
  const cutStart = start - span[0] > LIMIT, cutEnd = span[1] - end > LIMIT;
  let s = cutStart ? start - LIMIT : span[0];
  let e = cutEnd ? end + LIMIT : Math.max(span[1], end);
  // Cut at white space, not inside a word.
  if (cutStart) while (s < start && !/\s/.test(text[s - 1])) s++;
  if (cutEnd) while (e > end && !/\s/.test(text[e])) e--;
  const raw = text.slice(s, e);
  const lead = raw.length - raw.trimStart().length;
  const sentence = raw.trim().replace(/\s+/g, ' ');
  // Whitespace collapsing can shift the highlight; recompute it on the collapsed string.
  const before = text.slice(s + lead, start).replace(/\s+/g, ' ');
  return { sentence: (cutStart ? '…' : '') + sentence + (cutEnd ? '…' : ''), offset: before.length + (cutStart ? 1 : 0) };
}
