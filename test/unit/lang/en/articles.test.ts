// Whole articles written for these tests (test/fixtures/), each checked against what a careful reader
// makes of it: the expected values below were worked out from the text and a calendar, not taken from
// the program's output.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, AnalyzeOptions, AnalyzeResult, Entry } from '../../../../src/core';

const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures');

/** [words, type, value, endValue?]: the entry whose words are exactly these (the first, or the n-th with "#n"). */
type Expect = [string, string, string, string?];

function check(name: string, options: AnalyzeOptions, dateline: string, expected: Expect[], notDates: string[]): void {
  describe(`article: ${name}`, () => {
    const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    let r: AnalyzeResult;
    before(() => { r = analyze(text, options); });
    it(`finds the dateline ${dateline}`, () => {
      assert.strictEqual(r.dateline?.value, dateline);
    });
    for (const [words, type, value, endValue] of expected) {
      it(`"${words}" is ${type} ${value}${endValue ? ` – ${endValue}` : ''}`, () => {
        const found: Entry | undefined = r.entries.find((e) => e.text === words);
        assert.ok(found, `no entry "${words}" among ${JSON.stringify(r.entries.map((e) => e.text))}`);
        assert.deepStrictEqual([found.type, found.value, found.endValue], [type, value, endValue]);
      });
    }
    if (notDates.length) it(`gives no date for ${notDates.map((w) => `"${w}"`).join(', ')}`, () => {
      for (const w of notDates) {
        const at = text.indexOf(w);
        assert.ok(at >= 0, `"${w}" is in the article`);
        const hit = r.entries.find((e) => e.start < at + w.length && at < e.end);
        assert.strictEqual(hit, undefined, `"${w}" gave ${JSON.stringify(hit)}`);
      }
    });
  });
}

// A wire story with a dateline that has no year: the year comes from the fallback (the file's date).
// March 12, 2026 is a Thursday, in ISO week 11.
check('port-strike-wire.txt', { fallbackDate: new Date(2026, 2, 12) }, '2026-03-12', [
  ['Wednesday', 'DATE', '2026-03-11'],
  ['March 3', 'DATE', '2026-03-03'],
  ['late on Tuesday', 'DATE', '2026-03-10'],
  ['2026', 'DATE', '2026'],
  ['January 2027', 'DATE', '2027-01'],
  ['the end of next year', 'DATE', '2027'],
  ['last month', 'DATE', '2026-02'],
  ['February', 'DATE', '2026-02'],
  ['April', 'DATE', '2026-04'],
  ['Monday', 'DATE', '2026-03-09'],
  ['the summer of 2019', 'DATE', '2019-SU'],
  ['two weeks', 'DURATION', 'P2W'],
  ['next week', 'DATE', '2026-W12'],
  ['the second quarter', 'DATE', '2026-Q2'],
  ['March 20', 'DATE', '2026-03-20'],
  ['every year in June', 'SET', 'XXXX-06'],
  ['Earlier this week', 'DATE', '2026-W11'],
  // "The following day" is left out: it may follow the vote on March 20 or the minister's words
  // "earlier this week", and a reader cannot tell which.
], ['200 ships', '6.5 percent', '3 percent']);

// Front matter dates a council story of Thursday, Jan. 9, 2025 (ISO week 2).
check('tram-vote.md', {}, '2025-01-09', [
  ['Thursday', 'DATE', '2025-01-09'],
  ['Feb. 4', 'DATE', '2025-02-04'],
  ['2021', 'DATE', '2021'],
  ['December', 'DATE', '2024-12'],
  ['the past two years', 'DURATION', 'P2Y'],
  ['the autumn', 'DATE', '2025-FA'],
  ['last year', 'DATE', '2024'],
  ['2027', 'DATE', '2027'],
  ['Wednesday', 'DATE', '2025-01-08'],
  ['the 1990s', 'DATE', '199'],
  ['the fourth quarter', 'DATE', '2024-Q4'],
  ['2024', 'DATE', '2024'],
  ['next month', 'DATE', '2025-02'],
  ['the spring', 'DATE', '2025-SP'],
  ['Jan. 20', 'DATE', '2025-01-20'],
  ['the week after', 'DATE', '2025-W05'],
  ['Dec. 30', 'DATE', '2024-12-30'],
  ['May 2019', 'DATE', '2019-05'],
  ['every 10 minutes', 'SET', 'PT10M'],
], ['24th Street', 'march ahead', 'may be sold', 'The Sun', '30,000 riders', '40 percent']);

// An airline's results, with an "Updated" line and a byline date: Monday, Oct. 14, 2024, 18:40
// (ISO week 42; the weekend before is Oct. 12-13, week 41).
check('airline-results.txt', {}, '2024-10-14T18:40', [
  ['Monday', 'DATE', '2024-10-14'],
  ['2021', 'DATE', '2021'],
  ['mid-2022', 'DATE', '2022'],
  ['Sept. 30', 'DATE', '2024-09-30'],
  ['the third quarter', 'DATE', '2024-Q3'],
  ['the fourth quarter', 'DATE', '2024-Q4'],
  ['fiscal 2025', 'DATE', '2025'],
  ['Between 2015 and 2020', 'DATE', '2015', '2020'],
  ['January', 'DATE', '2024-01'],
  ['two years ago', 'DATE', '2022'],
  ['9 a.m. on Tuesday', 'TIME', '2024-10-08T09:00'],
  ['from Dec. 15 to Jan. 6', 'DATE', '2024-12-15', '2025-01-06'],
  ['last weekend', 'DATE', '2024-W41-WE'],
  ['the previous week', 'DATE', '2024-W40'],
  ['Nov. 21', 'DATE', '2024-11-21'],
  ['the first half of next year', 'DATE', '2025-H1'],
  ['the summer of 2023', 'DATE', '2023-SU'],
  ['Aug. 4, 2023', 'DATE', '2023-08-04'],
  ['the next morning', 'TIME', '2023-08-05TMO'],
  ['five days', 'DURATION', 'P5D'],
], ['$12 million', '9 percent', '20 jets', '300 flights', '1,500 members', '2-1']);

// A football report full of numbers that are not dates. Feb. 26, 2026 is a Thursday.
check('football-wire.txt', { fallbackDate: new Date(2026, 2, 1) }, '2026-02-26', [
  ['Sunday', 'DATE', '2026-02-22'],
  ['March 8', 'DATE', '2026-03-08'],
  ['2027', 'DATE', '2027'],
  ['72 hours', 'DURATION', 'PT72H'],
  ['May 5', 'DATE', '2026-05-05'],
  ['10:00 GMT tomorrow', 'TIME', '2026-02-27T10:00Z'],
  ['1910', 'DATE', '1910'],
  ['between 4 p.m. and 7 p.m.', 'TIME', '2026-02-26T16:00', '2026-02-26T19:00'],
  ['Black Friday', 'DATE', '2025-11-28'],
  ['from Nov. 29 to Dec. 2', 'DATE', '2025-11-29', '2025-12-02'],
  ['August', 'DATE', '2026-08'],
], ['2-2', 'may march', 'The Sun', '6.7 percent', '61,024', '300 stewards', '74,310', '12th and 90th minutes', '20 times']);

// A Markdown timeline with a BOM and CRLF line ends, dated by its by-line: Monday, April 15, 2024
// (ISO week 16; the weekend before, April 13-14, closes week 15).
check('storm-crlf-bom.md', {}, '2024-04-15', [
  ['Friday', 'DATE', '2024-04-12'],
  ['Saturday night', 'TIME', '2024-04-13TNI'],
  ['Sunday, April 14', 'DATE', '2024-04-14'],
  ['the end of May', 'DATE', '2024-05'],
  ['the weekend', 'DATE', '2024-W15-WE'],
  ['Wednesday', 'DATE', '2024-04-17'],
], ['120 km/h']);

// Half-year results from a wire dateline without a year: Wednesday, Aug. 20, 2025.
check('harbour-results.txt', { fallbackDate: new Date(2025, 7, 21) }, '2025-08-20', [
  ['first-half', 'DATE', '2025-H1'],
  ['Wednesday', 'DATE', '2025-08-20'],
  ['the second quarter', 'DATE', '2025-Q2'],
  ['the six months', 'DURATION', 'P6M'],
  ['June 30', 'DATE', '2025-06-30'],
  // The first half of 2024, strictly; "the six months to June 30" is read as a length, so the year is
  // as fine as the words go.
  ['the same period last year', 'DATE', '2024'],
  ['the April-June quarter', 'DATE', '2025-Q2'],
  ['the prior quarter', 'DATE', '2025-Q1'],
  ['third quarter', 'DATE', '2025-Q3'],
  ['March', 'DATE', '2025-03'],
  ['Q2 2024', 'DATE', '2024-Q2'],
  ['2019', 'DATE', '2019'],
  ['Sept. 3', 'DATE', '2025-09-03'],
  ['Oct. 15', 'DATE', '2025-10-15'],
  ['this year', 'DATE', '2025'],
  ['Tuesday', 'DATE', '2025-08-19'],
], ['14 percent', 'HK$3.2 billion', '20 percent', '1.2 percent']);

// "WASHINGTON (Wire) —" with the date on the next line: Thursday, Oct. 9, 2025.
check('shutdown-wire.txt', {}, '2025-10-09', [
  ['Thursday', 'DATE', '2025-10-09'],
  ['next Tuesday', 'DATE', '2025-10-14'],
  ['The day after tomorrow', 'DATE', '2025-10-11'],
  ['Sept. 30', 'DATE', '2025-09-30'],
  ['last spring', 'DATE', '2025-SP'],
  ['Friday', 'DATE', '2025-10-03'],
  ['mid-2026', 'DATE', '2026'],
  ['the next two years', 'DURATION', 'P2Y'],
  ['the first week of January', 'DATE', '2026-W01'],
  ['the 15th', 'DATE', '2025-10-15'],
  ['November', 'DATE', '2025-11'],
  ['35 days', 'DURATION', 'P35D'],
  ['from Dec. 22 to Jan. 25', 'DATE', '2018-12-22', '2019-01-25'],
], ['3 percent']);

// A long-form story that moves through the years by anaphora. Published Sunday, March 2, 2025.
check('bridge-feature.txt', {}, '2025-03-02', [
  ['1998', 'DATE', '1998'],
  ['March 2011', 'DATE', '2011-03'],
  ['three years later', 'DATE', '2014'],
  ['June 14, 2016', 'DATE', '2016-06-14'],
  ['That evening', 'TIME', '2016-06-14TEV'],
  // June 14, 2016 was a Tuesday in ISO week 24.
  ['The next week', 'DATE', '2016-W25'],
  ['three weeks later', 'DATE', '2016-W28'],
  ['the spring of 2018', 'DATE', '2018-SP'],
  ['the following summer', 'DATE', '2018-SU'],
  ['Jan. 7, 2020', 'DATE', '2020-01-07'],
  ['March', 'DATE', '2020-03'],
  ['Dec. 12, 2023', 'DATE', '2023-12-12'],
  ['more than 25 years', 'DURATION', 'P25Y'],
  ['next January', 'DATE', '2026-01'],
  ['2030', 'DATE', '2030'],
], ['41-12', 'the night before']);

// A by-line date and wire times: Saturday, May 17, 2025.
check('quake-byline.txt', {}, '2025-05-17', [
  ['Saturday', 'DATE', '2025-05-17'],
  ['0314 GMT', 'TIME', '2025-05-17T03:14Z'],
  ['Saturday afternoon', 'TIME', '2025-05-17TAF'],
  ['Monday', 'DATE', '2025-05-19'],
  ['early next week', 'DATE', '2025-W21'],
  ['Late on Friday', 'DATE', '2025-05-16'],
  ['August 2007', 'DATE', '2007-08'],
  ['1400 local time', 'TIME', '2025-05-17T14:00'],
  ['60 days', 'DURATION', 'P60D'],
], ['6.1', '40 km', 'more than 500 people']);

// A court report dated by its "Updated" line: Thursday, Feb. 6, 2025, 17:45.
check('court-report.txt', {}, '2025-02-06T17:45', [
  ['Thursday', 'DATE', '2025-02-06'],
  ['the night of Jan. 5, 2024', 'TIME', '2024-01-05TNI'],
  ['14 hours', 'DURATION', 'PT14H'],
  ['between 9 and 10 p.m.', 'TIME', '2024-01-05T21:00', '2024-01-05T22:00'],
  ['that evening', 'TIME', '2024-01-05TEV'],
  ['the morning of the 6th', 'TIME', '2024-01-06TMO'],
  // Jan. 6, 2024 was a Saturday, in ISO week 1.
  ['later that week', 'DATE', '2024-W01'],
  ['April 17', 'DATE', '2025-04-17'],
  ['30 days', 'DURATION', 'P30D'],
  ['the end of next month', 'DATE', '2025-03'],
], []);

// A company whose fiscal year starts in July: its "fiscal first quarter ended Sept. 30" is July to
// September, the calendar third quarter, and its "second-quarter" October to December, the calendar
// fourth. Thursday, Oct. 30, 2025.
check('fiscal-results.txt', { fallbackDate: new Date(2025, 9, 31) }, '2025-10-30', [
  ['Thursday', 'DATE', '2025-10-30'],
  ['fiscal first quarter', 'DATE', '2025-Q3'],
  ['Sept. 30', 'DATE', '2025-09-30'],
  ['fiscal 2026', 'DATE', '2025-07', '2026-06'],
  ['fiscal 2025', 'DATE', '2024-07', '2025-06'],
  ['June 30', 'DATE', '2025-06-30'],
  ['second-quarter', 'DATE', '2025-Q4'],
  ['late January', 'DATE', '2026-01'],
  ['this year', 'DATE', '2025'],
  ['4 p.m. ET', 'TIME', '2025-10-30T16:00'],
  ['the next 12 months', 'DURATION', 'P12M'],
  ['FY2023', 'DATE', '2022-07', '2023-06'],
], ['18 percent', '$4.1 billion', '2,000 engineers', '31 percent']);

// A tennis preview from a wire dateline without a year: Monday, Jan. 12, 2026.
check('tennis-preview.txt', { fallbackDate: new Date(2026, 0, 12) }, '2026-01-12', [
  ['Monday night', 'TIME', '2026-01-12TNI'],
  ['2023', 'DATE', '2023'],
  ['last January', 'DATE', '2025-01'],
  ['early November', 'DATE', '2025-11'],
  ['Sunday', 'DATE', '2026-01-11'],
  ['a few days', 'DURATION', 'PXD'],
  ['Christmas', 'DATE', '2025-12-25'],
  ['Jan. 25', 'DATE', '2026-01-25'],
  ['a day later', 'DATE', '2026-01-26'],
  ['last year', 'DATE', '2025'],
  ['September', 'DATE', '2025-09'],
], ['24-year-old', 'three sets', 'quarter-final', 'semi-finals']);

// An all-caps web stamp with a weekday and a 12-hour clock, and an update stamp under it: the
// publication is the dateline, Thursday, March 6, 2025, 4:12 p.m. (ISO week 10; next week is 11).
check('caps-stamp-harbour.txt', { fallbackDate: new Date(2025, 2, 8) }, '2025-03-06T16:12', [
  ['FRI, MAR 7, 2025 AT 9:03 AM', 'TIME', '2025-03-07T09:03'],
  ['Wednesday', 'DATE', '2025-03-05'],
  ['April 14', 'DATE', '2025-04-14'],
  ['next week', 'DATE', '2025-W11'],
  ['2019', 'DATE', '2019'],
  ['six weeks', 'DURATION', 'P6W'],
], []);

// A European stamp, day first ("GMT+1", "28 January" and the other numeric date say so): Tuesday,
// 4 February 2025, 09:30. The update stamp at the foot is a time of the text, with its numeric offset.
check('euro-stamp-ferries.txt', { fallbackDate: new Date(2025, 1, 6) }, '2025-02-04T09:30', [
  ['Monday', 'DATE', '2025-02-03'],
  ['three days', 'DURATION', 'P3D'],
  ['10/02/2025', 'DATE', '2025-02-10'],
  ['28 January', 'DATE', '2025-01-28'],
  ['Friday', 'DATE', '2025-02-07'],
  ['04/02/2025 - 14:10 GMT+1', 'TIME', '2025-02-04T14:10+01:00'],
], []);

// A by-line date with its year above a wire dateline without one: the by-line is the dateline
// (Monday, Dec. 2, 2024), though the fallback alone would put "Dec 2" in 2025.
check('byline-over-wire.txt', { fallbackDate: new Date(2026, 0, 5) }, '2024-12-02', [
  ['Dec 2', 'DATE', '2024-12-02'],
  ['Sunday', 'DATE', '2024-12-01'],
  ['March', 'DATE', '2025-03'],
  ['2031', 'DATE', '2031'],
  ['June 2022', 'DATE', '2022-06'],
], []);

// A history told in the past, dated by its front matter (10 June 2024): the years it gives lie centuries
// back and nothing counts from the dateline, so a date without its year belongs to the story's year (the
// latest one given), not to 2024. ISO week 10 of 1790 holds Monday 8 March; "the following week" is 11.
check('history-mill-town.md', {}, '2024-06-10', [
  ['April', 'DATE', '1788-04'],
  ['the end of the summer', 'DATE', '1788-SU'],
  ['12 November', 'DATE', '1788-11-12'],
  ['Three days later', 'DATE', '1788-11-15'],
  ['the winter', 'DATE', '1788-WI'],
  ['8 March', 'DATE', '1790-03-08'],
  ['the following week', 'DATE', '1790-W11'],
  ['the 1820s', 'DATE', '182'],
  ['June of the following year', 'DATE', '1832-06'],
  ['That autumn', 'DATE', '1832-FA'],
  ['March', 'DATE', '1953-03'],
  ['May 1953', 'DATE', '1953-05'],
  ['1 July', 'DATE', '1953-07-01'],
], []);

// An obituary, published Wednesday 4 March 2026: a life told in the past with a present-day death
// ("died on Sunday", the 1st). One day counted from the dateline against six years of the story still
// tells a history: a month or day without its year takes the story's year; what is still to come
// ("planned for the spring") is the dateline's.
check('obituary-boatbuilder.txt', {}, '2026-03-04', [
  ['Sunday', 'DATE', '2026-03-01'],
  ['1949', 'DATE', '1949'],
  ['March', 'DATE', '1949-03'],
  ['that summer', 'DATE', '1949-SU'],
  ['the following year', 'DATE', '1959'],
  ['2 June', 'DATE', '1959-06-02'],
  ['the spring', 'DATE', '2026-SP'],
], ['94', 'eighties']);
