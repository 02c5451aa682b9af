/**
 * Negative cases: text that looks like dates to a pattern and is not one to a reader. Each
 * exclusion's own example is checked in exclusions.test.ts; these are whole sentences, end to end.
 */
import * as assert from 'assert';
import { analyze } from '../../../../src/core';

function valueOf(text: string, expr: string, dct: string): string | undefined {
  return analyze(text, { dct }).entries.find((e) => e.text === expr)?.value;
}

describe('analyze: a date word in a name is a date when the name is an event held that day', () => {
  it('"Sunday Mass" and "the Friday Talk" keep their day', () => {
    assert.strictEqual(valueOf('In his Sunday Mass, the cardinal spoke of peace.', 'Sunday', '2025-11-19'), '2025-11-16');
    assert.strictEqual(valueOf('The Friday Talk drew a big crowd.', 'Friday', '2025-11-19'), '2025-11-14');
  });
  it('a weekday before a function word of a title-case headline is still the day', () => {
    assert.strictEqual(valueOf('Union Called Strike Friday After Talks Failed', 'Friday', '2025-11-19'), '2025-11-14');
  });
});

describe('analyze: non-dates never appear', () => {
  const traps = [
    'Officials may decide to raise the rate.',
    'The unions will march ahead with the protest.',
    'The Sun newspaper reported the story.',
    'The meeting drew 300 delegates and 1,500 workers.',
    'Inflation reached 6.7 percent.',
    'The match ended in a 2-2 draw.',
    'He attended the 24th Meeting of the Council.',
    'Shares rose 1/2 to 7/8 in heavy trading.',
    'The show 60 Minutes aired a report.',
    // names that hold a date word (a capitalised word that is no date word follows)
    'She writes a column for the Sunday Times.',
    'The film Friday Night Lights was remade for television.',
    'Saturday Night Live opened with a sketch.',
    'The Tuesday Club gathers at the Wednesday Café.',
    'The concert moved to the August Hall.',
    'Thousands joined the March for Our Lives in the capital.',
    // titles in quotes
    'The band closed with "Manic Monday" and an encore.',
    // greetings
    'Merry Christmas from everyone at the paper.',
    // a quarter of a game
    'The Lions scored 14 points in the second quarter.',
    // version numbers
    'Ubuntu 24.04 and Python 3.12 are supported in version 2.1.',
  ];
  for (const t of traps) {
    it(JSON.stringify(t), () => {
      assert.deepStrictEqual(analyze(t, { dct: '2025-11-19' }).entries.map((e) => e.text), []);
    });
  }
});

describe('analyze: words that look like dates but name something else', () => {
  const dct = '2025-11-19';
  const none = (t: string) => assert.deepStrictEqual(analyze(t, { dct }).entries.map((e) => e.text), [], t);
  it('"the party daily Granma" is a newspaper; "High Noon" a film; "USA Today" a paper', () => {
    none('The Communist Party daily Granma praised the harvest.');
    none('He quoted the film High Noon at length.');
    none('The poll was run by USA Today.');
  });
  it('"today\'s youth" and "the cities of tomorrow" are ages, not days', () => {
    none('Such worries are common among today\'s youth.');
    none('Planners dream of the cities of tomorrow.');
    assert.strictEqual(valueOf('Today\'s meeting was cancelled.', 'Today', dct), '2025-11-19');
  });
  it('"Easter Island", "the Easter Rising" and "Independence Day star Jeff Goldblum" are names', () => {
    none('Easter Island is remote.');
    none('Christmas Island lies south of Java.');
    none('Independence Day star Jeff Goldblum spoke.');
    assert.strictEqual(valueOf('Shops close on Christmas Day.', 'Christmas Day', dct), '2025-12-25');
  });
  it('"the day before authorities issued a warrant" counts from an event, not a date ("a day after he left" is the length "a day")', () => {
    none('The day before authorities issued a warrant, the suspect fled.');
    assert.deepStrictEqual(analyze('A day after he left the party, he joined another.', { dct }).entries.map((e) => [e.text, e.type, e.value]), [['A day', 'DURATION', 'P1D']]);
    assert.strictEqual(valueOf('The vote was on Nov. 3. The day before, ministers met.', 'The day before', dct), '2025-11-02');
  });
});


describe('negative cases: lower-case and look-alike words across the rules', () => {
  const none = (t: string) => assert.deepStrictEqual(analyze(t, { dct: '2025-11-19' }).entries.map((e) => e.text), [], t);
  it('names, verbs and counts that hold a month, weekday or unit word', () => {
    none('Officials say the sun may rise earlier in the valley.');
    none('Bloody Sunday is remembered in Derry.');
    none('Super Tuesday voters turned out.');
    none('The 24th Meeting of the Parties opened.');
    none('The bakery on Mayday Street opened.');
    none('A daily newspaper ran the story.');
    none('They said 5 may 5 be between the two.');
  });
});
