import * as assert from 'assert';
import { analyze } from '../../../../../src/core';

// 2025-11-19: the last completed quarter is 2025-Q3.
const found = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value]);
const full = (text: string, dct = '2025-11-19') => analyze(text, { dct }).entries.map((e) => [e.text, e.value, e.endValue, e.mod].filter((x) => x !== undefined));

describe('lang/en/rules/periods', () => {
  describe('split-year', () => {
    it('"2024-25" spans two years; "FY2024" is the fiscal year', () => {
      assert.deepStrictEqual(full('The 2024-25 season was long.'), [['2024-25', '2024', '2025']]);
      assert.deepStrictEqual(found('Spending rose in FY2024.'), [['FY2024', '2024']]);
    });
    it('takes no two years that do not follow each other (structural, in valid)', () => {
      assert.deepStrictEqual(found('The 2024-19 figure is odd.'), []);
    });
  });
  describe('fiscal-months and fiscal quarters', () => {
    // Friday, Jan. 16, 2026: the fiscal year from April 2025 to March 2026 is the current one.
    const text = 'The company, whose fiscal year runs from April to March, reported on Friday. Revenue for the third quarter of the current fiscal rose. Profit in the quarter doubled.';
    it('the months that bound a fiscal year are months of no particular year, and off the timeline', () => {
      const r = analyze(text, { dct: '2026-01-16' });
      assert.deepStrictEqual(r.entries.filter((e) => /^(April|March)$/.test(e.text)).map((e) => [e.text, e.value, e.point]), [['April', 'XXXX-04', undefined], ['March', 'XXXX-03', undefined]]);
      assert.deepStrictEqual(found('Its financial year begins in July.'), [['July', 'XXXX-07']]);
    });
    it('a fiscal quarter that is a calendar quarter takes the calendar quarter\'s value; "the quarter" after it is the same quarter', () => {
      // Fiscal Q3 of an April-March year is October to December 2025.
      assert.deepStrictEqual(found(text, '2026-01-16').slice(3), [['the third quarter of the current fiscal', '2025-Q4'], ['the quarter', '2025-Q4']]);
      assert.deepStrictEqual(found('Its fiscal year runs from April to March. Sales in the first quarter of the next fiscal year will rise.', '2026-01-16').slice(2), [['the first quarter of the next fiscal year', '2026-Q2']]);
    });
    it('a fiscal quarter that is no calendar quarter is its three months', () => {
      assert.deepStrictEqual(full('Its fiscal year begins in February. Sales in the fiscal first quarter rose.').slice(1), [['the fiscal first quarter', '2025-02', '2025-04']]);
    });
  });
  describe('full-year, and fiscal quarters without a year', () => {
    it('"its full-year forecast" is the year reported on', () => {
      assert.deepStrictEqual(found('It raised its full-year forecast on Thursday.', '2024-10-24'), [['full-year', '2024'], ['Thursday', '2024-10-24']]);
    });
    it('a fiscal quarter with no year is of the current fiscal year: "began on April 1 ... the fiscal fourth quarter" in February is January to March', () => {
      const text = 'Its fiscal year began on April 1. Sales should rise in the fiscal fourth quarter and in the third quarter of the fiscal year.';
      assert.deepStrictEqual(found(text, '2026-02-05'), [['April 1', 'XXXX-04-01'], ['the fiscal fourth quarter', '2026-Q1'], ['the third quarter of the fiscal year', '2025-Q4']]);
    });
  });
  describe('season', () => {
    it('"planned for the spring" is the coming spring', () => {
      assert.deepStrictEqual(found('A memorial concert is planned for the spring.', '2025-02-02'), [['the spring', '2025-SP']]);
    });
  });
  describe('month-span-quarter', () => {
    it('"the April-June quarter" is the second quarter', () => {
      assert.deepStrictEqual(found('Sales in the April-June quarter rose.'), [['the April-June quarter', '2025-Q2']]);
    });
    it('"the January-June period" is the first half; "the April-December period" nine months', () => {
      assert.deepStrictEqual(found('Growth in the January-June period was 5 percent.'), [['the January-June period', '2025-H1']]);
      assert.deepStrictEqual(found('For the April-December period, profit rose.'), [['the April-December period', 'P9M']]);
    });
    it('with no tense, a quarter more than half a year ahead is last year\'s: "fourth-quarter" in January', () => {
      assert.deepStrictEqual(found('Returns could weigh on fourth-quarter profits.', '2026-01-05'), [['fourth-quarter', '2025-Q4']]);
    });
    it('"the September quarter" is the quarter that ends in September', () => {
      assert.deepStrictEqual(found('Profit rose in the September quarter.'), [['the September quarter', '2025-Q3']]);
    });
    it('exclusion month-span-quarter-lowercase', () => {
      assert.deepStrictEqual(found('Sales in the april-june quarter rose.'), []);
    });
  });
  describe('quarter and q-number', () => {
    it('a wire headline\'s "3rd-qtr" is the quarter', () => {
      assert.deepStrictEqual(found('Hollister Foods 3rd-qtr profit up 14 pct.'), [['3rd-qtr', '2025-Q3']]);
    });
    it('"the third quarter" in the past tense is this year\'s; with a year, that year\'s', () => {
      assert.deepStrictEqual(found('Profit fell in the third quarter.'), [['the third quarter', '2025-Q3']]);
      assert.deepStrictEqual(found('Profit fell in the first quarter of 2024.'), [['the first quarter of 2024', '2024-Q1']]);
      assert.deepStrictEqual(found('Profit rose in Q2 2024.'), [['Q2 2024', '2024-Q2']]);
    });
  });
  describe('year-ended', () => {
    it('"the year ended Sept. 30" is a twelve-month length, and its last day a date', () => {
      assert.deepStrictEqual(found('Sales rose in the year ended Sept. 30.'), [['the year', 'P1Y'], ['Sept. 30', '2025-09-30']]);
    });
  });
  describe('the-quarter', () => {
    it('"in the quarter" is the last completed quarter; "the year-earlier quarter" a year before it', () => {
      assert.deepStrictEqual(found('Profit rose in the quarter.'), [['the quarter', '2025-Q3']]);
      assert.deepStrictEqual(found('Profit fell from the year-earlier quarter.'), [['the year-earlier quarter', '2024-Q3']]);
    });
    it('exclusion the-quarter-without-the: "each quarter" is no particular quarter (a set)', () => {
      assert.deepStrictEqual(found('Each quarter, the firm reports its sales.'), [['Each quarter', 'P1Q']]);
    });
    it('exclusion the-quarter-without-preposition: "the quarter was full of tourists"', () => {
      assert.deepStrictEqual(found('The quarter was full of tourists.'), []);
    });
    it('exclusion the-quarter-bare-period: "in the period"', () => {
      assert.deepStrictEqual(found('Prices rose in the period.'), []);
    });
    it('exclusion the-quarter-which-without-the: "Latest quarter figures"', () => {
      assert.deepStrictEqual(found('Latest quarter figures disappointed.'), []);
    });
  });
  describe('half and h-number', () => {
    it('"the first half of calendar 1995" is one half-year', () => {
      assert.deepStrictEqual(found('The unit will not carry its weight until the first half of calendar 2027.'), [['the first half of calendar 2027', '2027-H1']]);
    });
    it('"the first half of 2024", "H1 2024"; a future "second half" is this year\'s', () => {
      assert.deepStrictEqual(found('Growth slowed in the first half of 2024.'), [['the first half of 2024', '2024-H1']]);
      assert.deepStrictEqual(found('Profit rose in H1 2024.'), [['H1 2024', '2024-H1']]);
      assert.deepStrictEqual(found('Growth will slow in the second half.'), [['the second half', '2025-H2']]);
    });
    it('exclusion half-of-a-match: "scored in the second half"', () => {
      assert.deepStrictEqual(found('He scored twice in the second half.'), []);
    });
  });
  describe('season', () => {
    it('"the summer of 2019", "in the spring", "late spring"', () => {
      assert.deepStrictEqual(found('The summer of 2019 was hot.'), [['The summer of 2019', '2019-SU']]);
      assert.deepStrictEqual(found('Prices rose in the spring.'), [['the spring', '2025-SP']]);
      assert.deepStrictEqual(full('Rains came in late spring.'), [['late spring', '2025-SP', 'END']]);
    });
    it('exclusion season-of: "the fall of the regime"', () => {
      assert.deepStrictEqual(found('They celebrated the fall of the regime.'), []);
    });
    it('exclusion season-without-preposition: "Winter storms"', () => {
      assert.deepStrictEqual(found('Winter storms closed the roads.'), []);
    });
    it('exclusion season-end-of-without-preposition: "at the end of summer"', () => {
      assert.deepStrictEqual(found('They met at the end of summer.'), []);
    });
    it('exclusion season-capitalised-without-preposition: "the Early Spring range"', () => {
      assert.deepStrictEqual(found('Sales of the Early Spring range fell.'), []);
    });
  });
  describe('decade and century', () => {
    it('"the 1990s", "the \'80s", "the mid-1970s", "the nineties" are decades; "the 1800s" a century', () => {
      assert.deepStrictEqual(found('Music of the 1990s.'), [['the 1990s', '199']]);
      assert.deepStrictEqual(found("He grew up in the '80s."), [["the '80s", '198']]);
      assert.deepStrictEqual(full('He was born in the mid-1970s.'), [['the mid-1970s', '197', 'MID']]);
      assert.deepStrictEqual(found('Prices rose in the nineties.'), [['the nineties', '199']]);
      assert.deepStrictEqual(found('It changed the 1800s.'), [['the 1800s', '18']]);
    });
    it('"the 20th century" is the 1900s', () => {
      assert.deepStrictEqual(found('It was built in the 20th century.'), [['the 20th century', '19']]);
    });
    it('centuries by their ordinal in words, and the part of one in mod: "the start of the eighteenth century"', () => {
      assert.deepStrictEqual(full('Trade grew in the twenty-first century.'), [['the twenty-first century', '20']]);
      assert.deepStrictEqual(full('Decline came with the start of the nineteenth century.'), [['the start of the nineteenth century', '18', 'START']]);
      assert.deepStrictEqual(full('The wars of the early eighteenth century.'), [['the early eighteenth century', '17', 'START']]);
    });
    it('coordinated decades: "the 1880s and \'90s" share the first one\'s century, the next when they would go back', () => {
      assert.deepStrictEqual(found("Through the 1880s and '90s the town grew.", '2025-06-04'), [['the 1880s', '188'], ["'90s", '189']]);
      assert.deepStrictEqual(found("Sales fell in the 1990s and ’00s."), [['the 1990s', '199'], ['’00s', '200']]);
    });
    it('exclusion decade-word-without-the: "Twenty people"', () => {
      assert.deepStrictEqual(found('Twenty people were hurt.'), []);
    });
  });
  describe('the-period and year-end', () => {
    it('"for the year" is the year reported on; "by year-end" the end of this year', () => {
      assert.deepStrictEqual(found('Profit doubled for the year.'), [['the year', '2025']]);
      assert.deepStrictEqual(full('The deal closes by year-end.'), [['year-end', '2025', 'END']]);
    });
  });
});
