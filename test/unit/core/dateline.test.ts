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
  it('notes that head themselves in lower case: "notes - mon dec 29", a month in lower case only after a weekday', () => {
    check('notes - mon dec 29\n\nbudget story, plan:\n- today: call the clerk', '2025-12-29', 'mon dec 29');
    check('we may go in march 3 times\n\nlater', null);
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

describe('dateline formats of today\'s web and wire copy', () => {
  it('an all-caps stamp with a weekday and a 12-hour clock: "PUBLISHED: THU, MAR 6, 2025 AT 4:12 PM"', () => {
    check('Harbour fees to rise\nPUBLISHED: THU, MAR 6, 2025 AT 4:12 PM\n\nFees rise in May.', '2025-03-06T16:12', 'THU, MAR 6, 2025 AT 4:12 PM');
  });
  it('a CMS line of source, ISO date-time and editor between bars: "Reuters | 2025-10-02T08:45:00Z | Edited by K. Lund"', () => {
    check('Grain exports slow\nReuters | 2025-10-02T08:45:00Z | Edited by K. Lund\n\nWheat shipments fell on Thursday.', '2025-10-02T08:45', '2025-10-02T08:45:00Z');
  });
  it('a European stamp with a dash and a zone, "03/02/2025 - 09:30 GMT+1": the zone makes it day first (3 February)', () => {
    check('Ferry services resume\n03/02/2025 - 09:30 GMT+1\n\nFerries to the islands sailed again on Monday.', '2025-02-03T09:30', '03/02/2025 - 09:30 GMT+1');
  });
  it('a day-first stamp with a comma: "04.03.2025, 11:20"', () => {
    check('Tram line closes\n04.03.2025, 11:20\n\nThe line closes for repairs.', '2025-03-04T11:20', '04.03.2025, 11:20');
  });
  it('"04/06/2025" is read in the article\'s order: day first beside "17/05/2025", month first beside "9:05 AM EDT"', () => {
    check('Hearing adjourned\nPublished: 04/06/2025 | 10:05\n\nThe hearing, first adjourned on 17/05/2025, resumes in July.', '2025-06-04T10:05');
    check('Hearing adjourned\nPosted 04/06/2025 10:05 AM EDT\n\nThe hearing resumes at 9:05 AM EDT on Monday.', '2025-04-06T10:05');
  });
  it('"Issued on: … - 08:05  Modified: … - 12:40": two stamps on one line, the first publication wins', () => {
    check('Bridge reopens\n\nIssued on: 21/11/2025 - 08:05  Modified: 21/11/2025 - 12:40\n\nThe bridge reopened.', '2025-11-21T08:05', '21/11/2025 - 08:05');
  });
  it('"Published … • Updated …": the published time is the dateline, on one line or two', () => {
    check('Storm hits coast\nPublished 9:10 AM EST, Mon February 2, 2026 • Updated 3:30 PM EST, Mon February 2, 2026\n\nBody.', '2026-02-02T09:10');
    // The update stamp sits next to the wire line, and has a time: the publication still wins.
    check('Storm hits coast\nBy Lee Park\nPublished Feb. 2, 2026\nUpdated Feb. 3, 2026, 9:15 a.m. ET\n\nHALIFAX (Dateline Wire) — The storm hit on Sunday.', '2026-02-02');
  });
  it('a by-line date with a year beats a year-less wire dateline beneath it', () => {
    // With the January 2026 fallback, the wire's "Dec 2" alone would be 2 December 2025.
    check('Andes rail link\n\nBy Ana Ruiz | December 2, 2024\n\nLIMA, Dec 2 (Dateline Wire) - Peru signed the rail deal on Monday.', '2024-12-02', 'December 2, 2024');
  });
  it('no year but a weekday: the latest year, not after the fallback, in which the date is that weekday', () => {
    check('Rally in the square\nFriday, June 6\n\nThousands marched.', '2025-06-06');
    // 6 June was a Saturday last in 2020 (2025 Fri, 2024 Thu, 2023 Tue, 2022 Mon, 2021 Sun).
    const d = check('Rally in the square\nSaturday, June 6\n\nThousands marched.', '2020-06-06');
    assert.strictEqual(d!.yearInferred, true);
  });
  it('a date run into the first sentence of the body: "WASHINGTON, March 3 — The Senate …", "March 3, 2025 — The Senate …"', () => {
    check('Budget passes\n\nWASHINGTON, March 3 — The Senate voted on Monday to pass the budget.', '2025-03-03', 'March 3');
    check('Budget passes\n\nMarch 3, 2025 — The Senate voted on Monday to pass the budget.', '2025-03-03', 'March 3, 2025');
  });
  it('wire datelines with a city in any case and no dash, with no city, and with a release wire', () => {
    check('Pune, Nov 4 (PTI) The state government on Tuesday said it would add buses.', '2025-11-04', 'Nov 4');
    check('Nov 4 (Reuters) - Shares of Acme rose on Tuesday.', '2025-11-04', 'Nov 4');
    check('AUSTIN, Texas, Oct. 7, 2025 /PRNewswire/ -- Acme today announced a new plant.', '2025-10-07', 'Oct. 7, 2025');
  });
  it('press releases: "HOUSTON — March 3, 2025 — Acme …", "HOUSTON--(BUSINESS WIRE)--March 3, 2025--Acme …"', () => {
    check('HOUSTON — March 3, 2025 — Acme Corp. today announced quarterly results.', '2025-03-03', 'March 3, 2025');
    check('HOUSTON--(BUSINESS WIRE)--March 3, 2025--Acme Corp. today announced quarterly results.', '2025-03-03', 'March 3, 2025');
  });
  it('"Published 3/3/2025": a numeric date with the same day and month is read either way', () => {
    check('Water rates rise\n\nPublished 3/3/2025\n\nRates rise next month.', '2025-03-03');
  });
  it('a stamp with spaced slashes between its parts: "March 3, 2021 / 2:32 PM / Updated 2 hours ago"', () => {
    check('March 3, 2021 / 2:32 PM / Updated 2 hours ago\n\nThe council met on Tuesday.', '2021-03-03T14:32', 'March 3, 2021 / 2:32 PM');
  });
  it('a newsletter head: "The Evening Wrap | Tuesday, December 9, 2025"', () => {
    check('The Evening Wrap | Tuesday, December 9, 2025\n\nGood evening. Here is the news.', '2025-12-09', 'Tuesday, December 9, 2025');
  });
  it('a reporter\'s note: a year-less numeric date with a weekday, "notes 12/30 (tues)", "desk note — sun 4.01 07:40"', () => {
    check('notes 12/30 (tues)\n\n- call the mayor\n- budget numbers', '2025-12-30', '12/30 (tues)');
    check('desk note — sun 4.01 07:40\n\nmorning all.', '2026-01-04T07:40', 'sun 4.01 07:40');
  });
  it('a year-less numeric date without a weekday is not a dateline: "3/6 of the seats"', () => {
    check('Vote count\n3/6 of the seats\n\nThe vote was close.', null);
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
