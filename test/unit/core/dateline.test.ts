import * as assert from 'assert';
import { detectDateline, analyze } from '../../../src/core';

const FALLBACK = new Date(2026, 0, 5); // 5 January 2026

function check(text: string, value: string | null, expectText?: string) {
  const d = detectDateline(text, FALLBACK);
  if (value === null) {
    assert.strictEqual(d, null, `no dateline expected, got ${JSON.stringify(d)}`);
    return null;
  }
  assert.ok(d, 'a dateline');
  assert.strictEqual(d!.value, value);
  assert.strictEqual(text.slice(d!.start, d!.end), d!.text, 'offsets point at the text');
  if (expectText !== undefined) assert.strictEqual(d!.text, expectText);
  return d!;
}

describe('dateline formats', () => {
  it('time, date: "08:19, November 19, 2025"', () => {
    check('Cooperation to expand\n\nChina Daily) 08:19, November 19, 2025\n\nPremier Li on Monday said ...', '2025-11-19T08:19', '08:19, November 19, 2025');
  });
  it('wire dateline without a year: "MOSCOW, Nov 18 (Reuters) -" takes the latest Nov 18 not after the fallback', () => {
    const d = check('MOSCOW, Nov 18 (Reuters) - Russia said on Tuesday it would expand trade with China.', '2025-11-18', 'Nov 18');
    assert.strictEqual(d!.yearInferred, true);
    assert.strictEqual(d!.source, 'text');
  });
  it('year inference never goes past the fallback: "Dec 30" with a January fallback is last year', () => {
    check('LONDON, Dec 30 (Reuters) - Markets closed early.', '2025-12-30');
  });
  it('"BEIJING, Jan. 7, 2025 (Xinhua) --"', () => {
    check('BEIJING, Jan. 7, 2025 (Xinhua) -- China on Tuesday announced new rules.', '2025-01-07', 'Jan. 7, 2025');
  });
  it('"WASHINGTON (AP) —" with a date line nearby', () => {
    check('Storm hits coast\n\nWASHINGTON (AP) —\nMarch 3, 2024\n\nA storm hit the coast on Sunday.', '2024-03-03');
  });
  it('"Published 12 February 2024"', () => {
    check('Rail fares to rise\nPublished 12 February 2024\n\nFares will rise in March.', '2024-02-12', '12 February 2024');
  });
  it('"Updated 4:12 PM EDT, August 30, 2023"', () => {
    check('Fire in the hills\nUpdated 4:12 PM EDT, August 30, 2023\n\nCrews fought the fire overnight.', '2023-08-30T16:12');
  });
  it('"Tuesday 4 June 2024 17.00 BST"', () => {
    check('Rail strike called off\nTuesday 4 June 2024 17.00 BST\n\nUnions said on Monday ...', '2024-06-04T17:00');
  });
  it('"By … | April 15, 2024"', () => {
    check('Budget talks stall\nBy Jane Doe | April 15, 2024\n\nTalks stalled on Friday.', '2024-04-15', 'April 15, 2024');
  });
  it('front matter "date: 2024-04-15"', () => {
    const text = '---\ntitle: Council votes\ndate: 2024-04-15\n---\n\nThe council voted on Monday.';
    const d = check(text, '2024-04-15', '2024-04-15');
    assert.strictEqual(d!.source, 'front-matter');
  });
  it('front matter with a time and quotes', () => {
    check('---\ntitle: "X"\npublished: "2024-04-15T09:30:00Z"\n---\nBody', '2024-04-15T09:30');
  });
  it('a bare ISO date on its own line', () => {
    check('Water rates\n2024-04-15\n\nRates rise next month.', '2024-04-15');
  });
  it('"Nov. 18, 2025 / 4:05 PM": a date and a time split by a slash', () => {
    check('Water rates rise\n\nNov. 18, 2025 / 4:05 PM\n\nRates rise next month.', '2025-11-18T16:05');
  });
  it('numeric datelines: "19.11.2025 08:19" (day first), "Last updated: 19/11/2025", "Posted 11/19/2025 at 8:19 AM"', () => {
    check('Water rates rise\n\n19.11.2025 08:19\n\nRates rise next month.', '2025-11-19T08:19');
    check('Water rates rise\n\nLast updated: 19/11/2025\n\nRates rise next month.', '2025-11-19');
    check('Water rates rise\n\nPosted 11/19/2025 at 8:19 AM\n\nRates rise next month.', '2025-11-19T08:19');
  });
  it('Markdown emphasis around a by-line or cue: "_By Jane Doe | April 15, 2024_", "**Updated:** June 1, 2024"', () => {
    check('# Water rates rise\n\n_By Jane Doe | April 15, 2024_\n\nRates rise next month.', '2024-04-15');
    check('# Water rates rise\n\n**Updated:** June 1, 2024\n\nRates rise next month.', '2024-06-01');
  });
  it('"Published 4/5/2025" could be April 5 or May 4: no dateline rather than a guess', () => {
    assert.strictEqual(detectDateline('Water rates rise\n\nPublished 4/5/2025\n\nRates rise next month.', new Date(2025, 10, 20)), null);
  });
});

describe('dateline rules', () => {
  it('a date in a headline is not the dateline', () => {
    check('Remembering Sept 11, 2001\n\nPublished Sept 11, 2021\n\nTwenty years ago, ...', '2021-09-11');
  });
  it('a date in a sentence of the body is not a dateline', () => {
    check('The talks began on March 3, 2024, and went on for weeks after that, officials said.', null);
  });
  it('"Published" beats "Updated"', () => {
    check('Story\nUpdated March 5, 2024\nPublished March 4, 2024\n\nBody.', '2024-03-04');
  });
  it('an impossible date is rejected', () => {
    check('Feb 30, 2024\n\nThe market fell.', null);
  });
  it('CRLF and a BOM: offsets still index the original string', () => {
    const text = '\ufeffMOSCOW, Nov 18 (Reuters) -\r\nRussia said on Tuesday ...';
    const d = check(text, '2025-11-18');
    assert.strictEqual(d!.start, text.indexOf('Nov 18'));
  });
  it('no dateline in an empty or binary text', () => {
    check('', null);
    check('\u0000\u0001\u0002garbage\u0000', null);
  });
  it('only the head is read: a date far down does not count', () => {
    check('Title\n\n' + 'A line of body text without dates.\n'.repeat(40) + 'March 3, 2024\n', null);
  });
});

describe('analyze uses the dateline', () => {
  it('a given dct skips detection', () => {
    const r = analyze('BEIJING, Jan. 7, 2025 (Xinhua) -- China on Tuesday said ...', { dct: '2024-01-01' });
    assert.strictEqual(r.dateline!.source, 'given');
  });
  it('"on Tuesday" resolves against the detected wire dateline', () => {
    const r = analyze('BEIJING, Jan. 7, 2025 (Xinhua) -- China on Monday announced new rules.');
    assert.strictEqual(r.dateline!.value, '2025-01-07');
    assert.strictEqual(r.entries.find((e) => e.text === 'Monday')!.value, '2025-01-06');
  });
});
