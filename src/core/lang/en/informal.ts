/**
 * Is a paragraph informal text (reporters' notes, chat, posts) rather than edited copy? Edited English
 * starts its sentences with a capital and writes "I" in capitals; notes and chat often do neither.
 * Read once, left to right: at each line start and each sentence end (". ", "! ", "? "), the first
 * letter after any bullet, quote mark, "@handle" or "#tag" is counted as a lower- or an upper-case
 * start; a lower-case "i" (or "i'm", "im") counts as a lower-case start as well, and a first word
 * all in capitals as neither. The paragraph is informal when it has more lower- than upper-case starts.
 *
 * What it decides: lower-case month and weekday names, and their short forms ("tues", "jan"), are
 * read as dates only in informal text (the exclusions of the rule families ask for it); in edited
 * copy "may", "march" and "sun" are a verb, a walk and a star.
 */

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLower = (c: string) => c >= 'a' && c <= 'z';
const isLetter = (c: string) => isUpper(c) || isLower(c);
const isDigit = (c: string) => c >= '0' && c <= '9';
/** What may stand before a sentence's first word on its line: spaces, bullets, quotes, brackets, emoticons' parts. */
const SKIP = ' \t\r`-–—•*>:;|"“”‘’\'([{)]}~=+^_/\\<';

/** The word that ends just before `end` (letters and dots), for telling "Inc. said" from a sentence end. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && (isLetter(text[i - 1]) || text[i - 1] === '.')) i--;
  return text.slice(i, end);
}

/** True when the period at `at` ends a sentence, not an abbreviation ("U.S.", "a.m.", "Mr.", "Inc."). */
function endsSentence(text: string, at: number): boolean {
  if (text[at - 1] === '.' || text[at - 1] === ' ') return false; // an ellipsis ("... is", ". . . and")
  if (text[at] !== '.') return true;
  const w = wordBefore(text, at);
  if (w.includes('.') || w.length === 1) return false; // "U.S.", "a.m.", "J. Smith"
  return !(isUpper(w[0] ?? '') && w.length <= 4); // "Mr.", "Inc.", "Gov.", "Sept."
}

/** The first letter of the sentence that starts at `i`, past bullets, handles and tags; -1 if none. */
function firstLetter(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n && SKIP.includes(text[i])) i++;
    // "@handle", "#tag", and a link ("http://t.co/x") are no sentence's first word.
    const link = text.startsWith('http', i) || text.startsWith('www.', i);
    if (i < n && (text[i] === '@' || text[i] === '#' || link)) {
      i++;
      while (i < n && (link ? !' \t\r\n'.includes(text[i]) : isLetter(text[i]) || isDigit(text[i]) || text[i] === '_')) i++;
      continue;
    }
    return i < n && isLetter(text[i]) ? i : -1;
  }
}

/** The word at `i` has no lower-case letter (its letters, up to the first that is none). */
function allCaps(text: string, i: number): boolean {
  while (i < text.length && isLetter(text[i])) if (isLower(text[i++])) return false;
  return true;
}

/** The pronoun "I" written in lower case, alone or with its contractions. */
const I_WORDS = new Set(['i', "i'm", 'im', "i'll", "i've", 'ive', "i'd"]);

export function isInformal(text: string): boolean {
  let lower = 0, upper = 0;
  const count = (at: number) => {
    const i = firstLetter(text, at);
    if (i < 0) return;
    if (isLower(text[i])) lower++;
    // A word all in capitals ("BACKGROUND", "LAST WK:", "WASHINGTON —") is a heading or a shout,
    // which notes and edited copy both write: it counts for neither.
    else if (!(i + 1 < text.length && isUpper(text[i + 1]) && allCaps(text, i))) upper++;
  };
  count(0);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') count(i + 1);
    else if ((c === '.' || c === '!' || c === '?') && i + 1 < n && (text[i + 1] === ' ' || text[i + 1] === '\t') && endsSentence(text, i)) count(i + 1);
    // (only "i" alone or before m, v, ' or ’ can be the pronoun: "in", "is", "it" are passed over at once)
    else if (c === 'i' && (i === 0 || !isLetter(text[i - 1])) && (i + 1 >= n || !isLetter(text[i + 1]) || text[i + 1] === 'm' || text[i + 1] === 'v')) {
      let j = i + 1;
      while (j < n && (isLetter(text[j]) || text[j] === '\'' || text[j] === '’')) j++;
      if (text[j] !== '.' && I_WORDS.has(text.slice(i, j).replace('’', '\''))) lower++;
    }
  }
  return lower > upper;
}
