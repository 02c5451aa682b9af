import * as assert from 'assert';
import { english } from '../../../src/core';
import { excludes, select } from '../../../src/core/candidates';
import type { Exclusion } from '../../../src/core/language';

const match = (re: RegExp, text: string) => { const r = new RegExp(re.source, re.flags.replace('g', '')); const m = r.exec(text)!; return m; };

describe('core/candidates: the filter stage and the selection', () => {
  const re = /(?<mod>early\s+)?(?<month>march|May)\b/i;
  it('an exclusion fires only when all its conditions hold', () => {
    const text = 'they will march ahead';
    const m = match(re, text);
    const x = (o: Partial<Exclusion>): Exclusion => ({ name: 't', example: '', rules: ['r'], ...o });
    const at = (e: Exclusion) => excludes(e, m, m.index, m.index + m[0].length, text, english);
    assert.ok(at(x({ lowercase: ['month'] })));
    assert.ok(at(x({ lowercase: ['month'], after: [6, /^\s+ahead/] })));
    assert.ok(!at(x({ lowercase: ['month'], after: [6, /^\s+behind/] })));
    assert.ok(!at(x({ when: ['mod'] })));
    assert.ok(at(x({ unless: ['mod'], before: [5, /will\s$/] })));
    assert.ok(!at(x({ beforeNot: [5, /will\s$/] })));
    assert.ok(at(x({ group: ['month', /^march$/] })) && !at(x({ group: ['mod', /./] })));
    assert.ok(at(x({ around: [10, /will march ahead/] })) && !at(x({ aroundNot: [10, /ahead/] })));
    assert.ok(at(x({ text: /^march$/ })) && !at(x({ textNot: /^march$/ })));
  });
  it('keeps the longest candidates that do not overlap, the earlier rule at equal length, in text order', () => {
    const c = (start: number, end: number, prio: number) => ({ start, end, prio, rule: `r${prio}`, resolve: () => null });
    // The longest wins whatever its rule; a shorter one overlapping it is dropped.
    assert.deepStrictEqual(select([c(0, 5, 3), c(0, 9, 5), c(2, 9, 1), c(10, 12, 2), c(11, 14, 4)], 20).map((x) => [x.start, x.end, x.prio]), [[0, 9, 5], [11, 14, 4]]);
    // At equal length, the earlier rule.
    assert.deepStrictEqual(select([c(10, 12, 2), c(10, 12, 0), c(3, 4, 7)], 20).map((x) => [x.start, x.end, x.prio]), [[3, 4, 7], [10, 12, 0]]);
  });
});
