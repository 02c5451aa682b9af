import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { tenseAt, tenseStats, Tense } from '../../../../src/core/lang/en/tense';
import { splitSentences } from '../../../../src/core';

const ROOT = path.resolve(__dirname, '../../../../..');

/** The tense governing `expr` (its `occurrence`-th appearance) in a one-sentence text. */
function tenseOf(sentence: string, expr: string, occurrence = 0): Tense {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = sentence.indexOf(expr, at + 1);
  assert.ok(at >= 0, `"${expr}" in "${sentence}"`);
  return tenseAt(sentence, 0, sentence.length, at, at + expr.length);
}

describe('tense: the verb that governs the date', () => {
  // [sentence, expression, expected, why]
  const cases: Array<[string, string, Tense, string]> = [
    ['The prime minister flew to Brussels on Thursday for talks.', 'on Thursday', 'past', 'irregular past "flew"'],
    ['The parliament will debate the bill on Wednesday.', 'on Wednesday', 'future', 'will + verb'],
    ['Workers at the plant have been on strike since Oct. 3.', 'Oct. 3', 'past', 'present perfect reports what has happened'],
    ['The school reopens on Monday after the holiday.', 'on Monday', 'future', 'the present of a timetable'],
    ["The company's chief executive resigned in June, the filing shows.", 'in June', 'past', 'nearest verb before, not "shows" after'],
    ['The government is expected to announce the budget on Tuesday.', 'on Tuesday', 'future', 'is expected to'],
    ['A spokesman said the minister would travel to Kyiv on Friday.', 'on Friday', 'future', '"would": the future of reported speech'],
    ['The minister would have turned 90 on Sunday.', 'on Sunday', 'past', 'would + have + participle'],
    ['Investors are going to watch the jobs report on Friday.', 'on Friday', 'future', 'are going to'],
    ['The match was postponed on Saturday because of heavy rain.', 'on Saturday', 'past', 'was + participle'],
    ['Doctors say the patient may be discharged on Sunday.', 'on Sunday', 'future', '"may" + verb looks forward'],
    ["The agency hasn't published any data since August.", 'since August', 'past', 'negated present perfect'],
    ['The two leaders are scheduled to meet in Geneva on Nov. 21.', 'Nov. 21', 'future', 'are scheduled to'],
    ["Last year's summit, which took place in Lima in November, ended without a deal.", 'in November', 'past', 'relative clause verb'],
    ["We're going to hold a vote on Thursday, the chairman said.", 'on Thursday', 'future', "contracted 're + going to"],
    ["The minister didn't say on Tuesday when the talks would resume.", 'on Tuesday', 'past', 'negated past: did not'],
    ['The museum is due to reopen in spring.', 'in spring', 'future', 'is due to'],
    ['The new line opens to passengers on Dec. 14.', 'Dec. 14', 'future', 'the present of a timetable'],
    ['Tickets go on sale at 9 a.m. on Friday.', '9 a.m. on Friday', 'future', 'the present of a timetable ("go on sale")'],
    ['On Friday, tickets go on sale.', 'On Friday', 'future', 'a timetable with the date before it'],
    ['On the morning of June 8, weavers shut down their looms and walked out.', 'the morning of June 8', 'past', '"shut" is past or present: the past of "walked", coordinated with it'],
    ['Test runs began in late November.', 'late November', 'past', '"runs" before a past verb is the noun of a compound subject'],
    ['Harbor City host Tampa Bay on Wednesday.', 'on Wednesday', 'future', 'a fixture verb the tagger calls a noun, after a team\'s name, is the verb (and "host" a verb of timetables)'],
    ['The Rovers face Leeds on Wednesday.', 'on Wednesday', 'present', 'the same after a plural name (the weekday resolver reads this present forward)'],
    ['The Obama visit on Wednesday drew crowds.', 'on Wednesday', 'past', 'after "the" a singular name and "visit" are a noun phrase'],
    ['The parade, first held in 1976 for the Bicentennial, steps off at 10 a.m. on July 4.', 'July 4', 'unknown', 'a participle phrase set off by commas ("first held in 1976") is no verb of the date (and the tagger takes "steps" for a noun)'],
    ['Mount Kerapang, a volcano in Sulawesi, erupted on Saturday night.', 'Saturday night', 'past', 'a comma that closes an apposition before the main verb'],
    ['Activity rises and falls every 11 years, and on Tuesday scientists said the cycle had peaked.', 'on Tuesday', 'past', 'a date opening a clause after ", and" is that clause\'s verb\'s'],
    ['Roads are expected to stay snow-covered through the weekend.', 'the weekend', 'future', 'a hyphenated participle after "stay" describes; "are expected to" governs'],
    ['Temperatures in the 90s are expected on Tuesday.', 'on Tuesday', 'future', '"are expected on"'],
    ['The launch is scheduled in May.', 'in May', 'future', '"is scheduled in"'],
    ['The house was set on fire in March.', 'in March', 'past', '"set on fire" is no schedule'],
    ['If the talks fail on Monday, the strike will go on.', 'on Monday', 'future', 'the present in an if-clause'],
    ['When the plant opens in March, 200 people will work there.', 'in March', 'future', 'the present in a when-clause'],
    ['Will the Fed cut rates in December?', 'in December', 'future', 'a question: "Will" carries the tense of "cut"'],
    ['Did the bank raise rates in December?', 'in December', 'past', 'a question: "Did" carries the tense of "raise"'],
    ['Will Smith starred in a film released in December.', 'in December', 'past', '"Will" is a name: no question mark'],
    ['The company says it expects profits to fall in March.', 'in March', 'future', 'expects ... to: not a timetable verb'],
    ['Talks collapsed on Friday, and the strike will continue next week.', 'on Friday', 'past', 'first clause'],
    ['Talks collapsed on Friday, and the strike will continue next week.', 'next week', 'future', 'second clause'],
    ['The verdict could come as early as Monday.', 'Monday', 'unknown', '"could": open'],
    ['In 2008, the bank nearly collapsed.', 'In 2008', 'past', 'no verb before: the verb after'],
    ['Engineers had inspected the bridge in April.', 'in April', 'past', 'past perfect'],
    ['The regulator plans to issue its ruling in the first quarter.', 'in the first quarter', 'future', 'plans to (the tagger may call "plans" a noun)'],
    ['The bill, passed by the Senate on Tuesday, now goes to the House.', 'on Tuesday', 'past', 'participle phrase'],
    ['Farmers hope to harvest the crop in September.', 'in September', 'future', 'hope to'],
    ['The ceasefire took effect at midnight on Sunday.', 'on Sunday', 'past', 'irregular past "took"'],
    ['The president is set to sign the order on Monday.', 'on Monday', 'future', 'is set to'],
    ['The firm cut 500 jobs in May.', 'in May', 'past', '"cut" after a singular subject is past ("cuts" would be present); "May" is the month'],
    ['Gold prices hit a record high on Monday.', 'on Monday', 'unknown', '"hit" after a plural subject may be past or present'],
    ['Asked whether he would resign, he said on Wednesday that he would not.', 'on Wednesday', 'past', '"said", not the "would" before it'],
    ['Sales are likely to pick up in December.', 'in December', 'future', 'are likely to'],
    ['The minister will have left office by March.', 'by March', 'future', 'future perfect'],
    ['Rescuers were still searching for survivors on Tuesday.', 'on Tuesday', 'past', 'past progressive'],
    ['The board must approve the deal by Friday.', 'by Friday', 'future', '"must" + verb looks forward'],
    ['The agreement shall enter into force on Jan. 1, 2026.', 'Jan. 1, 2026', 'future', 'shall'],
    ['The festival takes place every year in August.', 'in August', 'present', 'habitual present'],
    ['Officials said that on Monday the border will reopen.', 'on Monday', 'future', 'the date opens the "that" clause'],
    ['The company may have known about the flaw in 2019.', 'in 2019', 'past', 'modal + have + participle'],
    ['Shares of the bank fell on Monday; they are expected to recover by the end of the month.', 'by the end of the month', 'future', 'after ";"'],
    ["The union said it won't call off the strike before Christmas.", 'before Christmas', 'future', "won't"],
    ['On Friday, the government planned to raise taxes.', 'On Friday', 'past', 'a date before the group dates the planning'],
    ['The company has scheduled a news conference Thursday.', 'Thursday', 'future', 'an arranged event'],
    ['The union called a strike for Monday.', 'Monday', 'future', 'called ... for'],
    ['The mayor called a press conference on Monday.', 'on Monday', 'past', 'called ... on: may date the call'],
    ['The exchange said trading is to resume Tuesday.', 'Tuesday', 'future', 'is to + verb'],
    ['The bank’s board won’t meet until Dec. 3.', 'Dec. 3', 'future', 'curly apostrophes'],
    ['It’s set to open on Monday.', 'on Monday', 'future', "curly 's + set to"],
    ['The board agreed to sell the unit in February.', 'in February', 'past', '"agreed to" dates the agreeing: the sale may be done or not, the report is of the past'],
    ['The union decided to strike in March.', 'in March', 'past', '"decided to" is a past decision, not a plan still to come'],
    ['The defending champions play again on Saturday.', 'on Saturday', 'future', 'a fixture: the present of a timetable'],
    ['Northwind, which publishes its figures on March 3, declined to comment.', 'March 3', 'future', 'a company that publishes on a date: a timetable'],
    ['The leaders meet again on Thursday.', 'on Thursday', 'future', 'meet: a timetable'],
    ['Heavy snow expected Wednesday night as the storm moves east', 'Wednesday night', 'future', 'a participle of expectation right before the date (a forecast)'],
    ['Roads will be icy, with the worst conditions expected during the Thursday morning commute.', 'Thursday morning', 'future', 'expected + preposition + the date'],
    ['A memorial service planned at the university for Saturday was canceled.', 'Saturday', 'past', 'a plan far from its date, overtaken: "was canceled"'],
    ['The newly elected mayor takes office in January.', 'in January', 'present', '"newly elected" is an adjective: "takes" governs, not a past'],
    ['Try the recently opened gallery on Sunday.', 'on Sunday', 'present', '"recently opened" is an adjective: the imperative governs, not a past'],
    ['In March, weeks after the Brown v. Board Supreme Court ruling, the school board voted to integrate.', 'In March', 'past', 'a word of a case name ("Board") is no verb: "voted" governs'],
    ['In May, a year after the Roe vs. Wade Supreme Court anniversary, a clinic reopened.', 'In May', 'past', '"Wade" between "vs." and a name is part of it'],
    ['Heavy rain expected Friday evening into Saturday', 'Saturday', 'future', 'the second date of what is expected'],
    ['- copy desk needs the layout by 10am sat for sunday', 'sunday', 'present', '"sat" after a clock time is Saturday, not a past verb'],
    ['- heat: met office amber warning from noon mon to 6pm tues', 'noon mon', 'unknown', '"met office" in lower case is the Met Office, not a past verb'],
    ['the met police said arrests were made on sunday', 'on sunday', 'past', '"met police" is a name: "said" and "were made" date it'],
    ['Network Rail said the fault was not connected to the switch on Sunday.', 'on Sunday', 'past', 'a word the tagger calls a verb after "the" ("switch") is a noun'],
    ['In a televised address Friday, the president described the entry as historic.', 'Friday', 'past', '"televised" after "a" is an adjective and "address" a noun: "described" governs'],
    ['Talks are due to resume at 10:00 GMT on 11 November.', '11 November', 'future', 'the colon of a clock joined to the date by "on" is no clause break'],
    ['The minister met officials on Monday.', 'on Monday', 'past', '"met" before another noun is still the past of "meet"'],
    ['Rail strike off for Wednesday, the union confirmed.', 'Wednesday', 'unknown', 'what was said, parted by a comma from the verb of saying: its tense does not date it'],
    ['On Sunday, police and federal agents said they had found the car.', 'On Sunday', 'past', 'a date opening the sentence dates the saying'],
  ];
  for (const [sentence, expr, want, why] of cases) {
    it(`${want}: "${expr}" in "${sentence}" (${why})`, () => {
      assert.strictEqual(tenseOf(sentence, expr), want);
    });
  }

  it('a sentence is read on its own, not with its neighbours', () => {
    const text = 'The council will vote next week. Its members met on Monday. Mr. Li said the plan is set to pass.';
    const at = text.indexOf('on Monday');
    const [s, e] = splitSentences(text).find(([a, b]) => a <= at && at < b)!;
    assert.strictEqual(text.slice(s, e), 'Its members met on Monday.');
    assert.strictEqual(tenseAt(text, s, e, at, at + 'on Monday'.length), 'past');
  });

  it('tags a sentence once, however many dates it holds', () => {
    const sentence = 'The strike began on Oct. 2 and will end on Nov. 15, the union said in a statement issued on Sunday.';
    const before = tenseStats.tagged;
    const t1 = tenseOf(sentence, 'Oct. 2');
    const t2 = tenseOf(sentence, 'Nov. 15');
    const t3 = tenseOf(sentence, 'on Sunday');
    assert.deepStrictEqual([t1, t2, t3], ['past', 'future', 'past']);
    assert.strictEqual(tenseStats.tagged - before, 1);
  });

  it('keeps at most 256 sentences in its cache', () => {
    for (let i = 0; i < 300; i++) tenseOf(`Exports rose ${i} percent on Monday.`, 'on Monday');
    assert.ok(tenseStats.cached <= 256, `${tenseStats.cached} cached`);
  });

  it('cuts a very long sentence to a window around the expression', () => {
    const filler = 'the committee, which represents growers, packers, shippers, exporters and the regional farm bureau, ';
    const sentence = `Officials ${filler.repeat(8)}will meet on Monday with ${filler.repeat(8)}and the ministers.`;
    assert.ok(sentence.length > 1500);
    assert.strictEqual(tenseOf(sentence, 'on Monday'), 'future');
  });

  it('gives unknown for a sentence without a verb, and for empty bounds', () => {
    assert.strictEqual(tenseOf('Monday, Nov. 17.', 'Nov. 17'), 'unknown');
    assert.strictEqual(tenseAt('On Monday', 5, 5, 3, 9), 'unknown');
    assert.strictEqual(tenseAt('', 0, 0, 0, 0), 'unknown');
  });

  it('loads the tagger on first use, not on import', () => {
    const mod = path.join(ROOT, 'out/src/core/lang/en/tense.js');
    assert.ok(fs.existsSync(mod), mod);
    const out = execFileSync(process.execPath, ['-e', `
      const t = require(${JSON.stringify(mod)});
      const before = t.tenseStats.loaded || Object.keys(require.cache).some((k) => k.includes('wink'));
      t.tenseAt('They met on Monday.', 0, 19, 8, 17);
      console.log(JSON.stringify({ before, after: t.tenseStats.loaded }));`], { cwd: ROOT }).toString();
    assert.deepStrictEqual(JSON.parse(out), { before: false, after: true });
  });
});

