/**
 * The timeline panel's page. It renders what the extension sends (a TimelineModel) with DOM text
 * nodes only, never HTML strings, and sends back small, checked messages. No date logic here.
 */
import type { FromWebview, ToWebview, WebviewState } from '../shared/protocol';
import type { TimelineItem, TimelineModel } from '../core/timeline';

interface VsCodeApi {
  postMessage(msg: FromWebview): void;
  setState(state: WebviewState): void;
  getState(): WebviewState | undefined;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const header = document.getElementById('header') as HTMLElement;
const main = document.getElementById('timeline') as HTMLElement;

/** What the page keeps across updates (and, through setState, across reloads). */
let state: WebviewState = vscode.getState() ?? { uri: '' };
const saveState = (s: Partial<WebviewState>) => { state = { ...state, ...s }; vscode.setState(state); };
/** The entry that last had the focus, to give it back when the panel is focused again. */
let lastFocused: number | null = null;
/** The last update, to render again when the compact setting changes. */
let lastUpdate: Extract<ToWebview, { type: 'update' }> | null = null;
/** One line per entry (setting dateline.compact). */
let compact = false;
/** Why an entry needs checking, in words: the model's (the language pack's). */
let checkWords: Readonly<Record<string, string>> = {};
/** In compact mode, this much of the sentence is kept before the expression. */
const COMPACT_BEFORE = 16;

// The current entry is scrolled into view below the sticky header, never behind it.
new ResizeObserver(() => document.documentElement.style.setProperty('--header-height', `${header.offsetHeight}px`)).observe(header);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const SOURCE: Record<string, string> = { text: 'from the text', 'front-matter': 'from the front matter', given: 'set by you' };
const MARK_TITLE: Record<string, string> = {
  tense: 'Resolved by tense', previous: 'Counted from the date mentioned before', fallback: 'Rests on the fallback date (no dateline)', corrected: 'Corrected by you',
};
const MARK_SYMBOL: Record<string, string> = { tense: '⇄', previous: '↳', fallback: '?', corrected: '✎' };
type Filter = NonNullable<WebviewState['filter']>;
const FILTERS: Array<[Filter, string]> = [['all', 'All'], ['past', 'Past'], ['expected', 'Expected'], ['check', 'Needs checking']];

function renderHeader(msg: Extract<ToWebview, { type: 'update' }>): void {
  const frag = document.createDocumentFragment();
  const m = msg.model;
  const title = el('div', 'file', msg.fileName || 'Timeline');
  frag.append(title);
  if (msg.status === 'ok' || msg.status === 'empty') {
    const line = el('div', 'dateline-line');
    if (m?.dateline) {
      line.append(el('span', 'dateline-label', 'Dateline'), el('strong', 'dateline-words', m.dateline.words));
      const src = el('span', 'dateline-source', `${m.dateline.source === 'given' || msg.overridden ? SOURCE.given : SOURCE[m.dateline.source] ?? ''}${m.dateline.yearInferred ? ', year inferred' : ''}`);
      line.append(src);
      if (m.dateline.end > m.dateline.start && !msg.overridden) {
        const jump = el('button', 'link', `line ${m.dateline.line}`);
        jump.title = 'Show the dateline in the text';
        jump.setAttribute('aria-label', `Show the dateline in the text, line ${m.dateline.line}`);
        jump.addEventListener('click', () => vscode.postMessage({ type: 'revealDateline' }));
        line.append(jump);
      }
    } else if (m) {
      line.append(el('span', 'dateline-label warn', 'No dateline found'), el('span', 'dateline-source', `dates rest on the file's modified time, ${m.reference.words}`));
    }
    const actions = el('div', 'actions');
    // A toggle: pressed when the list is one line per entry (setting dateline.compact).
    const dense = el('button', `secondary compact-toggle${compact ? ' on' : ''}`, 'Compact');
    dense.title = 'One line per entry (setting dateline.compact)';
    dense.setAttribute('aria-pressed', String(compact));
    dense.addEventListener('click', () => vscode.postMessage({ type: 'setCompact', on: !compact }));
    actions.append(dense);
    const change = el('button', 'secondary', 'Change…');
    change.title = 'Set the reference date for this article';
    change.addEventListener('click', () => vscode.postMessage({ type: 'changeReference' }));
    actions.append(change);
    const exp = el('button', 'secondary', 'Export…');
    exp.title = 'Export the timeline (TimelineJS, CSV, iCalendar, Markdown)';
    exp.addEventListener('click', () => vscode.postMessage({ type: 'export' }));
    actions.append(exp);
    if (msg.overridden) {
      const back = el('button', 'secondary', 'Use detected');
      back.title = 'Go back to the dateline found in the text';
      back.addEventListener('click', () => vscode.postMessage({ type: 'useDetected' }));
      actions.append(back);
    }
    line.append(actions);
    frag.append(line);
  }
  header.replaceChildren(frag);
}

/**
 * One entry. `alsoHere`: the other expressions of the same sentence listed right after this one, highlighted
 * in it too (the sentence is shown once); `sameAsAbove`: this entry's sentence is the one just above.
 */
function itemNode(it: TimelineItem, withContext: boolean, alsoHere: TimelineItem[] = [], sameAsAbove = false): HTMLLIElement {
  const li = el('li', 'entry');
  li.dataset.index = String(it.index);
  // The entry's context menu (package.json "webview/context"): Copy Entry as Markdown / as Text.
  li.dataset.vscodeContext = JSON.stringify({ webviewSection: 'entry', entryIndex: it.index, preventDefaultContextMenuItems: true });
  const btn = el('button', 'entry-button');
  btn.dataset.index = String(it.index);
  const when = el('span', 'when');
  when.append(el('span', 'words', it.words));
  if (it.secondary) when.append(el('span', 'secondary', it.secondary));
  if (it.modWords) when.append(el('span', 'mod', ` — ${it.modWords === 'early' && /^earlier/i.test(it.text) ? it.text.toLowerCase() : it.modWords}`));
  if (it.mark) {
    const mark = el('span', `mark mark-${it.mark}`, MARK_SYMBOL[it.mark]);
    mark.title = `${MARK_TITLE[it.mark]}: ${it.explanation}`;
    mark.setAttribute('aria-hidden', 'true');
    when.append(mark);
  }
  if (it.corrected) {
    when.append(el('span', 'corrected-note', it.corrected.was ? `corrected · Dateline read ${it.corrected.was}` : 'corrected · Dateline read no date'));
    li.dataset.corrected = '1';
  }
  const check = it.checks.map((c) => checkWords[c] ?? c).join(', ');
  if (check) {
    when.append(el('span', 'check', `check: ${check}`));
    li.dataset.check = '1';
  }
  btn.append(when);
  const quote = el('span', 'quote');
  if (sameAsAbove) {
    // (The whole sentence is kept too, shown when a filter hides the entry above.)
    li.classList.add('same-sentence');
    const short = el('span', 'quote-short');
    short.append(el('mark', 'expr', it.text), el('span', 'same-note', ' same sentence as above'));
    const full = el('span', 'quote-full');
    full.append(...sentenceNodes(it, []));
    quote.append(short, full);
  } else if (withContext) {
    quote.append(...sentenceNodes(it, alsoHere));
  } else {
    quote.append(el('mark', 'expr', it.text));
  }
  btn.append(quote);
  btn.append(el('span', 'where', `line ${it.line}`));
  // Shown under the focused or current entry: the explanation is there without a mouse.
  btn.append(el('span', 'explanation', it.explanation));
  btn.title = it.explanation;
  btn.tabIndex = -1;
  btn.addEventListener('focus', () => { lastFocused = it.index; setTabStop(btn); vscode.postMessage({ type: 'focus', index: it.index }); });
  btn.setAttribute('aria-label', `${it.words}${it.modWords ? `, ${it.modWords}` : ''}: “${it.text}”, line ${it.line}. ${check ? `Check: ${check}. ` : ''}${it.explanation} F2 corrects it.`);
  li.dataset.search = `${it.words} ${it.text} ${it.sentence}`.toLowerCase();
  btn.addEventListener('click', () => vscode.postMessage({ type: 'reveal', index: it.index }));
  li.append(btn);
  return li;
}

/**
 * The entry's sentence with its expression highlighted, and those of `alsoHere` (the sentence's other
 * dates listed with it) highlighted more lightly. In compact mode the sentence starts a little before the
 * entry's own expression.
 */
function sentenceNodes(it: TimelineItem, alsoHere: TimelineItem[]): Node[] {
  const s = it.sentence;
  const spans = [{ at: it.highlight, own: true }, ...alsoHere.map((o) => ({ at: o.highlight, own: false }))]
    .sort((x, y) => x.at[0] - y.at[0])
    .filter((x, i, all) => i === 0 || x.at[0] >= all[i - 1].at[1]);
  let from = 0;
  if (compact && it.highlight[0] > COMPACT_BEFORE) {
    from = s.indexOf(' ', it.highlight[0] - COMPACT_BEFORE) + 1 || it.highlight[0];
    if (from > it.highlight[0]) from = it.highlight[0];
  }
  const out: Node[] = from > 0 ? [document.createTextNode('…')] : [];
  for (const sp of spans) {
    if (sp.at[1] <= from) continue;
    const a = Math.max(from, sp.at[0]);
    out.push(document.createTextNode(s.slice(from, a)), el('mark', sp.own ? 'expr' : 'expr expr-other', s.slice(a, sp.at[1])));
    from = sp.at[1];
  }
  out.push(document.createTextNode(s.slice(from)));
  return out;
}

function renderTimeline(msg: Extract<ToWebview, { type: 'update' }>): void {
  const frag = document.createDocumentFragment();
  const m: TimelineModel | null = msg.model;
  if (msg.status !== 'ok' || !m) {
    const text = msg.message ?? (msg.status === 'empty' ? 'No dates found in this article.' : 'Nothing to show.');
    frag.append(el('p', `notice notice-${msg.status}`, text));
    if (!m || msg.status !== 'empty') { main.replaceChildren(frag); return; }
  }
  checkWords = m.checkWords ?? {};
  if (m.count === 0) frag.append(el('p', 'notice', 'No dates on the timeline.'));
  if (m.truncated) frag.append(el('p', 'notice', `Showing the first ${m.truncated.shown.toLocaleString('en')} of ${m.truncated.total.toLocaleString('en')} dates. Export the timeline to see them all.`));
  frag.append(toolbar(m));
  const list = el('ol', 'rows');
  list.setAttribute('aria-label', `Timeline, ${m.count} ${m.count === 1 ? 'entry' : 'entries'}`);
  let past = true;
  for (const row of m.rows) {
    if (row.kind === 'dateline') {
      past = false;
      const li = el('li', 'marker');
      li.setAttribute('role', 'separator');
      li.setAttribute('aria-label', `Dateline: ${m.reference.words}. Above: before it; below: after it.`);
      li.append(el('span', 'marker-line'), el('span', 'marker-text', `${m.dateline ? 'Dateline' : 'Reference'} · ${m.reference.words}`), el('span', 'marker-line'));
      list.append(li);
      continue;
    }
    const g = row.group;
    const gli = el('li', `group group-${g.kind}`);
    gli.dataset.side = past ? 'past' : 'expected';
    gli.append(el('h2', 'group-label', g.label));
    const items = el('ol', 'items');
    // A sentence with several dates listed one after the other is shown once, with each date highlighted.
    // (Each run is read once: the list stays linear in its length.)
    for (let i = 0; i < g.items.length;) {
      const first = g.items[i];
      let j = i + 1;
      while (j < g.items.length && g.items[j].line === first.line && g.items[j].sentence === first.sentence) j++;
      items.append(itemNode(first, true, g.items.slice(i + 1, j)));
      for (let k = i + 1; k < j; k++) items.append(itemNode(g.items[k], true, [], true));
      i = j;
    }
    gli.append(items);
    list.append(gli);
  }
  frag.append(list);
  // A legend for the marks the list uses, and the flag of what needs checking.
  const listed = m.rows.flatMap((r) => (r.kind === 'group' ? r.group.items : []));
  const used = new Set(listed.map((i) => i.mark));
  const flagged = listed.some((i) => i.checks.length);
  if (flagged || [...used].some(Boolean)) {
    const legend = el('p', 'legend');
    legend.append(...(['tense', 'previous', 'fallback', 'corrected'] as const).filter((k) => used.has(k)).flatMap((k) => [el('span', `mark mark-${k}`, MARK_SYMBOL[k]), document.createTextNode(` ${MARK_TITLE[k].toLowerCase()}  `)]));
    if (flagged) legend.append(el('span', 'check legend-check', 'needs checking: the value rests on a guess'));
    frag.append(legend);
  }
  if (m.other.length) {
    const det = el('details', 'other');
    det.open = !!state.otherOpen;
    det.addEventListener('toggle', () => saveState({ otherOpen: det.open }));
    const sum = el('summary', undefined, `Not on the timeline (${m.other.length})`);
    det.append(sum);
    const ol = el('ol', 'items');
    for (const it of m.other) ol.append(itemNode(it, false));
    det.append(ol);
    frag.append(det);
  }
  const hadFocus = main.contains(document.activeElement) && !(document.activeElement instanceof HTMLInputElement);
  main.replaceChildren(frag);
  applyFilter();
  applyHighlight(msg.highlight ?? null, false);
  setTabStop(null);
  // An edit re-renders the list: the focus stays on the entry it was on.
  if (hadFocus && lastFocused !== null) buttonOf(lastFocused)?.focus();
}

/** The filters (all, past, expected, needs checking) and the search box over the entries' words and sentences. */
function toolbar(m: TimelineModel): HTMLElement {
  // (No div: the page builds its own elements from its own tags, never from the text.)
  const bar = el('nav', 'toolbar');
  bar.setAttribute('aria-label', 'Filter the timeline');
  const group = el('span', 'filters');
  group.setAttribute('role', 'radiogroup');
  group.setAttribute('aria-label', 'Show');
  const checks = m.rows.reduce((n, r) => n + (r.kind === 'group' ? r.group.items.filter((i) => i.checks.length).length : 0), 0);
  for (const [f, label] of FILTERS) {
    const b = el('button', `filter${(state.filter ?? 'all') === f ? ' on' : ''}`, f === 'check' ? `${label} (${checks})` : label);
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', String((state.filter ?? 'all') === f));
    b.dataset.filter = f;
    b.addEventListener('click', () => {
      saveState({ filter: f });
      for (const o of group.querySelectorAll<HTMLButtonElement>('.filter')) { const on = o.dataset.filter === f; o.classList.toggle('on', on); o.setAttribute('aria-checked', String(on)); }
      applyFilter();
    });
    group.append(b);
  }
  const search = el('input', 'search');
  search.type = 'search';
  search.placeholder = 'Search words and sentences';
  search.setAttribute('aria-label', 'Search the entries\' words and sentences');
  search.value = state.query ?? '';
  search.addEventListener('input', () => { saveState({ query: search.value.slice(0, 200) }); applyFilter(); });
  bar.append(group, search);
  return bar;
}

/** Shows the entries the filter and the search let through, and the groups that still have one. */
function applyFilter(): void {
  const f = state.filter ?? 'all';
  const q = (state.query ?? '').trim().toLowerCase();
  let shown = 0;
  for (const g of main.querySelectorAll<HTMLElement>('.rows > .group')) {
    let any = false;
    for (const li of g.querySelectorAll<HTMLElement>('.entry')) {
      const ok = (f === 'all' || (f === 'check' ? li.dataset.check === '1' : g.dataset.side === f)) && (!q || (li.dataset.search ?? '').includes(q));
      li.hidden = !ok;
      if (ok) { any = true; shown++; }
    }
    g.hidden = !any;
  }
  // An entry whose sentence is "the same as above" shows it whole when the entry above is filtered out.
  for (const li of main.querySelectorAll<HTMLElement>('.entry.same-sentence')) li.classList.toggle('orphan', !!(li.previousElementSibling as HTMLElement | null)?.hidden);
  for (const li of main.querySelectorAll<HTMLElement>('details.other .entry')) li.hidden = !!q && !(li.dataset.search ?? '').includes(q);
  let none = main.querySelector<HTMLElement>('.notice-filter');
  if (!shown && (f !== 'all' || q)) {
    if (!none) { none = el('p', 'notice notice-filter', 'No entry matches.'); main.querySelector('.rows')?.before(none); }
  } else none?.remove();
}

const buttonOf = (index: number) => main.querySelector<HTMLButtonElement>(`.entry-button[data-index="${index}"]`);
const visibleButtons = () => Array.from(main.querySelectorAll<HTMLButtonElement>('.entry-button')).filter((b) => b.offsetParent !== null);

/** One Tab stop for the whole list (a roving tab index): `btn`, or the current entry, or the first. */
function setTabStop(btn: HTMLButtonElement | null): void {
  const target = btn ?? main.querySelector<HTMLButtonElement>('.entry.current .entry-button') ?? (lastFocused !== null ? buttonOf(lastFocused) : null) ?? visibleButtons()[0] ?? null;
  for (const b of main.querySelectorAll<HTMLButtonElement>('.entry-button[tabindex="0"]')) if (b !== target) b.tabIndex = -1;
  if (target) target.tabIndex = 0;
}

// Focus coming into the panel lands on the last entry focused, else the current one, else the first
// (not on the header's buttons, four Tab stops away).
window.addEventListener('focus', () => {
  setTimeout(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const target = (lastFocused !== null ? buttonOf(lastFocused) : null) ?? main.querySelector<HTMLButtonElement>('.entry.current .entry-button') ?? visibleButtons()[0];
    target?.focus({ preventScroll: false });
  }, 0);
});

function applyHighlight(index: number | null, scroll: boolean): void {
  for (const e of main.querySelectorAll('.entry.current')) e.classList.remove('current');
  if (index === null) return;
  const li = main.querySelector(`.entry[data-index="${index}"]`);
  if (!li) return;
  li.classList.add('current');
  setTabStop(null);
  if (scroll) li.scrollIntoView({ block: 'nearest' });
}

// Arrow keys move between entries, Home and End to the first and last; Enter and Space activate the
// focused one (native buttons); F2 corrects it (as F2 renames in an editor).
main.addEventListener('keydown', (ev) => {
  const focused = document.activeElement instanceof HTMLButtonElement && document.activeElement.classList.contains('entry-button') ? document.activeElement : null;
  if (ev.key === 'F2' && focused) {
    vscode.postMessage({ type: 'correct', index: Number(focused.dataset.index) });
    ev.preventDefault();
    return;
  }
  if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp' && ev.key !== 'Home' && ev.key !== 'End') return;
  const buttons = visibleButtons();
  const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (i < 0 || !buttons.length) return;
  const j = ev.key === 'Home' ? 0 : ev.key === 'End' ? buttons.length - 1 : ev.key === 'ArrowDown' ? Math.min(buttons.length - 1, i + 1) : Math.max(0, i - 1);
  buttons[j].focus();
  ev.preventDefault();
});

function setCompact(on: boolean): void {
  compact = !!on;
  document.body.classList.toggle('compact', compact);
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = event.data as ToWebview;
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'update') {
    if (msg.uri && msg.uri !== state.uri) saveState({ uri: msg.uri });
    lastUpdate = msg;
    setCompact(msg.compact);
    renderHeader(msg);
    renderTimeline(msg);
    document.body.dataset.status = msg.status;
  } else if (msg.type === 'compact') {
    if (msg.on === compact || !lastUpdate) { setCompact(msg.on); return; }
    setCompact(msg.on);
    const current = main.querySelector<HTMLElement>('.entry.current')?.dataset.index;
    const toggleFocused = !!document.activeElement?.classList.contains('compact-toggle');
    renderHeader(lastUpdate);
    if (toggleFocused) header.querySelector<HTMLButtonElement>('.compact-toggle')?.focus();
    renderTimeline({ ...lastUpdate, highlight: current !== undefined ? Number(current) : lastUpdate.highlight });
  } else if (msg.type === 'highlight') {
    applyHighlight(msg.index, msg.scroll);
  } else if (msg.type === 'scrollTo') {
    // Only when nothing in the panel has the focus: the reader's place in the list is theirs.
    if (main.contains(document.activeElement)) return;
    const li = main.querySelector<HTMLElement>(`.entry[data-index="${msg.index}"]`);
    if (li && !li.hidden) li.scrollIntoView({ block: 'start' });
  }
});

vscode.postMessage({ type: 'ready' });
