/** The one typed protocol between the extension and the panel: what the panel may send is checked here. */
import * as assert from 'assert';
import { parseFromWebview, parseWebviewState } from '../../../src/shared/protocol';

describe('shared/protocol: messages from the panel', () => {
  it('takes the well-formed messages, and only their own fields', () => {
    for (const type of ['ready', 'revealDateline', 'changeReference', 'useDetected', 'export']) {
      assert.deepStrictEqual(parseFromWebview({ type }), { type });
    }
    for (const type of ['reveal', 'focus', 'correct']) assert.deepStrictEqual(parseFromWebview({ type, index: 3 }), { type, index: 3 });
  });
  it('rejects unknown types, wrong field types, out-of-range numbers and extra payload', () => {
    const bad: unknown[] = [
      null, undefined, 'ready', 42, [], [{ type: 'ready' }], {}, { type: 'nope' }, { type: 'ready', extra: 1 },
      { type: 'reveal' }, { type: 'reveal', index: '3' }, { type: 'reveal', index: -1 }, { type: 'reveal', index: 1.5 },
      { type: 'reveal', index: Number.NaN }, { type: 'reveal', index: 1e12 }, { type: 'reveal', index: 1, more: true },
      { type: 'export', format: 'csv' }, { __proto__: { type: 'ready' } },
      { type: 'focus' }, { type: 'focus', index: -2 }, { type: 'correct', index: '1' }, { type: 'correct', index: 2, value: '2024-03-04' },
    ];
    for (const m of bad) assert.strictEqual(parseFromWebview(m), null, JSON.stringify(m));
  });
  it('reads back the panel state the serializer restores, or nothing', () => {
    assert.deepStrictEqual(parseWebviewState({ uri: 'file:///a.md' }), { uri: 'file:///a.md' });
    for (const s of [null, {}, { uri: '' }, { uri: 7 }, { uri: 'x'.repeat(5000) }, 'file:///a.md']) assert.strictEqual(parseWebviewState(s), null, JSON.stringify(s));
  });
  it('keeps the panel\'s own choices (the "Not on the timeline" list open, the filter, the search) and drops anything else', () => {
    assert.deepStrictEqual(parseWebviewState({ uri: 'file:///a.md', otherOpen: true, filter: 'check', query: 'strike' }), { uri: 'file:///a.md', otherOpen: true, filter: 'check', query: 'strike' });
    assert.deepStrictEqual(parseWebviewState({ uri: 'file:///a.md', otherOpen: 'yes', filter: 'everything', query: 'x'.repeat(300), extra: 1 }), { uri: 'file:///a.md' });
  });
});
