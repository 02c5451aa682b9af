/**
 * Tense around a temporal expression, from a part-of-speech tagger (wink-nlp with its English lite
 * model): "voted on Tuesday" is past, "will meet on Monday" is future. The tagger is loaded on first
 * use and only ever sees the one sentence that holds a date whose direction is in doubt; results are
 * cached per sentence.
 */

export type Tense = 'past' | 'present' | 'future' | 'unknown';

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

/** Titles, initials and month abbreviations: a period after them never ends a sentence. */
const NEVER_END = /(?:^|[^\w.])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Rev|St|Mt|Ft|No|Nos|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;
/** Abbreviations that may end a sentence: they do when a capitalised word follows. */
const MAY_END = /(?:^|[^\w.])(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|etc|approx|a\.m|p\.m|e\.g|i\.e|U\.S|U\.K|U\.N|E\.U|[A-Za-z]\.[A-Za-z])\.$/;

/**
 * Splits text into sentences as [start, end) offsets. Paragraph breaks always end a sentence; a
 * period after a title, an initial or a month ("Mr.", "P.", "Sept.") never does; after other
 * abbreviations ("Inc.", "U.S.") only when a capitalised word follows.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[.!?]+["'”’)\]]*(?=\s)|\n\s*\n|\r\n\s*\r\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] === '.') {
      const before = text.slice(Math.max(start, m.index - 8), m.index + 1);
      if (NEVER_END.test(before)) continue;
      if (MAY_END.test(before) && !/^\s+["“]?[A-Z]/.test(text.slice(end, end + 4))) continue;
    }
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The tagger (lazy)
// ---------------------------------------------------------------------------------------------

interface Tok { text: string; pos: string; lemma: string; start: number; end: number }
type Tagger = (s: string) => Tok[];

let tagger: Tagger | null = null;

function loadTagger(): Tagger {
  // Loaded on first use: the model is most of the bundle's start-up cost.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return (s: string) => {
    const doc = nlp.readDoc(s);
    const tokens = doc.tokens();
    const texts: string[] = tokens.out();
    const pos: string[] = tokens.out(its.pos);
    const lemma: string[] = tokens.out(its.lemma);
    const out: Tok[] = [];
    let cursor = 0;
    for (let i = 0; i < texts.length; i++) {
      const at = s.indexOf(texts[i], cursor);
      const start = at < 0 ? cursor : at;
      const end = at < 0 ? cursor : at + texts[i].length;
      cursor = end;
      out.push({ text: texts[i], pos: pos[i], lemma: lemma[i], start, end });
    }
    return out;
  };
}

const cache = new Map<string, Tok[]>();
const CACHE_SIZE = 256;

function tag(sentence: string): Tok[] {
  const hit = cache.get(sentence);
  if (hit) {
    cache.delete(sentence);
    cache.set(sentence, hit); // most recently used last
    return hit;
  }
  if (!tagger) tagger = loadTagger();
  const toks = tagger(sentence);
  cache.set(sentence, toks);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return toks;
}

// ---------------------------------------------------------------------------------------------
// Verb groups and their tense
// ---------------------------------------------------------------------------------------------

const FUTURE_AUX = /^(?:will|'ll|wo|shall|ll)$/i;
const MODAL = /^(?:would|could|might|may|should|must|can|ca|'d)$/i;
const PAST_AUX = /^(?:was|were|had|did|'d)$/i;
const PRESENT_AUX = /^(?:is|are|am|'s|'re|'m|do|does|has|have|'ve)$/i;
/** Verbs that point forward when followed by "to": "is set to resume", "plans to open", "planned to leave". */
const INTENT = /^(?:plan|expect|schedule|set|due|intend|aim|hope|slate|poise|prepare|vow|pledge|promise|threaten|seek|want|propose|agree|decide|go)$/;

function isPastForm(t: Tok): boolean {
  const w = t.text.toLowerCase();
  if (w === t.lemma || w.endsWith('ing')) return false;
  if (w === `${t.lemma}s` || w === `${t.lemma}es` || (t.lemma.endsWith('y') && w === `${t.lemma.slice(0, -1)}ies`)) return false;
  return true;
}

/** Verbs that put their object in the future: "has scheduled a news conference Thursday". */
const ARRANGE = /^(?:schedule|plan|slate|call|set)$/;

/**
 * Tense of one verb group (a run of auxiliaries, verbs, "to", "not" and adverbs). `forward` is true
 * when the date follows the group, so that it belongs to an infinitive or object the group points
 * forward to ("planned to leave on Thursday"); a date before the group ("On Friday, the government
 * planned ...") dates the group's own verb.
 */
function groupTense(g: Tok[], forward: boolean, next?: Tok): Tense {
  const words = g.map((t) => t.text.toLowerCase());
  for (let i = 0; i < g.length; i++) {
    const t = g[i];
    if (FUTURE_AUX.test(words[i]) && (t.pos === 'AUX' || t.pos === 'VERB')) return 'future';
    if (words[i] === 'going' && words[i + 1] === 'to') return 'future';
    if (!forward) continue;
    if (INTENT.test(t.lemma) && words.slice(i + 1).includes('to') && g.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return 'future';
    // "is to resume trading Tuesday"
    if (t.lemma === 'be' && words[i + 1] === 'to' && g.slice(i + 2).some((x) => x.pos === 'VERB')) return 'future';
    if (i === g.length - 1 && ARRANGE.test(t.lemma) && t.pos === 'VERB' && next && next.pos !== 'ADP' && t.lemma !== 'set') return 'future';
  }
  for (let i = 0; i < g.length; i++) {
    const t = g[i];
    if (t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    if (MODAL.test(words[i])) return words[i] === 'would' ? 'future' : 'unknown';
    if (PAST_AUX.test(words[i])) return 'past';
    if (/^(?:has|have|'ve)$/.test(words[i])) {
      // present perfect: "has said" reports the past
      return g.slice(i + 1).some((x) => x.pos === 'VERB') ? 'past' : 'present';
    }
    if (PRESENT_AUX.test(words[i])) return 'present';
    if (t.pos === 'VERB') return isPastForm(t) ? 'past' : words[i].endsWith('ing') ? 'unknown' : 'present';
  }
  return 'unknown';
}

interface Group { start: number; end: number; toks: Tok[]; next?: Tok }

function verbGroups(toks: Tok[]): Group[] {
  const groups: Group[] = [];
  let cur: Tok[] = [];
  let curIdx = 0;
  const flush = () => {
    if (cur.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      groups.push({ start: cur[0].start, end: cur[cur.length - 1].end, toks: cur, next: toks[curIdx + cur.length] });
    }
    cur = [];
  };
  toks.forEach((t, i) => {
    const inGroup = t.pos === 'AUX' || t.pos === 'VERB' || (cur.length > 0 && (t.pos === 'PART' || t.pos === 'ADV'));
    if (inGroup) { if (!cur.length) curIdx = i; cur.push(t); } else flush();
  });
  flush();
  return groups;
}

const WINDOW = 600;

/**
 * The grammatical time orientation of the clause that governs the expression at [exprStart, exprEnd)
 * inside the sentence [sentenceStart, sentenceEnd) of `text`: the nearest verb group before the
 * expression in the sentence, or else the nearest after it.
 */
export function tenseAt(text: string, sentenceStart: number, sentenceEnd: number, exprStart: number, exprEnd: number): Tense {
  let s = Math.max(0, sentenceStart), e = Math.min(text.length, sentenceEnd);
  if (e - s > WINDOW) {
    s = Math.max(s, exprStart - WINDOW / 2);
    e = Math.min(e, exprEnd + WINDOW / 2);
  }
  if (e <= s) return 'unknown';
  let toks: Tok[];
  try {
    toks = tag(text.slice(s, e));
  } catch {
    return 'unknown';
  }
  const a = exprStart - s, b = exprEnd - s;
  let before: Group | undefined;
  let after: Group | undefined;
  for (const g of verbGroups(toks)) {
    if (g.end <= a) before = g;
    else if (g.start >= b && !after) after = g;
  }
  // A clause break (";", ":" or a dash) between the verb and the expression cuts it off.
  const sentence = text.slice(s, e);
  const cut = (from: number, to: number) => /[;:—–]|\s-\s/.test(sentence.slice(from, to));
  if (before && cut(before.end, a)) before = undefined;
  if (after && cut(b, after.start)) after = undefined;
  const tb = before ? groupTense(before.toks, true, before.next) : 'unknown';
  if (tb !== 'unknown') return tb;
  const ta = after ? groupTense(after.toks, false) : 'unknown';
  return ta;
}
