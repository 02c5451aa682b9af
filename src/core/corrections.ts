/**
 * A reader's corrections: "this date is 18 November, not 17", "this is not a date". The extension keeps
 * them per document; the engine applies them to an analysis, after the rules, so the panel, the hints,
 * the hovers and every export show the corrected value.
 *
 * A correction is anchored to the expression's words and the sentence around them (as the timeline
 * shows it), not to offsets: edits elsewhere in the text leave it where it was. When the sentence was
 * edited but the words and the text right before or after them are still there, once, it follows them
 * (and is anchored again to the new sentence). When the words themselves are gone it is dropped, and
 * the caller says so.
 */
import type { Correction, Entry } from './types';
import type { Describer, Sentences } from './language';
import { parsePoint } from './timex';
import { isSpace, sentenceAround } from './sentences';
import { granularity } from './analyze';
import { entryWords } from './entry';

/** How much of the sentence right before or after the words must still be there for a correction to follow an edited sentence. */
const CONTEXT = 24;
/** At most this many places of the same words are compared (a correction of "2025" in a 1 MB file). */
const MAX_PLACES = 5000;

export interface Applied {
  entries: Entry[];
  /** The corrections that still apply, anchored to the text as it is now. */
  kept: Correction[];
  /** The corrections whose words were edited away. */
  dropped: Correction[];
}

/** A letter or digit (of any script): a word goes on across it. */
const isWordChar = (c: number) => !Number.isNaN(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

/**
 * The places of `words` in the text, a space in them matching any run of white space (a hard-wrapped
 * expression). Each place of the first word is tried once, the rest compared in a bounded number of steps.
 */
function places(text: string, words: string): Array<[number, number]> {
  const tokens = words.split(' ').filter(Boolean);
  const out: Array<[number, number]> = [];
  if (!tokens.length) return out;
  for (let i = text.indexOf(tokens[0]); i !== -1 && out.length < MAX_PLACES; i = text.indexOf(tokens[0], i + 1)) {
    let j = i + tokens[0].length, ok = true;
    for (let k = 1; k < tokens.length && ok; k++) {
      const ws = j;
      while (j < text.length && isSpace(text.charCodeAt(j)) && j - ws < 64) j++;
      ok = j > ws && text.startsWith(tokens[k], j);
      j += tokens[k].length;
    }
    // Whole words only: "Monday" is not the start of "Mondays".
    if (ok && !(isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i))) && !(isWordChar(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j - 1)))) out.push([i, j]);
  }
  return out;
}

/** Where the correction's words are in the text now, with the correction anchored there; or null. */
function locate(text: string, sentences: Sentences, c: Correction): { span: [number, number]; anchored: Correction } | null {
  const found = places(text, c.words).map((span) => ({ span, ...sentenceAround(text, sentences, span[0], span[1]) }));
  const exact = found.find((f) => f.sentence === c.sentence && f.offset === c.at);
  if (exact) return { span: exact.span, anchored: c };
  // The sentence was edited: follow the words if what was right before or right after them is still there, in one place only.
  const before = c.sentence.slice(Math.max(0, c.at - CONTEXT), c.at);
  const after = c.sentence.slice(c.at + c.words.length, c.at + c.words.length + CONTEXT);
  const near = found.filter((f) => {
    const b = f.sentence.slice(Math.max(0, f.offset - CONTEXT), f.offset), a = f.sentence.slice(f.offset + c.words.length, f.offset + c.words.length + CONTEXT);
    return (before.length >= 8 && b === before) || (after.length >= 8 && a === after);
  });
  if (near.length !== 1) return null;
  const f = near[0];
  return { span: f.span, anchored: { ...c, sentence: f.sentence, at: f.offset } };
}

type Was = NonNullable<Entry['corrected']>['was'];

/** What the rules had read in an entry (before any correction of it). */
function readAs(x: Entry, describe: Describer): Was {
  if (x.corrected) return x.corrected.was;
  return { value: x.value, ...(x.endValue ? { endValue: x.endValue } : {}), words: entryWords(x, { describe }) };
}

/** The entry a corrected value makes of the words at `span`, with the explanation of what it replaced. */
function correctedEntry(text: string, span: [number, number], c: Correction, was: Was, describe: Describer): Entry | null {
  const point = c.value !== undefined ? parsePoint(c.value) : null;
  if (!point || c.value === undefined) return null;
  const endPoint = c.endValue !== undefined ? parsePoint(c.endValue) ?? undefined : undefined;
  const type = point.g === 'day' && point.hh !== undefined ? 'TIME' : 'DATE';
  return {
    start: span[0], end: span[1], text: text.slice(span[0], span[1]), type, value: c.value,
    ...(endPoint ? { endValue: c.endValue, endPoint } : {}),
    granularity: granularity({ point, type }), anchor: 'absolute', reason: 'corrected',
    explanation: describe.corrected(was?.words), point, corrected: { was },
  };
}

/**
 * Applies the corrections to the entries (in text order): a corrected value replaces whatever the
 * rules read in the correction's words (or adds an entry where they read none); "not a date" removes
 * it. Entries are not changed in place.
 */
export function applyCorrections(text: string, entries: readonly Entry[], corrections: readonly Correction[], sentences: Sentences, describe: Describer): Applied {
  const kept: Correction[] = [], dropped: Correction[] = [];
  let out = entries.slice();
  for (const c of corrections) {
    const at = locate(text, sentences, c);
    if (!at) { dropped.push(c); continue; }
    kept.push(at.anchored);
    const [s, e] = at.span;
    const overlapping = out.filter((x) => x.start < e && s < x.end);
    const was = overlapping.length ? readAs(overlapping[0], describe) : null;
    out = out.filter((x) => !overlapping.includes(x));
    const fixed = correctedEntry(text, at.span, c, was, describe);
    if (fixed) {
      let i = out.findIndex((x) => x.start > s);
      if (i < 0) i = out.length;
      out.splice(i, 0, fixed);
    }
  }
  return { entries: out, kept, dropped };
}
