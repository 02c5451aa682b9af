import * as assert from 'assert';
import { isInformal } from '../../../../src/core/lang/en/informal';

describe('lang/en/informal', () => {
  it('takes notes whose lines start in lower case for informal text', () => {
    assert.ok(isInformal('- call the clerk re: minutes\n- lunch w/ sam\n- Budget numbers'));
  });
  it('takes chat with a lower-case "i" for informal text', () => {
    assert.ok(isInformal('@sam friday i cant make it lol'));
  });
  it('takes edited copy for edited copy, abbreviations and all', () => {
    assert.ok(!isInformal('Acme Inc. said on Monday that profits rose. The U.S. unit did well. Shares fell.'));
    assert.ok(!isInformal('``We will keep going ... as long as it takes,\'\' the mayor said.'));
  });
  it('skips handles, tags and links at a sentence start', () => {
    assert.ok(!isInformal('@sam #news Great game tonight! http://t.co/x Wow.'));
  });
});
