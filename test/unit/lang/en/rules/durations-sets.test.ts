import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

// 2025-11-19 is a Wednesday, in ISO week 47.
const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
const withMod = (text: string) => analyze(text, { dct: '2025-11-19' }).entries.map((e) => [e.text, e.value, e.mod]);
const withFreq = (text: string) => analyze(text, { dct: '2025-11-19' }).entries.map((e) => [e.text, e.value, e.quant, e.freq]);

describe('lang/en/rules/durations-sets', () => {
  describe('set: "three nights a week"', () => {
    it('is a week with the number of times in freq', () => {
      assert.deepStrictEqual(analyze('He works three nights a week.', { dct: '2025-11-19' }).entries.map((e) => [e.text, e.value, e.freq]), [['three nights a week', 'P1W', '3X']]);
    });
  });
  describe('duration: "a second"', () => {
    it('is one second as a length, not the ordinal before a noun', () => {
      assert.deepStrictEqual(analyze('For a second, nothing moved. A second later the roof fell.', { dct: '2025-11-19' }).entries.map((e) => e.text), ['a second', 'A second']);
      assert.deepStrictEqual(analyze('The city was besieged for a second time and funds a second expedition.', { dct: '2025-11-19' }).entries, []);
    });
  });
  describe('in-n-units', () => {
    it('a future "in two weeks" is a date that far ahead, at the unit\'s grain; a past one a length of time', () => {
      assert.deepStrictEqual(found('The school will reopen in two weeks.'), [['two weeks', '2025-W49']]);
      assert.deepStrictEqual(found("Results are due in three months' time."), [["three months' time", '2026-02']]);
      assert.deepStrictEqual(found('They built it in two weeks.'), [['two weeks', 'P2W']]);
    });
  });
  describe('fraction-duration', () => {
    it('a fraction of a unit is the length it is: "half a century", "nearly a quarter of a century", "half an hour"', () => {
      assert.deepStrictEqual(withMod('The feud lasted half a century.'), [['half a century', 'P50Y', undefined]]);
      assert.deepStrictEqual(withMod('She worked there for nearly a quarter of a century.'), [['nearly a quarter of a century', 'P25Y', 'APPROX']]);
      assert.deepStrictEqual(withMod('The wait was half an hour.'), [['half an hour', 'PT30M', undefined]]);
    });
    it('"half a century ago" is the year that far back', () => {
      assert.deepStrictEqual(found('Half a century ago, the dam was built.'), [['Half a century ago', '1975']]);
    });
  });
  describe('unit-range-start, unit-range-end', () => {
    it('a range of lengths is two expressions, the first number with the unit after the second', () => {
      assert.deepStrictEqual(found('Miners worked 10-12 hours a day.'), [['10', 'PT10H'], ['12 hours', 'PT12H']]);
      assert.deepStrictEqual(found('The ban will last three to five years.'), [['three', 'P3Y'], ['five years', 'P5Y']]);
      assert.deepStrictEqual(found('The work took between two and four weeks.'), [['two', 'P2W'], ['four weeks', 'P4W']]);
    });
    it('is no range without "between" before "and", nor when the second number is not the larger', () => {
      assert.deepStrictEqual(found('They have two and four year old sons.'), []);
      assert.deepStrictEqual(found('The score was 3-1 after 90 minutes.'), [['90 minutes', 'PT90M']]);
    });
  });
  describe('duration', () => {
    it('a length in two units is one: "14 hours and 22 minutes", "three years and six months", "1 hour 20 minutes"', () => {
      assert.deepStrictEqual(found('She swam the channel in 14 hours and 22 minutes.'), [['14 hours and 22 minutes', 'PT14H22M']]);
      assert.deepStrictEqual(found('He served three years and six months, then 1 hour 20 minutes of questions.'), [['three years and six months', 'P3Y6M'], ['1 hour 20 minutes', 'PT1H20M']]);
    });
    it('"a year" that ends a range of lengths is a length: "another six months to a year"', () => {
      assert.deepStrictEqual(found('The peak could last another six months to a year.'), [['another six months', 'P6M'], ['a year', 'P1Y']]);
    });
    it('but not two lengths, nor a length and a rate: "between three days and three weeks", "three nights a week"', () => {
      assert.deepStrictEqual(found('Each measure lasted between three days and three weeks.'), [['three days', 'P3D'], ['three weeks', 'P3W']]);
      assert.deepStrictEqual(found('The hall hosted bands three nights a week.'), [['three nights a week', 'P1W']]);
    });
    it('"six weeks", "the past two months", "two-year", "for a year" are lengths of time', () => {
      assert.deepStrictEqual(found('The strike lasted for six weeks.'), [['six weeks', 'P6W']]);
      assert.deepStrictEqual(found('Sales rose in the past two months.'), [['the past two months', 'P2M']]);
      assert.deepStrictEqual(found('It is a two-year deal.'), [['two-year', 'P2Y']]);
      assert.deepStrictEqual(found('He stayed for a year.'), [['a year', 'P1Y']]);
    });
    it('keeps approximators and quantifiers in the span and in mod: "about 11 hours", "under a minute"', () => {
      assert.deepStrictEqual(withMod('The jury deliberated for about 11 hours.'), [['about 11 hours', 'PT11H', 'APPROX']]);
      assert.deepStrictEqual(withMod('The build finishes in under a minute.'), [['under a minute', 'PT1M', 'LESS_THAN']]);
      assert.deepStrictEqual(withMod('Talks have stalled for nearly two years.'), [['nearly two years', 'P2Y', 'APPROX']]);
      assert.deepStrictEqual(withMod('The sites open for no more than 60 days.'), [['no more than 60 days', 'P60D', 'EQUAL_OR_LESS']]);
      assert.deepStrictEqual(withMod('He ran it in a little over four hours.'), [['a little over four hours', 'PT4H', 'MORE_THAN']]);
    });
    it('leaves out "over" when it is the preposition: "a rise over 24 months", "over the past year"', () => {
      assert.deepStrictEqual(withMod('Pay will rise 6% over 24 months.'), [['24 months', 'P24M', undefined]]);
      assert.deepStrictEqual(withMod('Sales grew over the past year.'), [['the past year', 'P1Y', undefined]]);
    });
    it('values halves in the next smaller unit ("a year and a half" P1Y6M, as TBAQ writes "2 1/2 years" P2Y6M); a week keeps its fraction', () => {
      assert.deepStrictEqual(found('For a year and a half, the families waited.'), [['a year and a half', 'P1Y6M']]);
      assert.deepStrictEqual(found('She spoke for an hour and a half.'), [['an hour and a half', 'PT1H30M']]);
      assert.deepStrictEqual(found('The repair took three and a half weeks.'), [['three and a half weeks', 'P3.5W']]);
      assert.deepStrictEqual(found('A pilot landed within a minute and a half.'), [['a minute and a half', 'PT1M30S']]);
    });
    it('an adjectival unit leaves the noun\'s "the" out: "the 14-day waiting period", "a five-year plan"', () => {
      assert.deepStrictEqual(found('The government called the 14-day waiting period unfair.'), [['14-day', 'P14D']]);
      assert.deepStrictEqual(found('It unveiled a five-year plan.'), [['five-year', 'P5Y']]);
      assert.deepStrictEqual(found('Delegates left the two day rally early.'), [['two day', 'P2D']]);
    });
    it('"a century", "a month" after a cue of length ("take", "give it")', () => {
      assert.deepStrictEqual(found('What used to take a century now takes a decade.'), [['a century', 'P1CE'], ['now', 'PRESENT_REF'], ['a decade', 'P1DE']]);
      assert.deepStrictEqual(found('Give it a month, the coach said.'), [['a month', 'P1M']]);
    });
    it('leaves out "last" when it is the verb: "will last 60 days"', () => {
      assert.deepStrictEqual(found('The talks will last 60 days.'), [['60 days', 'P60D']]);
    });
    it('exclusion duration-title: not "60 Minutes", a title', () => {
      assert.deepStrictEqual(found('He was interviewed on 60 Minutes last night.'), [['last night', '2025-11-18TNI']]);
    });
    it('exclusion duration-a-unit-without-cue: not "a day to remember"', () => {
      assert.deepStrictEqual(found('It was a day to remember.'), []);
    });
    it('exclusion duration-quarter-fraction: "a quarter of all shares" is a fraction, not three months', () => {
      assert.deepStrictEqual(found('The funds hold more than a quarter of all shares.'), []);
      assert.deepStrictEqual(found('Three quarters of the staff left.'), []);
      assert.deepStrictEqual(found('Sales fell for three quarters in a row.'), [['three quarters', 'P3Q']]);
      assert.deepStrictEqual(found('The firm turned a profit after several quarters of losses.'), [['several quarters', 'PXQ']]);
    });
  });
  describe('unit-length', () => {
    it('"decades-long", "day-long", "yearlong", "another year", "all day" are lengths with no number', () => {
      assert.deepStrictEqual(found('They ended a decades-long feud after a day-long meeting.'), [['decades-long', 'PXDE'], ['day-long', 'P1D']]);
      assert.deepStrictEqual(found('A yearlong inquiry followed.'), [['yearlong', 'P1Y']]);
      assert.deepStrictEqual(found('Nobody wanted another year of deadlock.'), [['another year', 'P1Y']]);
      assert.deepStrictEqual(found('The crews worked all day.'), [['all day', 'P1D']]);
    });
  });
  describe('described-unit', () => {
    it('reads one described day or month as a length, the unit alone in the span', () => {
      assert.deepStrictEqual(found('Home after a very long day at work.'), [['day', 'P1D']]);
      assert.deepStrictEqual(found('It has been a wonderful month, thanks all!'), [['month', 'P1M']]);
      assert.deepStrictEqual(found('We had a lazy day shopping.'), [['day', 'P1D']]);
    });
    it('leaves a characterised day and a noun\'s modifier alone', () => {
      assert.deepStrictEqual(found('It is a great day for the country.'), []);
      assert.deepStrictEqual(found('They set up a rainy day fund.'), []);
    });
  });

  describe('vague-duration', () => {
    it('"for decades", "take years", "in recent years", "the coming days", "the weeks ahead" are lengths of unstated size', () => {
      assert.deepStrictEqual(found('The regime has ruled for decades.'), [['decades', 'PXDE']]);
      assert.deepStrictEqual(found('It may take years.'), [['years', 'PXY']]);
      assert.deepStrictEqual(found('Prices have risen in recent years.'), [['recent years', 'PXY']]);
      assert.deepStrictEqual(found('Officials will decide in the coming days.'), [['the coming days', 'PXD']]);
      assert.deepStrictEqual(found('Funds face more selling in the weeks ahead.'), [['the weeks ahead', 'PXW']]);
      assert.deepStrictEqual(found('Over the years, the town grew.'), [['the years', 'PXY']]);
    });
    it('"minutes before the call" is a length before an event; "in the weeks before the vote" is no length', () => {
      assert.deepStrictEqual(found('His car left minutes before the first call.'), [['minutes', 'PTXM']]);
      assert.deepStrictEqual(found('In the weeks before the vote, polls moved.'), []);
      // A number before the unit: not a count-less "DAYS".
      assert.ok(!found('THEY PLAYED 2015 DAYS BEFORE MY BIRTHDAY.').some((e) => e[0] === 'DAYS'));
    });
  });
  describe('set', () => {
    it('"every fortnight", "on weekends", "in the afternoons" repeat', () => {
      assert.deepStrictEqual(found('Volunteers checked the traps every fortnight.'), [['every fortnight', 'P2W']]);
      assert.deepStrictEqual(found('She worked alone on weekends and only in the afternoons.'), [['weekends', 'XXXX-WXX-WE'], ['the afternoons', 'XXXX-XX-XXTAF']]);
    });
    it('"every hour", "every min", "every decade" repeat by the unit', () => {
      assert.deepStrictEqual(withFreq('Trains run every hour.'), [['every hour', 'PT1H', 'EVERY', undefined]]);
      assert.deepStrictEqual(withFreq('Every min counts.'), [['Every min', 'PT1M', 'EVERY', undefined]]);
      assert.deepStrictEqual(withFreq('A census is held every decade.'), [['every decade', 'P1DE', 'EVERY', undefined]]);
    });
    it('"every Monday", "twice a day", "every other year", "trades daily" repeat', () => {
      assert.deepStrictEqual(found('The board meets every Monday.'), [['every Monday', 'XXXX-WXX-1']]);
      assert.deepStrictEqual(found('Pills are taken twice a day.'), [['twice a day', 'P1D']]);
      assert.deepStrictEqual(found('Elections are held every other year.'), [['every other year', 'P2Y']]);
      assert.deepStrictEqual(found('The shop trades daily in Paris.'), [['daily', 'P1D']]);
    });
    it('"every Tuesday evening" is one set; "every morning" a part of any day; "nightly" every night', () => {
      assert.deepStrictEqual(withFreq('The club meets every Tuesday evening.'), [['every Tuesday evening', 'XXXX-WXX-2TEV', 'EVERY', undefined]]);
      assert.deepStrictEqual(withFreq('They text each other every morning.'), [['every morning', 'XXXX-XX-XXTMO', 'EVERY', undefined]]);
      assert.deepStrictEqual(found('The night buses run nightly.'), [['nightly', 'XXXX-XX-XXTNI']]);
    });
    it('gives the number of times as freq: "three times a week" 3X, "biannually" 2X', () => {
      assert.deepStrictEqual(withFreq('Pills are taken three times a week.'), [['three times a week', 'P1W', undefined, '3X']]);
      assert.deepStrictEqual(withFreq('Pills are taken twice a day.'), [['twice a day', 'P1D', undefined, '2X']]);
      assert.deepStrictEqual(withFreq('The report is published biannually.'), [['biannually', 'P1Y', undefined, '2X']]);
    });
    it('gives no set for "the Daily Mail", a name after a capitalised word (the check kept in valid)', () => {
      assert.deepStrictEqual(found('He read the Daily Mail.'), []);
    });
    it('exclusion set-lowercase-weekday: not "every sun" in edited copy; "every sunday" is Sundays', () => {
      assert.deepStrictEqual(found('The panels follow every sun and cloud.'), []);
      assert.deepStrictEqual(found('They sang every sunday.'), [['every sunday', 'XXXX-WXX-7']]);
    });
    it('exclusion set-adverb-before-noun: not "a daily horoscope"; but "his weekly radio address" is his habit', () => {
      assert.deepStrictEqual(found('The paper printed a daily horoscope.'), []);
      assert.deepStrictEqual(found('He spoke in his weekly radio address.'), [['weekly', 'P1W']]);
    });
    it('exclusion set-quarterly-before-noun: not "its quarterly dividend"', () => {
      assert.deepStrictEqual(found('The firm raised its quarterly dividend.'), []);
    });
    it('exclusion set-adverb-before-name: not "the business daily Nikkei"', () => {
      assert.deepStrictEqual(found('The business daily Nikkei reported the deal.'), []);
    });
    it('exclusion set-the-daily: not "the financial daily", a newspaper', () => {
      assert.deepStrictEqual(found('The report ran in the financial daily.'), []);
    });
  });
  describe('set-weekdays', () => {
    it('a plural weekday is a habit: "on Wednesdays", "Tuesday nights"', () => {
      assert.deepStrictEqual(found('Patch releases usually ship on Wednesdays.'), [['Wednesdays', 'XXXX-WXX-3']]);
      assert.deepStrictEqual(found('Flights leave on Tuesday nights.'), [['Tuesday nights', 'XXXX-WXX-2TNI']]);
    });
    it('exclusion set-weekdays-lowercase: not "mondays"', () => {
      assert.deepStrictEqual(found('Nobody likes mondays.'), []);
    });
  });
  describe('set-weekday-list', () => {
    it('reads each weekday of a list after "every" as a set', () => {
      assert.deepStrictEqual(found('The club trains every Monday, Wednesday and Friday.'), [['every Monday', 'XXXX-WXX-1'], ['Wednesday', 'XXXX-WXX-3'], ['Friday', 'XXXX-WXX-5']]);
    });
    it('leaves a weekday after a list that no "every" opens as a day', () => {
      assert.deepStrictEqual(found('The club met on Monday, Wednesday and Friday.').map(([, v]) => v).some((v) => /XXXX/.test(v as string)), false);
    });
  });

  describe('set-rate', () => {
    it('"480 deaths a day", "29,000 jobs a month", "3% a year": a rate after a quantity', () => {
      assert.deepStrictEqual(found('The disease causes about 480 deaths a day.'), [['a day', 'P1D']]);
      assert.deepStrictEqual(found('Employers added 29,000 jobs a month.'), [['a month', 'P1M']]);
      assert.deepStrictEqual(found('Rents rose 3% a year.'), [['a year', 'P1Y']]);
    });
    it('notes\' "a yr", "a wk": the same rates', () => {
      assert.deepStrictEqual(found('rent up 3% a yr, 2 bags collected a wk'), [['a yr', 'P1Y'], ['a wk', 'P1W']]);
    });
    it('not a speed ("2 inches per hour"), nor a length ("for a year", "24 hours a day")', () => {
      assert.deepStrictEqual(found('Snow fell at 2 inches per hour.'), []);
      assert.deepStrictEqual(found('He paid 500 dollars for a year.'), [['a year', 'P1Y']]);
    });
  });
  describe('set-nth-weekday', () => {
    it('"the first Monday of every month" repeats, and puts no Monday on the timeline', () => {
      assert.deepStrictEqual(found('The council meets on the first Monday of every month.'), [['the first Monday of every month', 'P1M']]);
      assert.deepStrictEqual(analyze('Markets close early on the last Friday of each month.', { dct: '2025-11-19' }).entries.map((e) => [e.type, e.quant]), [['SET', 'EACH']]);
    });
  });
  describe('set-month', () => {
    it('"every June" comes back every year', () => {
      assert.deepStrictEqual(found('She visits every June.'), [['every June', 'XXXX-06']]);
    });
    it('exclusion set-month-lowercase: not "every june"', () => {
      assert.deepStrictEqual(found('She visits every june.'), []);
    });
  });
  describe('set-every-n', () => {
    it('"every 10 minutes" repeats', () => {
      assert.deepStrictEqual(found('The bus comes every 10 minutes.'), [['every 10 minutes', 'PT10M']]);
    });
    it('exclusion set-every-vague-count: "every few minutes" is no set (only "few minutes" remains)', () => {
      assert.deepStrictEqual(found('The bus comes every few minutes.'), [['few minutes', 'PTXM']]);
    });
  });

  describe('informal units', () => {
    it('reads "hrs", "wks" and "yrs"', () => {
      assert.deepStrictEqual(found('waited 2 hrs, then 6 wks, then 4 yrs'), [['2 hrs', 'PT2H'], ['6 wks', 'P6W'], ['4 yrs', 'P4Y']]);
    });
    it('reads a unit run on to its number: "3hrs", "1.5hrs", "12days"', () => {
      assert.deepStrictEqual(found('queued 3hrs, drove 1.5hrs, away 12days'), [['3hrs', 'PT3H'], ['1.5hrs', 'PT1H30M'], ['12days', 'P12D']]);
    });
    it('leaves a hashtag alone: "#10yrs"', () => {
      assert.deepStrictEqual(found('Still running it! #10yrs'), []);
    });
  });
});
