// TEMPORARY placeholder (the real tagger-based module is being written): crude tense guess.
export type Tense = 'past' | 'present' | 'future' | 'unknown';
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) { if (!m[0].length) { re.lastIndex++; continue; } out.push([m.index, m.index + m[0].length]); }
  return out;
}
export function tenseAt(text: string, s: number, e: number, _a: number, _b: number): Tense {
  const t = text.slice(s, e);
  if (/\b(will|'ll|going to|plans to|is set to|scheduled)\b/i.test(t)) return 'future';
  if (/\b\w+ed\b|\b(said|was|were|met|held|made|rose|fell)\b/i.test(t)) return 'past';
  return 'unknown';
}
