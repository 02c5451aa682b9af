/**
 * Tense around a temporal expression, from a part-of-speech tagger (wink-nlp with its English lite
 * web model): "voted on Tuesday" is past, "will meet on Monday" is future.
 *
 * The tagger is loaded on first use (never at import), only ever sees the one sentence that holds a
 * date whose direction is in doubt (cut to a window around the date when the sentence is very long),
 * and its tokens are cached per sentence string, so a sentence with several dates is tagged once.
 *
 * What counts as what (for the verb group that governs the expression):
 * - future: will / 'll / shall / won't + verb; "is going to", "is set to", "is expected to",
 *   "is scheduled to", "is due to", "is likely to", "is to", "plans to", "aims to", "has to" ...;
 *   "is set for" / "is scheduled for" + the date; may / might / must / should + verb (these speak
 *   of what is not yet settled: "the board may decide on Tuesday" is about the coming Tuesday).
 *   Also the future seen from a recent past moment, when the date follows: "was expected to rule on
 *   Friday", "were planning to drive ... on Monday", "ordered him to appear on Monday": news reports
 *   plans that have not happened yet (had they happened, the report would say so). Not "agreed to"
 *   or "decided to": a decision reported in the past is no plan still to come ("agreed to sell the
 *   unit in February" is read by its past verb). For the same reason "would" + verb, the
 *   future of reported speech ("said it would publish the figures on Monday"): 13 of the 15 dates
 *   "would" governs in TimeBank lie after the article's date.
 * - past: a past-tense verb ("voted", "was held", "did not raise"), the present perfect ("has said",
 *   "have arrested ... since Sunday": what it reports has happened), the past perfect, a modal with
 *   "have" + participle ("may have left on Sunday"), a bare participle ("the report, released on
 *   Tuesday, ...").
 * - future also: the present of a timetable ("tickets go on sale on Friday", "the new line opens in
 *   March"), the present in a clause of condition or time ("if the talks fail on Monday", "when the
 *   plant opens in March"), and a question's auxiliary ("Will the Fed cut rates in December?").
 * - present: present-tense verbs and auxiliaries ("is hearing", "can"), the habitual present.
 * - unknown: could (past of can, or hypothetical: "could not attend on Monday" is past, "prices
 *   could rise in January" is future); a plan seen from the past perfect ("had been
 *   scheduled to expire Friday": superseded, either side of the dateline); a past verb with an
 *   infinitive the date belongs to ("placed orders to start trading for November"); a verb whose past
 *   and present look alike after a plural subject ("prices hit a record on Monday"); no verb at all.
 */

import type { Tense } from '../../language';
import { isSpace } from '../../sentences';

export type { Tense };

/** A token from the tagger: Universal Dependencies part of speech (VERB, AUX, PART, ...), offsets in the tagged string. */
export interface TaggedToken {
  text: string;
  pos: string;
  lemma: string;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// The tagger (lazy) and its cache
// ---------------------------------------------------------------------------------------------

type Tagger = (s: string) => TaggedToken[];

let tagger: Tagger | null = null;

function loadTagger(): Tagger {
  // Required here, on first use, not imported at the top: parsing the model is most of the core's
  // start-up cost, and a document without a date in doubt never needs it. esbuild bundles these
  // calls for Node and the browser alike (the model is plain JavaScript, no file system).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return (s: string) => {
    const tokens = nlp.readDoc(s).tokens();
    const texts: string[] = tokens.out();
    const pos: string[] = tokens.out(its.pos);
    const lemma: string[] = tokens.out(its.lemma);
    const out: TaggedToken[] = [];
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

const cache = new Map<string, TaggedToken[]>();
const CACHE_SIZE = 256;

function tag(sentence: string): TaggedToken[] {
  const hit = cache.get(sentence);
  if (hit) {
    cache.delete(sentence);
    cache.set(sentence, hit); // most recently used last
    return hit;
  }
  if (!tagger) tagger = loadTagger();
  const toks = tagger(sentence);
  tenseStats.tagged++;
  cache.set(sentence, toks);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return toks;
}

/** Forgets every tagged sentence (benchmarks measure articles seen for the first time). */
export function clearCaches(): void {
  cache.clear();
}

/** How many sentences the tagger has been run on and how many are cached (for tests and benchmarks). */
export const tenseStats = { tagged: 0, get cached(): number { return cache.size; }, get loaded(): boolean { return tagger !== null; } };

// ---------------------------------------------------------------------------------------------
// Verb groups and their tense
// ---------------------------------------------------------------------------------------------

const FUTURE_AUX = new Set(['will', "'ll", 'wo', 'shall', 'll', 'sha']);
/** Modals that look forward: "may decide", "must approve", "should arrive". */
const FORWARD_MODAL = new Set(['may', 'might', 'must', 'should', 'ought']);
/** Past forms of can / will: "could" is open ("could not attend on Monday" / "could rise in January"); "would" looks forward. */
const OPEN_MODAL = new Set(['could', 'would', "'d"]);
const PRESENT_MODAL = new Set(['can', 'ca']);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);
const BE_PAST = new Set(['was', 'were']);
const BE_OTHER = new Set(['be', 'been', 'being']);
const HAVE_PRESENT = new Set(['has', 'have', "'ve"]);
const DO_PRESENT = new Set(['do', 'does']);
/** Lemmas that point forward when followed by "to" + verb: "plans to open", "is set to resume". */
const INTENT = new Set(['plan', 'expect', 'schedule', 'set', 'slate', 'due', 'intend', 'aim', 'hope', 'poise', 'prepare', 'vow', 'pledge', 'promise', 'threaten', 'seek', 'want', 'propose', 'forecast', 'project', 'predict', 'likely', 'unlikely', 'poised', 'slated', 'expected', 'scheduled', 'planned', 'about', 'ready', 'sure', 'certain', 'bound', 'go', 'need', 'wish']);
/** Verbs that direct someone to do something later: "ordered him to appear on Monday". */
const DIRECTIVE = new Set(['order', 'ask', 'subpoena', 'summon', 'invite', 'urge', 'require', 'tell', 'force', 'allow', 'authorize', 'authorise', 'instruct', 'direct', 'call', 'schedule', 'persuade', 'encourage', 'appoint', 'elect', 'hire', 'sentence']);
/** Adjectives that join a verb group before "to": "is due to", "is likely to", "was unable to" (only those in INTENT look forward). */
const INTENT_ADJ = new Set(['due', 'likely', 'unlikely', 'poised', 'set', 'slated', 'about', 'ready', 'expected', 'scheduled', 'planned', 'bound', 'sure', 'certain', 'able', 'unable', 'eager', 'keen', 'willing']);
/** "is set for Monday", "scheduled for Friday". */
const FOR_SCHEDULE = new Set(['set', 'schedule', 'slate', 'plan', 'due', 'scheduled', 'slated', 'planned', 'book', 'booked']);
/** Verbs that arrange an event: "has scheduled a news conference Thursday", "called a strike for Monday". */
const ARRANGE = new Set(['schedule', 'slate', 'plan', 'call']);
/**
 * Verbs of scheduled events whose simple present, with a date, is a timetable: "opens on Monday", "resume
 * talks in May", "plays again on Saturday", "publishes its figures on March 3". Not ordinary verbs
 * ("faces", "runs", "heads", "continues"): their plain present is no timetable.
 */
const SCHEDULE = new Set(['open', 'reopen', 'close', 'start', 'begin', 'end', 'resume', 'meet', 'convene', 'arrive', 'leave', 'depart', 'return', 'go', 'launch', 'expire', 'vote', 'play', 'host', 'visit', 'travel', 'kick', 'debut', 'premiere', 'air', 'conclude', 'publish', 'release']);
/** Verbs whose past is their base form: "cut", "set", "put", "hit". */
const SAME_PAST = new Set(['cut', 'set', 'put', 'hit', 'let', 'quit', 'cost', 'hurt', 'shut', 'spread', 'cast', 'broadcast', 'forecast', 'bet', 'bid', 'burst', 'read', 'split', 'upset', 'shed', 'thrust', 'beat']);
/** Pronoun + clitic left as one token by the tagger ("I'm", "we'll"). */
const GLUED = /^(i|you|he|she|it|we|they|that|there|who|what|here|where)('m|'re|'s|'ve|'ll|'d)$/;
/** Words that are auxiliaries whatever the tagger says (it sometimes calls "I'm" a noun or "would close" an adjective). */
const AUX_WORDS = new Set([...FUTURE_AUX, ...FORWARD_MODAL, ...OPEN_MODAL, ...PRESENT_MODAL, ...BE_PRESENT, ...BE_PAST, ...BE_OTHER, ...HAVE_PRESENT, 'had', ...DO_PRESENT, 'did']);

interface Tok {
  w: string; // lower case, straight apostrophes
  pos: string;
  lemma: string;
  start: number;
  end: number;
  cap: boolean;
  /** Opens the sentence (after any quote mark): "Will the Fed cut rates?" */
  first: boolean;
}

interface Group {
  start: number;
  end: number;
  /** A lone auxiliary opening a question: "Will the Fed cut ...", "Did the bank raise ...". */
  question: boolean;
  tense: Tense;
  /** A finite verb (or a participle standing for one): the group can govern a date on its own. */
  finite: boolean;
  /** "to" + verb with nothing finite: the date belongs to the verb that governs the infinitive. */
  infinitive: boolean;
  /** The head's lemma is one of INTENT ("expects the deal to close in March"). */
  intent: boolean;
  /**
   * The tense for a date before the group: it dates the group's own verb, not the infinitive or the
   * object the group points forward to ("On Friday, the government planned to ..." is past).
   */
  own: Tense;
  /** A verb that arranges its object ("has scheduled a news conference Thursday"): a date after the object is when it happens. */
  arrange: 'any' | 'for' | null;
  /** The head is a verb of saying ("said", "confirmed"): it dates the report, not what is reported. */
  reporting: boolean;
  /** A participle of expectation alone after a noun ("snow expected ..."): what it is said of is still to come. */
  expects: boolean;
}

/** One token, always built with the same fields in the same order (one shape for the engine to read). */
const tok = (w: string, pos: string, lemma: string, start: number, end: number, cap: boolean, first = false): Tok => ({ w, pos, lemma, start, end, cap, first });
const CURLY = /[’‘`]/g;
/** "A".."Z" opens the text. */
const capital = (s: string) => { const c = s.charCodeAt(0); return c >= 65 && c <= 90; };

function normalise(tokens: TaggedToken[]): Tok[] {
  const out: Tok[] = [];
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    const w = lower.includes('’') || lower.includes('‘') || lower.includes('`') ? lower.replace(CURLY, "'") : lower;
    const glued = w.includes("'") ? GLUED.exec(w) : null;
    if (glued && t.pos !== 'VERB' && t.pos !== 'AUX') {
      const cut = t.start + glued[1].length;
      out.push(tok(glued[1], 'PRON', glued[1], t.start, cut, capital(t.text)));
      out.push(tok(glued[2], 'AUX', glued[2], cut, t.end, false));
      continue;
    }
    out.push(tok(w, t.pos, (t.lemma || w).toLowerCase(), t.start, t.end, capital(t.text)));
  }
  const firstWord = out.findIndex((t) => /^[a-z]/.test(t.w));
  if (firstWord >= 0) out[firstWord].first = true;
  // "The city plans to open": the tagger may take "plans" for the noun; after a subject and before
  // "to" + verb it is the verb. ("The city's plans to open" keeps its noun: a possessive precedes.)
  for (let i = 1; i + 2 < out.length; i++) {
    const t = out[i], prev = out[i - 1];
    if (t.pos === 'NOUN' && t.w.endsWith('s') && NOUN_VERB.has(t.lemma) && out[i + 1].w === 'to' && isVerb(out[i + 2])
      && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && prev.w !== "'s") {
      t.pos = 'VERB';
    }
  }
  // "Harbor City host Tampa Bay on Wednesday", "The Rovers face Leeds", "The hosts face a test":
  // a bare fixture verb the tagger calls a noun, after a name or a plural subject and before its
  // object, is the verb. Not "the Obama visit Monday" (a name after "the" is a team only in the
  // plural) nor "the state visit" (a lower-case singular noun before it).
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i], prev = out[i - 1], next = out[i + 1];
    if (t.pos !== 'NOUN' || t.w !== t.lemma || !FIXTURE_VERB.has(t.w)) continue;
    const plural = prev.w.endsWith('s') && prev.w !== "'s";
    const name = prev.pos === 'PROPN' || (prev.pos === 'NOUN' && prev.cap && !prev.first);
    const subject = (name && (plural || out[i - 2]?.w !== 'the')) || (prev.pos === 'NOUN' && plural && prev.lemma !== prev.w);
    const object = next.pos === 'PROPN' || next.w === 'the' || next.w === 'a' || next.w === 'an' || (t.w === 'travel' && next.w === 'to');
    if (subject && object) t.pos = 'VERB';
  }
  // Words the tagger calls verbs that are names or days, in one pass:
  for (let i = 1; i < out.length; i++) {
    const t = out[i], prev = out[i - 1], next = out[i + 1];
    if (t.pos !== 'VERB') continue;
    // "by 10am sat", "noon wed": a weekday's short form after a clock time is the day, not "sat" or "wed".
    if (SHORT_WEEKDAY.has(t.w) && CLOCK.test(prev.w)) t.pos = 'PROPN';
    // "the met office warning", "met police said": the UK's Met Office and Met Police, written in
    // lower case in notes, are names, not the past of "meet".
    else if (t.w === 'met' && next && MET_NAME.has(next.w)) t.pos = 'PROPN';
    // "the Roe vs. Wade decision": a capitalised word inside a name (a proper noun after it, a proper
    // noun or "vs." before it), not opening the sentence, is part of the name.
    else if (next && t.cap && !t.first && !AUX_WORDS.has(t.w) && (prev.pos === 'PROPN' || prev.w === 'vs.' || prev.w === 'v.') && next.pos === 'PROPN') t.pos = 'PROPN';
  }
  // "Test runs began": a verb in -s right before a verb in the past, after a noun, is the noun of a
  // compound subject (the tagger's "runs"), not a present tense.
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i], prev = out[i - 1], next = out[i + 1];
    if (t.pos === 'VERB' && t.w.endsWith('s') && t.w !== t.lemma && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && next.pos === 'VERB' && isPastForm(next) && !AUX_WORDS.has(next.w)) t.pos = 'NOUN';
  }
  // "stay snow-covered", "remain ice-bound": a participle glued by a hyphen to the word before it,
  // after a linking verb, is an adjective, no verb group.
  for (let i = 3; i < out.length; i++) {
    const t = out[i], dash = out[i - 1], first = out[i - 2];
    if (t.pos === 'VERB' && dash.w === '-' && dash.end === t.start && first.end === dash.start && LINKING.has(out[i - 3].lemma)) t.pos = 'ADJ';
  }
  // "the televised game", "a planned strike", "the newly launched classes": a participle between a
  // determiner (and an adverb in -ly) and a noun is an adjective, no verb group.
  for (let i = 1; i + 1 < out.length; i++) {
    const t = out[i];
    const det = DETERMINER.has(out[i - 1].w) || (i >= 2 && out[i - 1].pos === 'ADV' && out[i - 1].w.endsWith('ly') && DETERMINER.has(out[i - 2].w));
    if (t.pos === 'VERB' && t.w.endsWith('ed') && det && (out[i + 1].pos === 'NOUN' || out[i + 1].pos === 'PROPN' || out[i + 1].pos === 'ADJ')) {
      t.pos = 'ADJ';
    }
  }
  // "connected to the switch on Sunday", "in a televised address Friday": no verb follows an article
  // and its adjectives. A word the tagger calls a verb there is an adjective when it is a participle
  // before another word ("televised"), else the noun ("switch", "address").
  for (let i = 1; i < out.length; i++) {
    const t = out[i];
    if (t.pos !== 'VERB' || AUX_WORDS.has(t.w)) continue;
    let j = i - 1;
    while (j > 0 && (out[j].pos === 'ADJ' || (out[j].pos === 'ADV' && out[j].w.endsWith('ly')))) j--;
    if (!ARTICLE.has(out[j].w)) continue;
    const next = out[i + 1];
    t.pos = t.w.endsWith('ed') && next && /^(?:NOUN|PROPN|VERB|ADJ)$/.test(next.pos) ? 'ADJ' : 'NOUN';
  }
  return out;
}
const ARTICLE = new Set(['the', 'a', 'an']);
/** Linking verbs, after which a hyphenated participle describes ("stay snow-covered"). */
const LINKING = new Set(['stay', 'remain', 'be', 'become', 'seem', 'look', 'appear', 'keep', 'get']);
/** Short weekday forms that are also verbs, and a clock time before them ("10am", "3:30pm", "noon"). */
const SHORT_WEEKDAY = new Set(['sat', 'sun', 'wed', 'mon']);
const CLOCK = /^(?:\d{1,2}(?:[:.]\d\d)?(?:am|pm|a\.m\.|p\.m\.)|am|pm|a\.m\.|p\.m\.|noon|midnight)$/;
/** Nouns after "met" that make it the short name of a UK body: the Met Office, the Met Police. */
const MET_NAME = new Set(['office', 'police', 'éireann']);
/** Participles of expectation (EXPECTED) and determiners (adjectival participles). */
const EXPECTED = new Set(['expected', 'forecast', 'predicted', 'projected', 'scheduled', 'slated', 'planned', 'due']);
const DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Verbs of a fixture that the tagger takes for nouns after a team's name: "Harbor City host Tampa Bay", "Chelsea visit Anfield". */
const FIXTURE_VERB = new Set(['host', 'face', 'visit', 'play', 'meet', 'welcome', 'travel', 'entertain', 'battle', 'tackle', 'take']);
/** Intent verbs that look like plural nouns: "plans", "aims", "hopes", "vows". */
const NOUN_VERB = new Set(['plan', 'aim', 'hope', 'vow', 'pledge', 'promise', 'threat', 'threaten', 'need', 'want', 'seek', 'intend', 'expect', 'propose', 'schedule', 'bid', 'push', 'move', 'offer', 'wish']);

function isAux(t: Tok): boolean {
  if (t.w === 'may') return !t.cap || t.pos === 'AUX'; // "May" is mostly the month
  if (t.w === "'s") return t.pos === 'AUX' || t.pos === 'VERB'; // else possessive
  // ("Will" opening a sentence asks a question, it is no name: "Will the Fed cut rates in December?")
  if (t.w === 'can' || t.w === 'will' || t.w === 'must') return t.pos === 'AUX' || t.pos === 'VERB' || !t.cap || !!t.first;
  return AUX_WORDS.has(t.w) && (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PART' || t.pos === 'X');
}
const isVerb = (t: Tok) => t.pos === 'VERB' || t.pos === 'AUX' || isAux(t);
const isNeg = (t: Tok) => t.w === 'not' || t.w === "n't" || t.w === 'never';

function isPastForm(t: Tok): boolean {
  const w = t.w, l = t.lemma;
  if (w === l || w.endsWith('ing')) return false;
  if (w === `${l}s` || w === `${l}es` || (l.endsWith('y') && w === `${l.slice(0, -1)}ies`)) return false;
  return true;
}

/** Splits the tokens into verb groups: runs of auxiliaries and verbs with "not", "to" and adverbs inside. */
function verbGroups(toks: Tok[], exprStart: number, exprEnd: number): Group[] {
  const groups: Group[] = [];
  const inExpr = (t: Tok) => t.end > exprStart && t.start < exprEnd;
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const startsInfinitive = t.w === 'to' && t.pos === 'PART' && i + 1 < toks.length && isVerb(toks[i + 1]) && !inExpr(toks[i + 1]);
    if (inExpr(t) || (!isVerb(t) && !startsInfinitive)) { i++; continue; }
    const g: Tok[] = [t];
    let j = i + 1;
    let afterModal = FUTURE_AUX.has(t.w) || FORWARD_MODAL.has(t.w) || OPEN_MODAL.has(t.w) || PRESENT_MODAL.has(t.w);
    while (j < toks.length && !inExpr(toks[j])) {
      const u = toks[j];
      const next = toks[j + 1];
      if (isVerb(u)) {
        afterModal = FUTURE_AUX.has(u.w) || FORWARD_MODAL.has(u.w) || OPEN_MODAL.has(u.w) || PRESENT_MODAL.has(u.w);
        g.push(u); j++; continue;
      }
      if (isNeg(u) || u.pos === 'ADV' || (u.w === 'to' && next && (isVerb(next) || next.pos === 'ADV')) || (INTENT_ADJ.has(u.w) && next?.w === 'to')) { g.push(u); j++; continue; }
      // The tagger sometimes misses the verb after a modal ("would close" as an adjective).
      if (afterModal && /^[a-z]+$/.test(u.w) && (u.pos === 'ADJ' || u.pos === 'NOUN')) { g.push(tok(u.w, 'VERB', u.lemma, u.start, u.end, u.cap, u.first)); j++; afterModal = false; continue; }
      break;
    }
    // Trailing adverbs, "not" and "to" belong to what follows, not to the group.
    while (g.length > 1 && !isVerb(g[g.length - 1]) && !INTENT_ADJ.has(g[g.length - 1].w)) g.pop();
    const prev = toks[i - 1];
    i = j;
    // The expression right after the group, or after a preposition (and "the"): "expected Wednesday", "expected during the Thursday commute".
    const k = toks[i]?.pos === 'ADP' ? (toks[i + 1] && DETERMINER.has(toks[i + 1].w) ? i + 2 : i + 1) : i;
    const dateNext = !!toks[k] && inExpr(toks[k]);
    const info = groupInfo(g, toks[i], prev, dateNext);
    if (g.length === 1 && g[0].first && isAux(g[0]) && QUESTION_AUX.has(g[0].w)) info.question = true;
    groups.push(info);
  }
  return groups;
}

/** A group, always built with the same fields in the same order. */
const group = (start: number, end: number, tense: Tense, own: Tense, finite: boolean, infinitive: boolean, intent: boolean, arrange: Group['arrange'], reporting = false, expects = false): Group =>
  ({ start, end, question: false, tense, own, finite, infinitive, intent, arrange, reporting, expects });

/** The words before a sentence-opening date (letters only, lower case, one space between): "on", "over the", "late on". */
const LEADING_WORDS = /^(?:(?:late|early) )?(?:on|in|at|over|during|by|since|until|from|for|after|before)(?: the)?$|^the$/;

/** True when words other than a leading preposition stand before the expression in its sentence. */
function wordsBefore(sentence: string, exprStart: number): boolean {
  const words = sentence.slice(0, exprStart).replace(/[^A-Za-z]+/g, ' ').trim().toLowerCase();
  return words !== '' && !LEADING_WORDS.test(words);
}

/** A word of a date or of a range between two dates: "Wednesday", "night", "6", "p.m.", "into", "to". */
const DATE_WORD = /^(?:[A-Z][a-z]+\.?|morning|afternoon|evening|night|noon|midnight|\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?|into|to|through|until|till|and|or|[-–])$/;

/** True when the text holds only date words and words of range (see DATE_WORD), and at least one. */
function onlyDateWords(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => DATE_WORD.test(w));
}

/** Verbs of saying: "…, officials said" after a date dates the saying, not the date's event. */
const REPORTING = new Set(['say', 'confirm', 'announce', 'tell', 'report', 'state', 'add', 'note', 'warn', 'write', 'tweet', 'post']);

function groupInfo(g: Tok[], follower: Tok | undefined, prev: Tok | undefined, dateNext = false): Group {
  const start = g[0].start, end = g[g.length - 1].end;
  const verbs = g.filter((t) => isVerb(t) || INTENT_ADJ.has(t.w));
  const head = g.find(isVerb);
  const none = (infinitive = false) => group(start, end, 'unknown', 'unknown', false, infinitive, false, null);
  if (!head) return none();
  const hi = g.indexOf(head);
  const rest = g.slice(hi + 1);
  const restVerbs = rest.filter(isVerb);
  const w = head.w;
  const intentTo = g.some((t, k) => (INTENT.has(t.lemma) || t.w === 'going' || INTENT.has(t.w)) && k >= hi && g[k + 1]?.w === 'to')
    || (BE_PRESENT.has(w) || BE_PAST.has(w) || HAVE_PRESENT.has(w) || w === 'had') && rest.find((t) => !isNeg(t) && t.pos !== 'ADV')?.w === 'to';
  // "is set for Monday"; also "are expected on Tuesday", "is scheduled in May", "is due by Friday".
  const forSchedule = (follower?.w === 'for' && verbs.some((t) => FOR_SCHEDULE.has(t.lemma) || FOR_SCHEDULE.has(t.w)))
    || (!!follower && /^(?:on|in|at|by|next|this|later|early|late)$/.test(follower.w) && g.some((t) => BE_PRESENT.has(t.w) || BE_PAST.has(t.w))
      && verbs.some((t) => /^(?:expected|scheduled|slated|due)$/.test(t.w)));
  const perfect = (k: number) => {
    // modal + have + participle: "may have left", "would have turned"
    const next = g.slice(k + 1).filter((t) => !isNeg(t) && t.pos !== 'ADV');
    return next[0]?.w === 'have' && next.length > 1;
  };
  const last = verbs[verbs.length - 1];
  const arrange = last && ARRANGE.has(last.lemma) && last.pos === 'VERB' && follower && follower.pos !== 'ADP' && follower.pos !== 'PART' && follower.pos !== 'PUNCT'
    ? (last.lemma === 'call' ? 'for' : 'any') : null;
  const intent = INTENT.has(last?.lemma ?? '') || DIRECTIVE.has(last?.lemma ?? '');
  const reporting = REPORTING.has(last?.lemma ?? '');
  const expects = g.length === 1 && EXPECTED.has(w) && !!prev && prev.pos !== 'PRON' && prev.pos !== 'PROPN';
  const result = (tense: Tense, finite = true, own: Tense = tense): Group => group(start, end, tense, own, finite, false, intent, arrange, reporting, expects);

  if (g[0].w === 'to') return none(true);
  if (FUTURE_AUX.has(w)) return result('future');
  if (FORWARD_MODAL.has(w)) return result(perfect(hi) ? 'past' : 'future');
  if (OPEN_MODAL.has(w)) {
    // "'d" is "had" before a participle ("they'd left"), "would" before a base form.
    if (w === "'d" && restVerbs[0] && isPastForm(restVerbs[0]) && restVerbs[0].pos === 'VERB') return result('past');
    if (perfect(hi)) return result('past');
    // "said it would publish the figures on Monday": in news, "would" is mostly the future of reported
    // speech (in TimeBank, 13 of the 15 dates it governs lie after the article's date); "could" is open.
    return result(w === 'could' ? 'unknown' : 'future');
  }
  if (PRESENT_MODAL.has(w)) return result(perfect(hi) ? 'past' : 'present');

  // Future seen from now ("is set to", "plans to", "has to", "is going to") or from a past moment.
  const headPast = BE_PAST.has(w) || w === 'had' || w === 'did' || (head.pos === 'VERB' && !AUX_WORDS.has(w) && isPastForm(head) && !w.endsWith('ing'));
  const headPresent = BE_PRESENT.has(w) || HAVE_PRESENT.has(w) || DO_PRESENT.has(w) || (head.pos === 'VERB' && !AUX_WORDS.has(w) && !isPastForm(head) && !w.endsWith('ing'));
  if (intentTo || forSchedule) {
    if (w === 'had' && rest.find((t) => !isNeg(t) && t.pos !== 'ADV')?.w === 'to') return result('past'); // "had to leave"
    if (HAVE_PRESENT.has(w) && restVerbs.length > 0 && restVerbs[0].w !== 'to' && isPastForm(restVerbs[0])) {
      // "has planned to", "have agreed to": the plan is made, its time is after now
      return result('future', true, 'past');
    }
    if (headPresent) return result('future');
    // "had been scheduled to expire Friday": a plan overtaken by events, on either side of the dateline.
    if (w === 'had') return result('unknown', true, 'past');
    // "was expected to rule on Friday", "agreed to buy ... in February": still to come; but
    // "On Friday, the government planned to ..." dates the planning.
    if (headPast) return result('future', true, 'past');
  }
  if (BE_PAST.has(w) || w === 'had' || w === 'did') return result('past');
  if (HAVE_PRESENT.has(w)) {
    // present perfect: "has said", "have arrested": it has happened
    return result(restVerbs.length > 0 ? 'past' : 'present');
  }
  if (BE_PRESENT.has(w) || DO_PRESENT.has(w)) return result('present');
  if (BE_OTHER.has(w)) {
    // "been" / "being" / "be" with nothing before: a participle phrase ("being questioned on Monday")
    return none();
  }
  // A lexical verb heads the group.
  if (w.endsWith('ing')) return none();
  if (SAME_PAST.has(w) && head.lemma === w && hi === 0) {
    // "The firm cut 500 jobs": after a singular subject the present would be "cuts", so this is the past;
    // after a plural one ("prices hit a record") the form does not tell.
    const singular = !!prev && ((prev.pos === 'NOUN' && prev.lemma === prev.w) || (prev.pos === 'PROPN' && !/[^s]s$/.test(prev.w)) || /^(?:he|she|it)$/.test(prev.w));
    return result(singular ? 'past' : 'unknown');
  }
  // "snow expected Wednesday night", "the worst conditions expected during the Thursday commute", "a
  // vote planned for May": a participle of expectation alone before the date speaks of what is to come.
  if (expects && dateNext) return result('future');
  if (isPastForm(head)) return result('past');
  // The present of a timetable: "tickets go on sale on Friday", "the new line opens in March",
  // "the Senate votes on Tuesday" speak of what is fixed to come.
  if (SCHEDULE.has(head.lemma) && hi === 0 && !restVerbs.length) return result('future');
  return result('present');
}

/**
 * The present in a clause of condition or time speaks of what is to come: "if the talks fail on
 * Monday", "when the plant opens in March", "once the deal closes in May".
 */
const CONDITION = /(?:^|[,;:(—–]\s*|\b(?:and|but)\s+)["'“‘]?(?:if|unless|once|until|when|whenever|as soon as)\b/i;

function conditional(g: Group, sentence: string, tense: Tense = g.tense): Tense {
  if (tense !== 'present') return tense;
  // The clause since the last comma, semicolon or colon (kept, as it may open the clause) must open with the conjunction.
  const before = sentence.slice(0, g.start);
  const clause = before.slice(Math.max(0, Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'))));
  return CONDITION.test(clause) ? 'future' : 'present';
}

/** Auxiliaries that open a question, with the subject between them and the verb. */
const QUESTION_AUX = new Set(['will', 'shall', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

const PREPOSITIONS = new Set(['on', 'in', 'at', 'for', 'during', 'since', 'from', 'until', 'till', 'by', 'before', 'after', 'last', 'earlier', 'this']);

/** A clause break between a verb and the expression: ';', ':', a dash, brackets. */
const CUT = /[;:—–()[\]]|\s-\s|--/;
/** A clock joined to the expression after it ("resume at 10:00 GMT on Tuesday"): its colon is no clause break. */
const CLOCK_ON = /\d:\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?\s+on\s+$/i;
/** A word that opens a new clause: "said that on Monday the bridge will ...". */
const SUBORDINATOR = /\b(?:that|whether|because|although|though|if|which|who|whom|where|unless)\b/i;
/** A comma and an adverb before a participle that opens a phrase set off by commas (", first held in 1976,"; without the adverb, the comma may close an apposition before the main verb: "Kerapang, a volcano in Sulawesi, erupted"). */
const APPOSITIVE_BEFORE = /,\s*(?:first|once|originally|long|later|[a-z]+ly)\s+$/i;
/** A comma and a conjunction that open a new clause, then at most a preposition before the date: ", and on", ", but". */
const CLAUSE_AND = /,\s*(?:and|but|while|yet)\s+(?:(?:on|in|at|by|late|early|since|from|over|during)\s+)?(?:the\s+)?$/i;

/**
 * The tense that governs the expression at [exprStart, exprEnd) of `sentence`, from the sentence's
 * tokens (offsets in `sentence`). The nearest finite verb group before the expression in the same
 * clause, else the nearest after it; a non-finite group before it (a gerund, an infinitive) is passed
 * over. Exported so that other taggers' tokens can be compared on the same rules.
 */
export function tenseFromTokens(tokens: TaggedToken[], sentence: string, exprStart: number, exprEnd: number): Tense {
  const groups = verbGroups(normalise(tokens), exprStart, exprEnd);
  const joined = CLOCK_ON.exec(sentence.slice(Math.max(0, exprStart - 24), exprStart));
  const colon = joined ? Math.max(0, exprStart - 24) + joined.index + 1 : -1;
  const read = colon < 0 ? sentence : `${sentence.slice(0, colon)} ${sentence.slice(colon + 1)}`;
  const cut = (from: number, to: number) => CUT.test(read.slice(from, to));
  const before: Group[] = [];
  const after: Group[] = [];
  for (const g of groups) {
    if (g.end <= exprStart) before.unshift(g);
    else if (g.start >= exprEnd) after.push(g);
  }
  const firstAfter = after.find((g) => g.finite && !cut(exprEnd, g.start));

  // "said that on Monday the bridge will reopen": the expression opens the clause of the verb after it.
  if (before[0] && firstAfter) {
    const between = sentence.slice(before[0].end, exprStart);
    if (SUBORDINATOR.test(between)) return firstAfter.own;
    // "activity rises every 11 years, and on Tuesday scientists said ...": a date that opens a clause
    // coordinated after a comma is the date of that clause's verb.
    if (CLAUSE_AND.test(between) && !cut(exprEnd, firstAfter.start)) return firstAfter.own;
  }

  // "Will the Fed cut rates in December?": the question's auxiliary carries the tense of the verb
  // that follows its subject.
  const question = endsWithQuestion(sentence) ? groups.find((g) => g.question && g.end <= exprStart) : undefined;
  let skippedInfinitive = false;
  for (const g of before) {
    if (cut(g.end, exprStart)) break;
    // "The parade, first held in 1976, steps off at 10 a.m. on July 4": a lone participle that opens a
    // phrase set off by commas describes the subject; it is not the verb of the date.
    if (APPOSITIVE_BEFORE.test(sentence.slice(Math.max(0, g.start - 16), g.start)) && /^[a-z]+$/i.test(sentence.slice(g.start, g.end))
      && g.tense === 'past' && sentence.slice(g.end, exprStart).includes(',')) continue;
    if (question && g !== question && g.start > question.end && !before.some((o) => o !== g && o !== question && o.finite && o.start > question.end && o.end <= g.start)) return question.tense;
    if (g.infinitive) { skippedInfinitive = true; continue; }
    if (!g.finite) continue;
    // "snow expected Wednesday night into Thursday": the second date of what is expected, with only
    // the first date and a word of range between them.
    if (g.expects && exprStart - g.end <= 48 && onlyDateWords(sentence.slice(g.end, exprStart))) return 'future';
    if (skippedInfinitive) {
      // "expects the deal to close in March", "subpoenaed him to testify on Feb. 10": still to come.
      if (g.intent && (g.tense === 'present' || g.tense === 'past')) return 'future';
      // "placed orders to start the trading day for November": the date is the infinitive's, after a past moment.
      return g.tense === 'past' ? 'unknown' : g.tense;
    }
    if (g.arrange && !skippedInfinitive) {
      // "has scheduled a news conference Thursday", "called a strike for Monday" (but "called a
      // meeting on Monday" may date the call)
      const exprWord = /^\s*([A-Za-z]+)/.exec(sentence.slice(exprStart, exprEnd))?.[1].toLowerCase() ?? '';
      const prevWord = lastWord(sentence.slice(g.end, exprStart))?.toLowerCase() ?? '';
      const word = PREPOSITIONS.has(exprWord) ? exprWord : PREPOSITIONS.has(prevWord) ? prevWord : '';
      if (word === 'for' || (g.arrange === 'any' && (!word || word === 'on' || word === 'in' || word === 'at'))) return 'future';
    }
    return conditional(g, sentence);
  }
  // "Strike off for Wednesday, the union confirmed": with no verb of its own before it, a date inside
  // words that a comma parts from a verb of saying is what was said, in no tense the saying gives. (A
  // date opening the sentence dates the saying: "On Sunday, police said ...".)
  if (firstAfter?.reporting && sentence.slice(exprEnd, firstAfter.start).includes(',') && wordsBefore(sentence, exprStart)) return 'unknown';
  if (!firstAfter) return 'unknown';
  // "On June 8, weavers shut down their looms and walked out": a verb whose past is its present takes
  // the past of a verb coordinated with it.
  if ((firstAfter.own === 'present' || firstAfter.own === 'unknown') && SAME_FORM.has(sentence.slice(firstAfter.start, firstAfter.end).split(/\s/)[0].toLowerCase())) {
    const next = after.find((g) => g.start > firstAfter.end && g.finite && /\band\s+$/i.test(sentence.slice(firstAfter.end, g.start)));
    if (next?.tense === 'past' && next.start - firstAfter.end <= 60 && !cut(firstAfter.end, next.start)) return 'past';
  }
  return conditional(firstAfter, sentence, firstAfter.own);
}
/** Verbs whose past is their present ("shut", "cut"): the tagger cannot tell which from the word alone. */
const SAME_FORM = new Set(['shut', 'cut', 'put', 'set', 'hit', 'let', 'cost', 'spread', 'quit', 'hurt', 'split', 'burst', 'cast', 'shed', 'upset', 'bid', 'broadcast']);

/** A question mark, then only white space and closing quotes or brackets (what /\?\s*["'”’)]*\s*$/ tests, read from the end). */
function endsWithQuestion(s: string): boolean {
  let i = s.length;
  while (i > 0 && /\s/.test(s[i - 1])) i--;
  while (i > 0 && `"'”’)`.includes(s[i - 1])) i--;
  while (i > 0 && /\s/.test(s[i - 1])) i--;
  return i > 0 && s[i - 1] === '?';
}

/** The last run of letters before the trailing non-word characters (what /([A-Za-z]+)\W*$/ captures), or undefined. */
function lastWord(s: string): string | undefined {
  let i = s.length;
  while (i > 0 && /\W/.test(s[i - 1])) i--;
  let j = i;
  while (j > 0 && /[A-Za-z]/.test(s[j - 1])) j--;
  return j < i ? s.slice(j, i) : undefined;
}

const WINDOW = 600;

/**
 * The grammatical time orientation of the clause that governs the expression at [exprStart, exprEnd)
 * inside the sentence [sentenceStart, sentenceEnd) of `text`. Tags only that sentence (or, when it is
 * longer than 600 characters, a window of about 600 characters around the expression).
 */
export function tenseAt(text: string, sentenceStart: number, sentenceEnd: number, exprStart: number, exprEnd: number): Tense {
  let s = Math.max(0, Math.min(sentenceStart, exprStart));
  let e = Math.min(text.length, Math.max(sentenceEnd, exprEnd));
  if (e - s > WINDOW) {
    const room = Math.max(0, WINDOW - (exprEnd - exprStart));
    let ws = Math.max(s, exprStart - Math.ceil(room / 2));
    let we = Math.min(e, exprEnd + Math.floor(room / 2));
    // Give the unused side's room to the other, and cut at white space, not inside a word.
    if (ws === s) we = Math.min(e, s + WINDOW);
    if (we === e) ws = Math.max(s, e - WINDOW);
    while (ws > s && ws < exprStart && !isSpace(text.charCodeAt(ws - 1))) ws++;
    while (we < e && we > exprEnd && !isSpace(text.charCodeAt(we))) we--;
    s = ws; e = we;
  }
  if (e <= s || exprEnd <= exprStart) return 'unknown';
  const sentence = text.slice(s, e);
  let toks: TaggedToken[];
  try {
    toks = tag(sentence);
  } catch {
    return 'unknown'; // tense is a hint: never let the tagger take the analysis down
  }
  return tenseFromTokens(toks, sentence, exprStart - s, exprEnd - s);
}
