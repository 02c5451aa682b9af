import * as assert from 'assert';
import { analyzeArticle, Correction, timelineItems, TimelineItem } from '../../../src/core';
import { parseCorrectionInput } from '../../../src/core/lang/en/reference';
import { exportTimeline } from '../../../src/core/lang/en/words';

const TEXT = [
  'LONDON, March 14, 2024 (Dateline Wire) - The minister resigned on Monday after the vote.',
  '',
  'Talks will resume on Thursday, officials said. The 24th Meeting of the council is in May.',
].join('\n');

const items = (m: ReturnType<typeof analyzeArticle>['model']): TimelineItem[] => timelineItems(m);
/** The correction a reader makes of the entry whose words are `words` (as the extension builds it from the panel's item). */
function correctionOf(text: string, words: string, value?: string, endValue?: string): Correction {
  const it = items(analyzeArticle(text, undefined, '2024-03-14').model).find((i) => i.text === words);
  assert.ok(it, `an entry "${words}"`);
  return { words: it.text.replace(/\s+/g, ' '), sentence: it.sentence, at: it.highlight[0], ...(value ? { value } : {}), ...(endValue ? { endValue } : {}) };
}

describe('corrections', () => {
  it('a corrected value replaces what the rules read, says what they had read, and needs no checking', () => {
    const before = items(analyzeArticle(TEXT, undefined, '2024-03-14').model).find((i) => i.text === 'Monday')!;
    // Monday before Thursday 14 March 2024 is 11 March; the reader says it was the 4th.
    assert.strictEqual(before.value, '2024-03-11');
    const c = correctionOf(TEXT, 'Monday', '2024-03-04');
    const out = analyzeArticle(TEXT, undefined, '2024-03-14', [c]);
    const it = items(out.model).find((i) => i.text === 'Monday')!;
    assert.strictEqual(it.value, '2024-03-04');
    assert.strictEqual(it.words, 'Mon 4 Mar 2024');
    assert.strictEqual(it.mark, 'corrected');
    assert.deepStrictEqual(it.corrected, { was: 'Mon 11 Mar 2024' });
    assert.deepStrictEqual(it.checks, []);
    assert.match(it.explanation, /Corrected by you; Dateline had read Mon 11 Mar 2024/);
    assert.deepStrictEqual(out.corrections, { kept: [c], dropped: [] });
    const e = out.result.entries.find((x) => x.text === 'Monday')!;
    assert.strictEqual(e.reason, 'corrected');
  });

  it('"not a date" removes the entry', () => {
    const c = correctionOf(TEXT, 'May');
    const out = analyzeArticle(TEXT, undefined, '2024-03-14', [c]);
    assert.ok(!out.result.entries.some((e) => e.text === 'May'));
    assert.ok(out.result.entries.some((e) => e.text === 'Monday'), 'the other entries stay');
  });

  it('a range: start and end values, and the entry is a range in words', () => {
    const c = correctionOf(TEXT, 'Thursday', '2024-03-21', '2024-03-22');
    const it = items(analyzeArticle(TEXT, undefined, '2024-03-14', [c]).model).find((i) => i.text === 'Thursday')!;
    assert.strictEqual(it.value, '2024-03-21');
    assert.strictEqual(it.endValue, '2024-03-22');
    assert.strictEqual(it.words, '21–22 Mar 2024');
  });

  it('survives edits elsewhere: text added before the sentence moves it, not the correction', () => {
    const c = correctionOf(TEXT, 'Monday', '2024-03-04');
    const edited = TEXT.replace('Talks will resume', 'A new paragraph came first.\n\nTalks will resume').replace('LONDON', 'LONDON (UK)');
    const out = analyzeArticle(edited, undefined, '2024-03-14', [c]);
    assert.strictEqual(out.result.entries.find((e) => e.text === 'Monday')!.value, '2024-03-04');
    assert.deepStrictEqual(out.corrections.dropped, []);
  });

  it('follows its words when another part of their sentence is edited, anchored again to the new sentence', () => {
    const c = correctionOf(TEXT, 'Thursday', '2024-03-22');
    const edited = TEXT.replace('officials said', 'two officials told reporters');
    const out = analyzeArticle(edited, undefined, '2024-03-14', [c]);
    assert.strictEqual(out.result.entries.find((e) => e.text === 'Thursday')!.value, '2024-03-22');
    assert.strictEqual(out.corrections.kept.length, 1);
    assert.match(out.corrections.kept[0].sentence, /two officials told reporters/);
    // Anchored again: the next analysis finds it exactly.
    const again = analyzeArticle(edited, undefined, '2024-03-14', out.corrections.kept);
    assert.deepStrictEqual(again.corrections.kept, out.corrections.kept);
  });

  it('is dropped when its words are edited, and the rules\' reading comes back', () => {
    const c = correctionOf(TEXT, 'Monday', '2024-03-04');
    const edited = TEXT.replace('on Monday', 'on Tuesday');
    const out = analyzeArticle(edited, undefined, '2024-03-14', [c]);
    assert.deepStrictEqual(out.corrections, { kept: [], dropped: [c] });
    assert.strictEqual(out.result.entries.find((e) => e.text === 'Tuesday')!.value, '2024-03-12');
  });

  it('matches whole words only: a correction of "Monday" is not one of "Mondays"', () => {
    const c = correctionOf(TEXT, 'Monday', '2024-03-04');
    // The sentence is edited, so the correction must find its words again by what stands around them.
    const edited = TEXT.replace('The minister resigned on Monday after the vote.', 'The minister resigned on Mondays after the vote.');
    const out = analyzeArticle(edited, undefined, '2024-03-14', [c]);
    assert.deepStrictEqual(out.corrections.dropped, [c]);
  });

  it('tells the same words apart by their sentence: only the corrected "Monday" changes', () => {
    const text = `${TEXT}\n\nThe minister returned on Monday to a hero's welcome.`;
    const c = correctionOf(text, 'Monday', '2024-03-04'); // the first
    const mondays = analyzeArticle(text, undefined, '2024-03-14', [c]).result.entries.filter((e) => e.text === 'Monday').map((e) => e.value);
    assert.deepStrictEqual(mondays, ['2024-03-04', '2024-03-11']);
  });

  it('can give a date to words the rules did not read, and every export carries it', () => {
    const text = 'LONDON, March 14, 2024 (Dateline Wire) - The council met at the spring session, a spokesman said.';
    const sentence = analyzeArticle(text, undefined, '2024-03-14').model;
    assert.strictEqual(timelineItems(sentence).length, 0);
    const s = text; // one sentence, with its dateline
    const c: Correction = { words: 'the spring session', sentence: s, at: s.indexOf('the spring session'), value: '2024-03-01' };
    const out = analyzeArticle(text, undefined, '2024-03-14', [c]);
    const it = timelineItems(out.model)[0];
    assert.strictEqual(it.value, '2024-03-01');
    assert.deepStrictEqual(it.corrected, { was: null });
    const meta = { title: 'council', sourceName: 'file:///council.txt', now: new Date(Date.UTC(2024, 2, 14)) };
    assert.match(exportTimeline('markdown', out.model, meta).content, /Fri 1 Mar 2024 ✎/);
    const csv = exportTimeline('csv', out.model, meta).content.split('\r\n');
    assert.ok(csv[0].endsWith(',correction'), csv[0]);
    assert.match(csv[1], /^2024-03-01,2024-03-01,2024-03-01,.*,corrected \(Dateline had read no date\)$/);
    assert.match(exportTimeline('timelinejs', out.model, meta).content, /"headline": "Fri 1 Mar 2024: LONDON, March 14, 2024 \(Dateline Wire\) - The council met/);
    assert.match(exportTimeline('ics', out.model, meta).content, /DTSTART;VALUE=DATE:20240301/);
  });
});

describe('reading a correction as typed', () => {
  const now = new Date(2024, 2, 14, 12);
  it('takes a date or time in the reference forms, a month, week, quarter or year', () => {
    assert.deepStrictEqual(parseCorrectionInput('2024-03-04', now), { value: '2024-03-04' });
    assert.deepStrictEqual(parseCorrectionInput('4 Mar 2024', now), { value: '2024-03-04' });
    assert.deepStrictEqual(parseCorrectionInput('2024-03-04 15:30', now), { value: '2024-03-04T15:30' });
    assert.deepStrictEqual(parseCorrectionInput('March 2024', now), { value: '2024-03' });
    assert.deepStrictEqual(parseCorrectionInput('2024-W10', now), { value: '2024-W10' });
    assert.deepStrictEqual(parseCorrectionInput('2024-Q1', now), { value: '2024-Q1' });
    assert.deepStrictEqual(parseCorrectionInput('2023', now), { value: '2023' });
  });
  it('takes a range of them, in order', () => {
    assert.deepStrictEqual(parseCorrectionInput('2024-08-31 to 2024-09-01', now), { value: '2024-08-31', endValue: '2024-09-01' });
    assert.deepStrictEqual(parseCorrectionInput('31 Aug 2024 – 1 Sep 2024', now), { value: '2024-08-31', endValue: '2024-09-01' });
    assert.deepStrictEqual(parseCorrectionInput('March 2024 - May 2024', now), { value: '2024-03', endValue: '2024-05' });
    assert.ok('error' in parseCorrectionInput('2024-09-01 to 2024-08-31', now));
  });
  it('says what is wrong', () => {
    for (const bad of ['', 'next week-ish', '2024-02-30', '2024-13', 'x'.repeat(200)]) {
      const r = parseCorrectionInput(bad, now);
      assert.ok('error' in r && r.error.length > 0, `${JSON.stringify(bad)}: ${JSON.stringify(r)}`);
    }
  });
});
