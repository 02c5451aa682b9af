// usage: node scripts/tml2jsonl.js DIR > out.jsonl (test/eval-sets/README.md)
// Each DIR/*.tml: line 1 = JSON header {"id","dct","fallback"}; the rest = article text with
// <TIMEX3 type="DATE" value="2025-11-18" mod="APPROX">words</TIMEX3> and <DL>dateline date words</DL>.
const fs = require('fs'), path = require('path');
const dir = process.argv[2];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.tml')).sort()) {
  const raw = fs.readFileSync(path.join(dir, f), 'utf8');
  const nl = raw.indexOf('\n');
  const head = JSON.parse(raw.slice(0, nl));
  let src = raw.slice(nl + 1), text = '', timexes = [], dateline, t = 0;
  const re = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>|<DL>([\s\S]*?)<\/DL>/g;
  let last = 0, m;
  while ((m = re.exec(src))) {
    text += src.slice(last, m.index);
    last = re.lastIndex;
    if (m[3] !== undefined) { dateline = { start: text.length, end: text.length + m[3].length }; text += m[3]; continue; }
    const attrs = {}; m[1].replace(/(\w+)="([^"]*)"/g, (_, k, v) => { attrs[k] = v; });
    if (!attrs.type || attrs.value === undefined) throw new Error(f + ': timex without type/value: ' + m[0]);
    const tx = { start: text.length, end: text.length + m[2].length, text: m[2], type: attrs.type, value: attrs.value, tid: 't' + (++t) };
    if (attrs.mod) tx.mod = attrs.mod;
    if (attrs.quant) tx.quant = attrs.quant;
    if (attrs.freq) tx.freq = attrs.freq;
    if (/<|>/.test(m[2])) throw new Error(f + ': nested tag in ' + m[0]);
    timexes.push(tx); text += m[2];
  }
  text += src.slice(last);
  if (/<\/?(TIMEX3|DL)/.test(text)) throw new Error(f + ': unmatched tag');
  const o = { id: head.id || f.replace(/\.tml$/, ''), dct: head.dct, text, timexes };
  if (head.fallback) o.fallback = head.fallback;
  if (dateline) o.dateline = dateline;
  process.stdout.write(JSON.stringify(o) + '\n');
}
