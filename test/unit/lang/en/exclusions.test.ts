/**
 * Every negative rule of the English pack is live and does what its example says: on its example,
 * one of its rules matches and the exclusion throws that match out, so no entry of that rule covers it.
 */
import * as assert from 'assert';
import { english } from '../../../../src/core';
import { excludes } from '../../../../src/core/candidates';

describe('lang/en exclusions', () => {
  it('have unique names, examples, and rules that exist', () => {
    const names = new Set<string>();
    const rules = new Set(english.rules.map((r) => r.name));
    for (const x of english.exclusions) {
      assert.ok(!names.has(x.name), `two exclusions named ${x.name}`);
      names.add(x.name);
      assert.ok(x.example.trim(), `${x.name} has no example`);
      for (const r of x.rules) assert.ok(rules.has(r), `${x.name}: no rule ${r}`);
    }
  });
  for (const x of english.exclusions) {
    it(`${x.name}: keeps "${x.example}" out`, () => {
      let fired = false;
      for (const rule of english.rules.filter((r) => x.rules.includes(r.name))) {
        const re = new RegExp(rule.re.source, rule.re.flags);
        for (let m = re.exec(x.example); m !== null; m = re.exec(x.example)) {
          if (m[0].length === 0) { re.lastIndex++; continue; }
          if (excludes(x, m, m.index, m.index + m[0].length, x.example, english)) fired = true;
        }
      }
      assert.ok(fired, `${x.name} does not fire on its example`);
    });
  }
});
