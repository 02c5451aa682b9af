import * as assert from 'assert';
import { compileTriggers, maskOf, scanParagraphs } from '../../../src/core/scan';

const tables = { month: ['march', 'may', 'sept'], unit: ['week*', 'day', 'days'], phrase: ['end of the year'], year4: [] };
const numbers = (_t: string, s: number, e: number) => (e - s === 4 ? ['year4'] : []);
const T = compileTriggers(tables, 'A-Za-z', numbers);
const masks = (text: string) => scanParagraphs(text, T).paragraphs.map((p) => p.mask);

describe('core/scan: the one trigger pass', () => {
  it('finds words whole, prefixes with their endings, case-insensitively, paragraph by paragraph', () => {
    const [m, u, ph, y] = ['month', 'unit', 'phrase', 'year4'].map((t) => maskOf(T, [t]));
    assert.deepStrictEqual(masks('In MARCH it rained.\n\nTwo weeks later.\n\n  \n\nNothing here.'), [m, u, 0, 0]); // (white space between blank lines is a paragraph of its own)
    assert.deepStrictEqual(masks('Maybe the mayor marched.'), [0]); // "may", "march" are whole words only
    assert.deepStrictEqual(masks('a weekly paper'), [u]); // "week*" is a prefix
    assert.deepStrictEqual(masks('by the end of\nthe year 2024'), [ph | y]); // a phrase across a line break
    assert.deepStrictEqual(masks('Sept. 4'), [m]);
  });
  it('classes runs of digits by the language, and knows every table it was given', () => {
    const y = maskOf(T, ['year4']);
    assert.deepStrictEqual(masks('in 2024, not 123 or 12345'), [y]);
    assert.throws(() => maskOf(T, ['nosuchtable']), /unknown trigger table/);
  });
  it('gives every paragraph its own offset and text', () => {
    const text = 'One.\n\nTwo.\r\n\r\nThree.';
    const { paragraphs } = scanParagraphs(text, T);
    assert.deepStrictEqual(paragraphs.map((p) => text.slice(p.start, p.start + p.text.length)), ['One.', 'Two.\r', 'Three.']);
  });
});

describe('core/scan: the trie-shaped pattern finds what a plain list of words would', () => {
  it('gives the same paragraph masks as the words tried one by one, longest first, on the English tables', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { english } = require('../../../src/core') as typeof import('../../../src/core');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('fs') as typeof import('fs'), path = require('path') as typeof import('path');
    const compiled = compileTriggers(english.triggers, english.letters, english.numberTriggers);
    const words = [...compiled.bits.keys()].sort((a, b) => b.length - a.length);
    const prefixes = new Set(Object.values(english.triggers).flat().filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1).toLowerCase()));
    const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const plain = { ...compiled, re: new RegExp(`(?<![A-Za-z])(?:${words.map((w) => esc(w) + (prefixes.has(w) ? '' : '(?![A-Za-z])')).join('|')})|\\d+`, 'gi') };
    const root = path.resolve(__dirname, '../../../..');
    const texts = fs.readdirSync(path.join(root, 'test/fixtures')).map((f) => fs.readFileSync(path.join(root, 'test/fixtures', f), 'utf8'));
    const tbaq = path.join(root, '..', 'shared', 'corpora', 'tempeval3-tbaq.jsonl');
    if (fs.existsSync(tbaq)) for (const l of fs.readFileSync(tbaq, 'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text);
    for (const t of texts) {
      const a = scanParagraphs(t, compiled).paragraphs.map((p) => p.mask);
      const b = scanParagraphs(t, plain).paragraphs.map((p) => p.mask);
      assert.deepStrictEqual(a, b);
    }
  });
});
