import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

// 2025-11-19 is a Wednesday, in ISO week 47.
const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);

describe('lang/en/rules/durations-sets', () => {
  describe('in-n-units', () => {
    it('a future "in two weeks" is a date that far ahead, at the unit\'s grain; a past one a length of time', () => {
      assert.deepStrictEqual(found('The school will reopen in two weeks.'), [['two weeks', '2025-W49']]);
      assert.deepStrictEqual(found("Results are due in three months' time."), [["three months' time", '2026-02']]);
      assert.deepStrictEqual(found('They built it in two weeks.'), [['two weeks', 'P2W']]);
    });
  });
  describe('duration', () => {
    it('"six weeks", "the past two months", "two-year", "for a year" are lengths of time', () => {
      assert.deepStrictEqual(found('The strike lasted for six weeks.'), [['six weeks', 'P6W']]);
      assert.deepStrictEqual(found('Sales rose in the past two months.'), [['the past two months', 'P2M']]);
      assert.deepStrictEqual(found('It is a two-year deal.'), [['two-year', 'P2Y']]);
      assert.deepStrictEqual(found('He stayed for a year.'), [['a year', 'P1Y']]);
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
  });
  describe('vague-duration', () => {
    it('"for decades" and "take years" are lengths of time; "in recent years" is the past', () => {
      assert.deepStrictEqual(found('The regime has ruled for decades.'), [['decades', 'PXDE']]);
      assert.deepStrictEqual(found('It may take years.'), [['years', 'PXY']]);
      assert.deepStrictEqual(found('Prices have risen in recent years.'), [['recent years', 'PAST_REF']]);
    });
  });
  describe('set', () => {
    it('"every Monday", "twice a day", "every other year", "trades daily" repeat', () => {
      assert.deepStrictEqual(found('The board meets every Monday.'), [['every Monday', 'XXXX-WXX-1']]);
      assert.deepStrictEqual(found('Pills are taken twice a day.'), [['twice a day', 'P1D']]);
      assert.deepStrictEqual(found('Elections are held every other year.'), [['every other year', 'P2Y']]);
      assert.deepStrictEqual(found('The shop trades daily in Paris.'), [['daily', 'P1D']]);
    });
    it('gives no set for "the Daily Mail", a name after a capitalised word (the check kept in valid)', () => {
      assert.deepStrictEqual(found('He read the Daily Mail.'), []);
    });
    it('exclusion set-lowercase-weekday: not "every sunday"', () => {
      assert.deepStrictEqual(found('They sang every sunday.'), []);
    });
    it('exclusion set-adverb-before-noun: not "a quarterly dividend"', () => {
      assert.deepStrictEqual(found('The firm pays a quarterly dividend.'), []);
    });
    it('exclusion set-adverb-before-name: not "the business daily Nikkei"', () => {
      assert.deepStrictEqual(found('The business daily Nikkei reported the deal.'), []);
    });
    it('exclusion set-the-daily: not "the financial daily", a newspaper', () => {
      assert.deepStrictEqual(found('The report ran in the financial daily.'), []);
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
  });
});
