/**
 * A skeleton second language for the tests: a few German rules, handed to the same engine. It shows
 * that a language is a folder (its tables, rules, exclusions, cues and words), not a fork of the
 * engine. It is deliberately small: today/yesterday/tomorrow, weekdays, "3. März 2024" and ISO dates.
 */
import type { Language, Rule } from '../../../src/core/language';
import { addDays, isValidYmd, Point, weekday } from '../../../src/core/calendar';
import { formatPoint } from '../../../src/core/timex';

const MONATE = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
const TAGE = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const E = '(?![A-Za-zÄÖÜäöüß0-9])';
const B = '(?<![A-Za-zÄÖÜäöüß0-9])';

const deiktisch: Rule = {
  name: 'deiktisch',
  triggers: ['deiktisch'],
  re: new RegExp(`${B}(?<wort>heute|gestern|morgen|vorgestern|übermorgen)${E}`, 'giu'),
  resolve(m, ctx) {
    const w = m.groups!.wort.toLowerCase();
    const off = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 }[w as 'heute'];
    return { type: 'DATE', point: { g: 'day', ...addDays(ctx.ref, off) }, anchor: 'dateline', explanation: `${w}, von ${ctx.refName} aus gezählt.` };
  },
};

const wochentag: Rule = {
  name: 'wochentag',
  triggers: ['wochentag'],
  re: new RegExp(`${B}(?:(?<rel>letzten|nächsten)\\s+)?(?<tag>${TAGE.join('|')})${E}`, 'giu'),
  resolve(m, ctx) {
    const wd = TAGE.indexOf(m.groups!.tag.toLowerCase());
    const back = (weekday(ctx.ref) - wd + 7) % 7, fwd = (wd - weekday(ctx.ref) + 7) % 7;
    const rel = m.groups!.rel?.toLowerCase();
    const d = rel === 'nächsten' ? fwd || 7 : rel === 'letzten' ? -(back || 7) : ctx.direction() > 0 ? fwd : -back;
    return { type: 'DATE', point: { g: 'day', ...addDays(ctx.ref, d) }, anchor: 'dateline', explanation: 'Ein Wochentag.' };
  },
};

const datum: Rule = {
  name: 'datum',
  triggers: ['monat', 'digit4'],
  re: new RegExp(`${B}(?:(?<tag>\\d{1,2})\\.\\s*(?<monat>${MONATE.join('|')})(?:\\s+(?<jahr>\\d{4}))?|(?<iy>\\d{4})-(?<im>\\d\\d)-(?<id>\\d\\d))${E}`, 'giu'),
  resolve(m, ctx) {
    const g = m.groups!;
    const y = g.iy ? +g.iy : g.jahr ? +g.jahr : ctx.ref.y, mo = g.iy ? +g.im : MONATE.indexOf(g.monat.toLowerCase()) + 1, d = g.iy ? +g.id : +g.tag;
    if (!isValidYmd(y, mo, d)) return null;
    const point: Point = { g: 'day', y, m: mo, d };
    return { type: 'DATE', point, anchor: g.iy || g.jahr ? 'absolute' : 'dateline', explanation: `Ein Datum: ${formatPoint(point)}.` };
  },
};

export const deutsch: Language = {
  code: 'de',
  triggers: { deiktisch: ['heute', 'gestern', 'morgen', 'vorgestern', 'übermorgen'], wochentag: TAGE, monat: MONATE, digit4: [] },
  rules: [datum, wochentag, deiktisch],
  holidays: new Map([['neujahr', { fixed: [1, 1] }], ['ostermontag', { paschal: 1 }]]),
  exclusions: [
    // "Guten Morgen" is a greeting, not tomorrow.
    { name: 'gruss', example: 'Guten Morgen, Berlin!', rules: ['deiktisch'], before: [7, /guten\s+$/i] },
  ],
  isCapitalised: (w) => w[0] !== w[0].toLowerCase(),
  letters: 'A-Za-zÄÖÜäöüß',
  numberTriggers: (_text, start, end) => (end - start === 4 ? ['digit4'] : []),
  cues: { deadline: /\b(?:bis)\s+$/i, forward: /\b(?:ab)\s+$/i, backward: /\b(?:seit)\s+$/i, timeThenDay: /^\s*,?\s*(?:am\s+)?$/i, timeRestated: /^\s*\(\s*$/, stampAfter: /^[ \t]*(?:\r?\n|[—–-][ \t])/, attribution: /\b(?:sagte|laut)\b/i, saying: /\b(?:sagte|teilte mit)\s+(?:am\s+)?$/i },
  ranges: { gap: /^\s*(?:-|–|bis)\s*$/i, andGap: /^\s+und\s+$/i, between: /\bzwischen\s+$/i, from: /\bvom\s+$/i, toOnly: /^\s*bis\s*$/i, opener: /(zwischen|vom)\s+$/i, coordination: /^(?:\s*,\s*|,?\s+(?:und|oder)\s+)$/i, lengthGap: /^,?[ \t]+(?:und[ \t]+)?$/i },
  sentences: { abbrevTight: /(?:^|[^\w.])(?:Dr|Nr|Str|ca)\.$/, abbrevLoose: /(?:^|[^\w.])(?:z\.B|usw)\.$/, nextWord: /^\s*["„(]*([A-Za-zÄÖÜäöüß]+)/, starters: new Set(['der', 'die', 'das']), isCapitalised: (w) => w[0] !== w[0].toLowerCase() },
  dateline: {
    dateInLine: /(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?![0-9])/g,
    cue: /\b(?:veröffentlicht|aktualisiert)\b\s*:?/i, updateCue: /aktualisiert/i, publishCue: /veröffentlicht/i,
    agency: /\((?:dpa|AFP|Reuters)\)/, cityPrefix: /^\s{0,4}[A-ZÄÖÜ][A-ZÄÖÜ -]{2,30}\s{0,4}[,(]/, wireBefore: /^\s{0,4}[A-ZÄÖÜ][A-ZÄÖÜ -]{2,30},\s{0,4}$/, wireAfter: /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]/,
    byline: /^\s*Von\s+[^|]{2,60}\|/, frontMatterKeys: ['datum', 'date'], monthNumber: (w) => MONATE.indexOf(w.toLowerCase()) + 1,
  },
  tense: (text, s, e) => (/\bwird\b|\bwerden\b/i.test(text.slice(s, e)) ? 'future' : /\bwar\b|\bhat\b|\bhaben\b/i.test(text.slice(s, e)) ? 'past' : 'unknown'),
  refName: (k) => (k === 'fallback' ? 'dem Ersatzdatum' : 'der Datumszeile'),
  explainRange: (s) => `Ein Zeitraum. ${s}`,
  explainLength: (w) => `Eine Dauer (${w}).`,
  explainLiveBlog: () => 'Ein Live-Blog.',
  explainSharedYear: (y) => `Kein Jahr angegeben: ${y}, wie beim verbundenen Datum.`,
  describe: {
    point: (p) => formatPoint(p),
    range: (a, b) => `${formatPoint(a)} – ${formatPoint(b)}`,
    value: (v) => v,
    monthGroup: (y, m) => `${MONATE[m - 1]} ${y}`,
    mod: () => undefined,
    secondary: () => undefined,
    checks: { tense: 'Richtung aus der Zeitform', inferredYear: 'Jahr erschlossen', previous: 'vom Datum davor gezählt', ambiguous: 'Zahlendatum, in beide Richtungen lesbar', fallback: 'beruht auf dem Ersatzdatum' },
    corrected: (was) => `Von Ihnen berichtigt${was ? `; gelesen war ${was}` : ''}.`,
  },
  exportText: {
    datelineLine: (w) => `Datumszeile: ${w}`, noDatelineLine: (w) => `Keine Datumszeile; Bezug ${w}`, noDatelineSentence: (w) => `Keine Datumszeile: Bezug ${w}.`,
    truncated: (a, b) => `Nur ${a} von ${b}.`, csvHeader: ['beginn', 'ende', 'wert', 'endwert', 'worte', 'körnung', 'ausdruck', 'satz', 'zeile', 'hinweise', 'erklärung', 'berichtigung'],
    headline: (w, s) => `${w}: ${s}`,
    icsLeftOut: (n) => `${n} ausgelassen.`, icsNoEvents: 'Keine Termine.', title: (n) => `Zeitleiste: ${n}`, markdownHeader: ['Datum', 'Ausdruck', 'Satz', 'Zeile'], correctedNote: '✎ Von Hand berichtigt.', correction: (was) => `berichtigt (gelesen war ${was ?? 'kein Datum'})`,
  },
};
