// The UI suite: drives a real VS Code (code-server) in Chromium like a person. Opens the sample article,
// reads the timeline beside it, clicks an entry and reads the editor's selection back from the status
// bar, types a sentence and sees its date appear, corrects dates (from the keyboard and the entry's
// context menu, across a reload and into an export) and marks one as not a date, checks that hostile article text stays text, that a
// wrapped article's hints hide no word, that the current entry shows below the panel's header and that
// the panel stays beside the article.
// Screenshots go to test-results/screenshots/ (git-ignored).
'use strict';
const fs = require('fs');
const path = require('path');
const assert = require('assert');
const rig = require('./rig');

const SHOTS = path.join(rig.ROOT, 'test-results', 'screenshots');
const SAMPLE = path.resolve(rig.ROOT, '..', 'shared', 'samples', 'china-daily-2025-11-19.txt');

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</div>', '<a href="javascript:alert(1)">plan</a>', '[link](javascript:alert(1))'];
const HOSTILE = [
  '<script>alert(1)</script> Fire on Monday at the <img src=x onerror=alert(1)> plant',
  '',
  'LONDON, March 3, 2024 (Wire) — "><svg onload=alert(1)> Officials said on Friday that </div> the <a href="javascript:alert(1)">plan</a> failed.',
  '',
  'The inquiry opened on the 4th. [link](javascript:alert(1)) Talks resumed on Saturday.',
  '',
].join('\n');

async function openFile(page, name, expectText) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  // The file list loads a moment after the workbench; quick-open finds nothing before it.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 10000 });
    // (Just after a group change the widget may still be settling: try again rather than wait long.)
    if (!(await input.fill(name, { timeout: 5000 }).then(() => true, () => false))) { await page.keyboard.press('Escape'); await page.waitForTimeout(1000); continue; }
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    if (await row.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: 20000 });
      return;
    }
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
  }
  throw new Error(`could not open ${name} with quick open`);
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

/** Picks an item of the open context menu (after a moment: a menu ignores a click just as it opens). */
async function pickMenu(page, label) {
  const item = page.locator('.context-view .action-label', { hasText: label }).first();
  await item.waitFor({ timeout: 10000 });
  await page.waitForTimeout(500);
  await item.hover();
  await item.click();
}

function webview(page) {
  const { id } = rig.extensionInfo();
  return page.frameLocator(`iframe.webview.ready[src*="extensionId=${id}"]`).frameLocator('iframe#active-frame');
}

async function session(theme, files, fn, settings = {}) {
  const { folder } = rig.extensionInfo();
  const ws = rig.makeWorkspace(files);
  const server = await rig.startServer({ settings: { 'workbench.colorTheme': theme, ...settings }, extensions: { [folder]: rig.ROOT } });
  const browser = await rig.launchBrowser();
  const page = await browser.ctx.newPage();
  const alerts = [];
  page.on('dialog', (d) => { alerts.push(d.message()); void d.dismiss(); });
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}`);
    await fn(page, alerts, ws);
  } catch (e) {
    // What the screen showed when it failed, for the one reading the log.
    await page.screenshot({ path: path.join(SHOTS, `failed-${theme.replace(/\W+/g, '-').toLowerCase()}.png`) }).catch(() => {});
    throw e;
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('the sample article: timeline beside it, click reveals, typing adds an entry (light theme)', async () => {
  await session('Default Light Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    await view.locator('.dateline-words').waitFor({ timeout: 30000 });
    assert.strictEqual(await view.locator('.dateline-words').innerText(), 'Wed 19 Nov 2025, 08:19');
    const words = await view.locator('.entry .words').allInnerTexts();
    for (const w of ['31 Aug – 1 Sep 2025', 'November 2025', 'Mon 17 Nov 2025']) assert.ok(words.includes(w), `"${w}" is on the timeline: ${JSON.stringify(words)}`);
    assert.strictEqual(words.filter((w) => w === 'Mon 17 Nov 2025').length, 2, 'both Mondays');
    await page.screenshot({ path: path.join(SHOTS, 'timeline-light.png') });

    // Click the Aug 31 entry: the editor selects "from Aug 31 to Sept 1".
    await view.locator('.entry-button', { hasText: '31 Aug – 1 Sep 2025' }).click();
    const status = page.locator('[id="status.editor.selection"]');
    await page.waitForFunction(() => /selected/.test(document.querySelector('[id="status.editor.selection"]')?.textContent || ''), null, { timeout: 10000 });
    const sel = await status.innerText();
    assert.match(sel, /Ln 15, Col \d+ \(21 selected\)/, `status bar: ${sel}`);

    // Type a new sentence with a date: a new entry appears. (Into the editor: a click in the panel
    // leaves the keyboard with the panel until the editor takes it, and keys typed there fill its search box.)
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nThe two premiers will meet again on Friday.', { delay: 5 });
    await view.locator('.entry .words', { hasText: 'Fri 21 Nov 2025' }).waitFor({ timeout: 15000 });
    await page.screenshot({ path: path.join(SHOTS, 'timeline-after-edit.png') });

    // Correct a date from the keyboard: F2 on the focused entry asks for the right one, reading it as it is typed.
    await view.locator('.entry-button', { hasText: '31 Aug – 1 Sep 2025' }).focus();
    await page.keyboard.press('F2');
    const box = page.locator('.quick-input-widget input');
    await box.waitFor({ timeout: 10000 });
    await box.fill('2025-08-30 to 2025-09-01');
    await page.locator('.quick-input-widget', { hasText: 'Read as 30 Aug – 1 Sep 2025' }).waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(SHOTS, 'correction-input-light.png') });
    await page.keyboard.press('Enter');
    const corrected = view.locator('.entry[data-corrected="1"]');
    await corrected.locator('.words', { hasText: '30 Aug – 1 Sep 2025' }).waitFor({ timeout: 15000 });
    assert.match(await corrected.locator('.corrected-note').innerText(), /Dateline read 31 Aug – 1 Sep 2025/);
    assert.strictEqual(await corrected.locator('.mark-corrected').innerText(), '✎');
    await page.screenshot({ path: path.join(SHOTS, 'correction-light.png') });
  });
});

test('the sample article in the dark theme', async () => {
  await session('Default Dark Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    await view.locator('.entry .words', { hasText: 'Mon 17 Nov 2025' }).first().waitFor({ timeout: 30000 });
    // Moving the cursor onto an expression highlights its entry.
    await view.locator('.entry-button', { hasText: 'November 2025' }).click();
    await view.locator('.entry.current', { hasText: 'November 2025' }).waitFor({ timeout: 10000 });
    // Moving the cursor in the editor (Go to Line 5, column 22: inside "Monday") highlights that entry.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('5:22');
    await page.keyboard.press('Enter');
    await view.locator('.entry.current', { hasText: 'Premier Li Qiang on Monday' }).waitFor({ timeout: 10000 });
    assert.strictEqual(await view.locator('.entry.current').count(), 1, 'one entry is current');
    await page.screenshot({ path: path.join(SHOTS, 'timeline-dark.png') });
  });
});

test('high contrast: the command palette opens the timeline, and a reload restores it', async () => {
  // autoOpen is off, so the panel comes only from the command, and after the reload only from the
  // panel serializer.
  await session('Default High Contrast', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    await page.waitForTimeout(2000);
    assert.strictEqual(await page.locator(`iframe.webview[src*="extensionId=${rig.extensionInfo().id}"]`).count(), 0, 'no panel with autoOpen: never');
    await runCommand(page, 'Dateline: Show Timeline to the Side');
    const view = webview(page);
    await view.locator('.entry .words', { hasText: 'Mon 17 Nov 2025' }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(SHOTS, 'timeline-high-contrast.png') });

    // "Developer: Reload Window", as a user would: the workbench saves its editors, then reloads.
    const reloaded = page.waitForNavigation({ timeout: 30000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await webview(page).locator('.dateline-words', { hasText: 'Wed 19 Nov 2025, 08:19' }).waitFor({ timeout: 45000 });
    const words = await webview(page).locator('.entry .words').allInnerTexts();
    assert.ok(words.includes('31 Aug – 1 Sep 2025'), `entries after the reload: ${JSON.stringify(words)}`);
    await page.screenshot({ path: path.join(SHOTS, 'timeline-after-reload.png') });
  }, { 'dateline.autoOpen': 'never' });
});

test('a correction made from the panel changes the entry, survives "Developer: Reload Window" and is in the export; "Not a Date" removes an entry (dark theme)', async () => {
  await session('Default Dark Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page, _alerts, ws) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    let view = webview(page);
    const monday = () => view.locator('.entry', { hasText: 'Premier Li Qiang on Monday' });
    await monday().waitFor({ timeout: 30000 });
    assert.strictEqual(await monday().locator('.words').innerText(), 'Mon 17 Nov 2025');
    // The entry's context menu: Correct This Date…, then the right date in the box.
    await monday().locator('.entry-button').click({ button: 'right' });
    await pickMenu(page, 'Correct This Date…');
    const box = page.locator('.quick-input-widget input');
    await box.waitFor({ timeout: 10000 });
    await box.fill('18 Nov 2025');
    await page.locator('.quick-input-widget', { hasText: 'Read as Tue 18 Nov 2025' }).waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await monday().locator('.words', { hasText: 'Tue 18 Nov 2025' }).waitFor({ timeout: 15000 });
    assert.strictEqual(await monday().locator('.mark-corrected').count(), 1, 'marked ✎');
    await page.waitForFunction(() => /✎ Tue 18 Nov 2025/.test((document.querySelector('.monaco-editor .view-lines')?.textContent || '').replace(/\u00a0/g, ' ')), null, { timeout: 15000 });
    await page.screenshot({ path: path.join(SHOTS, 'correction-dark.png') });

    // "Developer: Reload Window": the correction is still there.
    const reloaded = page.waitForNavigation({ timeout: 30000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    view = webview(page);
    await monday().locator('.words', { hasText: 'Tue 18 Nov 2025' }).waitFor({ timeout: 45000 });
    assert.strictEqual(await monday().locator('.mark-corrected').count(), 1, 'still marked ✎ after the reload');

    // The export has it: Export Timeline…, Markdown, the save dialog's suggested file.
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Dateline: Export Timeline…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Markdown table' }).first().click();
    const saveBox = page.locator('.quick-input-widget input');
    await page.waitForFunction(() => /timeline\.md$/.test(document.querySelector('.quick-input-widget input')?.value || ''), null, { timeout: 15000 });
    await saveBox.press('Enter');
    const out = path.join(ws, 'china-daily-2025-11-19-timeline.md');
    for (let i = 0; i < 100 && !fs.existsSync(out); i++) await page.waitForTimeout(100);
    const md = fs.readFileSync(out, 'utf8');
    assert.match(md, /\| Tue 18 Nov 2025 ✎ \| Monday \| Premier Li Qiang on Monday/, md);
    assert.ok(!/\| Mon 17 Nov 2025 \| Monday \| Premier Li Qiang on Monday/.test(md), 'not the old reading');

    // "Not a Date" on an entry's context menu: it leaves the timeline.
    const range = view.locator('.entry', { hasText: '31 Aug – 1 Sep 2025' });
    await range.locator('.entry-button').click({ button: 'right' });
    await pickMenu(page, 'Not a Date');
    await view.locator('.entry .words', { hasText: '31 Aug – 1 Sep 2025' }).waitFor({ state: 'detached', timeout: 15000 });
    assert.ok((await view.locator('.entry .words').allInnerTexts()).includes('Tue 18 Nov 2025'), 'the other entries stay');
  });
});

test('the editor\'s context menu and the hover offer Correct This Date… on a date; keyboard: focus lands on the current entry, arrows and Home/End move, the explanation shows on focus; the search box filters; Compact shows one line per entry (dark theme)', async () => {
  await session('Default Dark Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    await view.locator('.entry .words', { hasText: 'Mon 17 Nov 2025' }).first().waitFor({ timeout: 30000 });
    // The editor's context menu on "Monday" of line 5 offers the corrections; Correct This Date… asks about those words.
    const monday = await page.evaluate(() => {
      // Where the word is drawn: a DOM range over its characters in line 5's text node.
      const line = [...document.querySelectorAll('.monaco-editor .view-line')].find((l) => (l.textContent || '').replace(/\u00a0/g, ' ').startsWith('Premier Li Qiang on Monday'));
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent.indexOf('Monday');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 2); r.setEnd(n, i + 3);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
      return null;
    });
    assert.ok(monday, 'line 5 shows "Monday"');
    await page.mouse.click(monday.x, monday.y, { button: 'right' });
    await page.locator('.context-view .action-label', { hasText: 'Not a Date' }).waitFor({ timeout: 10000 });
    await pickMenu(page, 'Correct This Date…');
    await page.locator('.quick-input-widget', { hasText: 'Correct “Monday”' }).waitFor({ timeout: 10000 });
    await page.keyboard.press('Escape');
    // The hover on the word (Ctrl+K Ctrl+I, "Show Hover", at the cursor the right-click put there): its
    // date, its value, the explanation, and links to correct it.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover', { hasText: 'Not a Date' }).first();
    await hover.waitFor({ timeout: 10000 });
    assert.match((await hover.innerText()).replace(/\u00a0/g, ' '), /Mon 17 Nov 2025[\s\S]*2025-11-17[\s\S]*Correct This Date…/);
    await page.screenshot({ path: path.join(SHOTS, 'hover-dark.png') });
    await page.keyboard.press('Escape');
    // The cursor on "Monday" of line 5, then focus to the panel's group from the keyboard (Ctrl+2).
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 40, y: 10 } });
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('5:22');
    await page.keyboard.press('Enter');
    await view.locator('.entry.current', { hasText: 'Premier Li Qiang on Monday' }).waitFor({ timeout: 10000 });
    await page.keyboard.press('Control+2');
    const focused = view.locator('.entry-button:focus');
    await view.locator('.entry.current .entry-button:focus').waitFor({ timeout: 10000 });
    assert.ok(await focused.locator('.explanation').isVisible(), 'the focused entry shows its explanation');
    assert.match(await focused.locator('.explanation').innerText(), /Monday/);
    const where = async () => focused.locator('.where').innerText();
    await page.keyboard.press('Home');
    assert.strictEqual(await where(), 'line 15', 'Home: the first entry (31 Aug – 1 Sep 2025)');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await where(), 'line 9', 'ArrowDown: the next (November 2025)');
    await page.keyboard.press('End');
    const lastLine = await view.locator('.rows .entry-button').last().locator('.where').innerText();
    assert.strictEqual(await where(), lastLine, 'End: the last entry');
    await page.screenshot({ path: path.join(SHOTS, 'keyboard-focus-dark.png') });

    // The search box: "Moscow" is only in the sentence of line 5.
    await view.locator('.search').fill('Moscow');
    await page.waitForTimeout(300);
    assert.deepStrictEqual(await view.locator('.rows .entry:visible .where').allInnerTexts(), ['line 5']);
    await view.locator('.search').fill('');
    await page.waitForTimeout(300);
    assert.ok((await view.locator('.rows .entry:visible').count()) >= 4, 'all the entries again');

    // Compact: the toggle sets dateline.compact; every entry is one line.
    await view.locator('.compact-toggle').click();
    await view.locator('body.compact').waitFor({ timeout: 10000 });
    await page.waitForTimeout(300);
    const rows = await view.locator('.rows .entry:not(.current) .entry-button').evaluateAll((bs) => bs.map((b) => {
      const lh = parseFloat(getComputedStyle(b).lineHeight) || 20;
      return b.getBoundingClientRect().height / lh;
    }));
    assert.ok(rows.length >= 3 && rows.every((h) => h < 1.8), `one line each: ${JSON.stringify(rows)}`);
    assert.strictEqual(await view.locator('.compact-toggle').getAttribute('aria-pressed'), 'true');
    await page.screenshot({ path: path.join(SHOTS, 'compact-dark.png') });
  });
});

test('a corrected entry, the compact mode and wrapped hints (high contrast)', async () => {
  await session('Default High Contrast', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    const monday = view.locator('.entry', { hasText: 'Premier Li Qiang on Monday' });
    await monday.waitFor({ timeout: 30000 });
    // (Word wrap on: the sample's long paragraphs wrap, each hint after its words.)
    await page.waitForFunction(() => /→ Mon 17 Nov 2025/.test((document.querySelector('.monaco-editor .view-lines')?.textContent || '').replace(/\u00a0/g, ' ')), null, { timeout: 15000 });
    await page.screenshot({ path: path.join(SHOTS, 'wrapped-hints-high-contrast.png') });
    await monday.locator('.entry-button').click({ button: 'right' });
    await pickMenu(page, 'Correct This Date…');
    await page.locator('.quick-input-widget input').fill('2025-11-18');
    // (Enter before the box has read what was typed is not taken: wait for its reading, as above.)
    await page.locator('.quick-input-widget', { hasText: 'Read as Tue 18 Nov 2025' }).waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await monday.locator('.words', { hasText: 'Tue 18 Nov 2025' }).waitFor({ timeout: 15000 });
    await page.waitForFunction(() => /✎ Tue 18 Nov 2025/.test((document.querySelector('.monaco-editor .view-lines')?.textContent || '').replace(/\u00a0/g, ' ')), null, { timeout: 15000 });
    await page.screenshot({ path: path.join(SHOTS, 'correction-high-contrast.png') });
    await view.locator('.compact-toggle').click();
    await view.locator('body.compact').waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(SHOTS, 'compact-high-contrast.png') });
  }, { 'editor.wordWrap': 'on' });
});

// A wrapped Markdown article whose lines run to the edge, with a date near each line's end, and
// enough dates that the timeline scrolls.
const WRAPPED = [
  '---', 'date: 2024-03-14', '---', '', '# Port strike ends after three weeks', '',
  'Dock workers in the northern harbour voted by a wide margin to end their strike on Monday, and the first container ships were unloaded the same evening while cranes idled in the southern terminal until Tuesday.',
  '',
  ...Array.from({ length: 24 }, (_, i) => `Paragraph ${i + 1}: the union's negotiators and the port authority met again and again through the dispute, and the minutes of one of those meetings were published on ${i + 1} February.`),
  '',
  'Talks on the next contract will open on 3 April, and the union said it would ballot its members again in the coming months.',
  '',
].join('\n');

test('a wrapped Markdown article: every word with a hint is visible, no sideways scroll; "Needs checking" shows the flagged entries; the current entry shows below the header; "Not on the timeline" stays open across an edit', async () => {
  await session('Default Light Modern', { 'port-strike.md': WRAPPED }, async (page) => {
    await openFile(page, 'port-strike.md', 'Port strike ends');
    const view = webview(page);
    await view.locator('.entry .words', { hasText: 'Mon 11 Mar 2024' }).first().waitFor({ timeout: 30000 });
    // The hints are laid out with the text: a hint shows, no line runs past the editor's right edge,
    // and the editor has not scrolled sideways.
    const editor = page.locator('.monaco-editor').first();
    // (Monaco writes spaces as no-break spaces.)
    const lineTexts = () => page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].map((l) => (l.textContent || '').replace(/\u00a0/g, ' ')));
    await page.waitForFunction(() => /→/.test(document.querySelector('.monaco-editor .view-lines')?.textContent || ''), null, { timeout: 15000 });
    const shown = (await lineTexts()).filter((t) => t.includes('→'));
    const all = (await lineTexts()).join(' ');
    // The first paragraph has three dates on one line: shorter hints, every one drawn (VS Code cuts a line's hints at 43 characters).
    assert.ok(/Monday ?Mon 11 Mar,/.test(all) && /Tuesday ?Tue 12 Mar/.test(all) && !all.includes('…'), `every hint of a line with three dates is drawn: ${JSON.stringify(shown.slice(0, 4))}`);
    assert.ok(shown.some((t) => /February ?→ \w{3} \d+ Feb 2024/.test(t)), `a line's one hint is in full: ${JSON.stringify(shown.slice(0, 6))}`);
    const layout = await editor.evaluate((ed) => {
      const lines = ed.querySelector('.view-lines');
      const box = ed.querySelector('.lines-content')?.parentElement?.getBoundingClientRect() || ed.getBoundingClientRect();
      const over = [...lines.querySelectorAll('.view-line')].filter((l) => [...l.querySelectorAll('span')].some((sp) => sp.getBoundingClientRect().right > box.right + 1)).map((l) => l.textContent);
      const scrollLeft = ed.querySelector('.monaco-scrollable-element')?.scrollLeft ?? 0;
      const content = ed.querySelector('.lines-content');
      return { over, left: content ? content.style.left || '0px' : '0px', scrollLeft };
    });
    assert.deepStrictEqual(layout.over, [], 'no line runs past the right edge');
    assert.ok(layout.left === '0px' || layout.left === '', `no sideways scroll: lines-content left ${layout.left}`);
    await page.screenshot({ path: path.join(SHOTS, 'wrapped-hints-light.png') });

    // A sentence with several dates listed together is shown once, with each date highlighted in it.
    const first = view.locator('.entry', { hasText: 'Dock workers' }).first();
    // (textContent: a group out of view is not rendered, content-visibility: auto.)
    const texts = (loc) => loc.evaluateAll((els) => els.map((e) => e.textContent));
    const marks = await texts(first.locator('.quote mark'));
    assert.deepStrictEqual(marks, ['Monday', 'the same evening', 'Tuesday'], `highlighted in the sentence: ${JSON.stringify(marks)}`);
    const joined = await texts(view.locator('.entry.same-sentence .quote-short mark'));
    assert.deepStrictEqual(joined, ['the same evening', 'Tuesday'], `joined to it: ${JSON.stringify(joined)}`);
    await view.locator('.entry.same-sentence').first().scrollIntoViewIfNeeded();
    assert.ok(await view.locator('.entry.same-sentence .same-note').first().isVisible(), '"same sentence as above"');
    await page.screenshot({ path: path.join(SHOTS, 'same-sentence-light.png') });

    // "Needs checking" shows exactly the flagged entries (the marks say why, in words).
    const flagged = await view.locator('.entry[data-check="1"]').count();
    assert.ok(flagged > 0, 'the article has entries that rest on a guess');
    await view.locator('.filter', { hasText: 'Needs checking' }).click();
    await page.waitForTimeout(300);
    const visible = await view.locator('.rows .entry:visible').count();
    const visibleFlagged = await view.locator('.rows .entry[data-check="1"]:visible').count();
    assert.deepStrictEqual([visible, visibleFlagged], [flagged, flagged], 'only and all the flagged entries');
    assert.match(await view.locator('.rows .entry:visible .check').first().innerText(), /^check: /);
    await page.screenshot({ path: path.join(SHOTS, 'needs-checking-light.png') });
    await view.locator('.filter', { hasText: 'All' }).click();

    // "Not on the timeline" opened by the user stays open after an edit re-renders the panel.
    await view.locator('details.other summary').click();
    await view.locator('details.other[open]').waitFor({ timeout: 5000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nThe harbour master retires next year.', { delay: 5 });
    await view.locator('.entry .words', { hasText: '2025' }).first().waitFor({ timeout: 15000 });
    assert.strictEqual(await view.locator('details.other[open]').count(), 1, '"Not on the timeline" is still open');

    // The cursor on a date far down the list: its entry is current and visible below the sticky header.
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('7:10');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 10000 });
    await page.keyboard.type('32:164');
    await page.keyboard.press('Enter');
    await view.locator('.entry.current').waitFor({ timeout: 10000 });
    await page.waitForTimeout(500);
    const pos = await view.locator('body').evaluate(() => {
      const h = document.getElementById('header').getBoundingClientRect();
      const c = document.querySelector('.entry.current').getBoundingClientRect();
      return { headerBottom: h.bottom, top: c.top, bottom: c.bottom, height: window.innerHeight, words: document.querySelector('.entry.current .words').textContent };
    });
    assert.ok(pos.top >= pos.headerBottom - 1 && pos.bottom <= pos.height + 1, `current entry (${pos.words}) ${pos.top}–${pos.bottom} below the header (${pos.headerBottom}) and in view (${pos.height})`);
    await page.screenshot({ path: path.join(SHOTS, 'current-entry-below-header.png') });

    // Compact mode, from the panel's toggle.
    await view.locator('.compact-toggle').click();
    await view.locator('body.compact').waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(SHOTS, 'compact-light.png') });
  }, { 'editor.wordWrap': 'on' });
});

test('the panel opens beside the article from the article\'s group and from its own group; an entry\'s context menu copies it (dark theme, wrapped hints)', async () => {
  await session('Default Dark Modern', { 'port-strike.md': WRAPPED, 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    const { id } = rig.extensionInfo();
    await openFile(page, 'port-strike.md', 'Port strike ends');
    await page.waitForTimeout(1500);
    await runCommand(page, 'Dateline: Show Timeline to the Side');
    const view = webview(page);
    await view.locator('.entry .words', { hasText: 'Mon 11 Mar 2024' }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(SHOTS, 'wrapped-hints-dark.png') });
    const side = async () => page.evaluate((extId) => {
      const frame = document.querySelector(`iframe.webview.ready[src*="extensionId=${extId}"]`);
      const eds = [...document.querySelectorAll('.editor-instance .monaco-editor')].filter((e) => e.getBoundingClientRect().width > 0);
      if (!frame || !eds.length) return null;
      const f = frame.getBoundingClientRect(), e = eds[0].getBoundingClientRect();
      return { visible: f.width > 50 && f.height > 50, apart: f.left >= e.right - 2 || f.right <= e.left + 2 };
    }, id);
    assert.deepStrictEqual(await side(), { visible: true, apart: true }, 'from the article\'s group: the panel beside it');
    // Focus the panel's group, then open another article: it opens there, and the panel moves beside it.
    await page.keyboard.press('Control+2');
    await page.waitForTimeout(800);
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    await view.locator('.dateline-words', { hasText: 'Wed 19 Nov 2025, 08:19' }).waitFor({ timeout: 30000 });
    await page.waitForTimeout(1000);
    assert.deepStrictEqual(await side(), { visible: true, apart: true }, 'from the panel\'s group: the panel beside the article, not under it');
    await runCommand(page, 'Dateline: Show Timeline to the Side');
    await page.waitForTimeout(1000);
    assert.deepStrictEqual(await side(), { visible: true, apart: true }, 'the command keeps it beside the article');
    // An entry's context menu offers to copy it.
    await view.locator('.entry-button', { hasText: 'Mon 17 Nov 2025' }).first().click({ button: 'right' });
    await page.locator('.context-view .action-label', { hasText: 'Copy Entry as Markdown' }).waitFor({ timeout: 10000 });
    assert.strictEqual(await page.locator('.context-view .action-label', { hasText: 'Copy Entry as Text' }).count(), 1);
    await page.screenshot({ path: path.join(SHOTS, 'entry-context-menu-dark.png') });
    await page.keyboard.press('Escape');
  }, { 'editor.wordWrap': 'on', 'dateline.autoOpen': 'never' });
});

test('VS Code for the web: the browser entry runs in the web worker extension host', async () => {
  // remote.extensionKind asks the workbench to run the extension in the browser, from package.json's
  // "browser" entry, as VS Code for the web does. The analysis then runs in a web worker of its own
  // (there is no fallback to the extension host's thread, so entries prove that worker ran).
  const { id } = rig.extensionInfo();
  await session('Default Light Modern', { 'china-daily-2025-11-19.txt': fs.readFileSync(SAMPLE, 'utf8') }, async (page) => {
    await openFile(page, 'china-daily-2025-11-19.txt', 'Cooperation with Russia');
    const view = webview(page);
    await view.locator('.dateline-words', { hasText: 'Wed 19 Nov 2025, 08:19' }).waitFor({ timeout: 30000 });
    const words = await view.locator('.entry .words').allInnerTexts();
    assert.strictEqual(words.filter((w) => w === 'Mon 17 Nov 2025').length, 2, `both Mondays: ${JSON.stringify(words)}`);
    await runCommand(page, 'Developer: Show Running Extensions');
    // The list is sorted by activation time and only draws the rows in view: walk down it with the
    // keyboard until Dateline's row is drawn.
    const rows = page.locator('.runtime-extensions-editor .monaco-list-row');
    const row = rows.filter({ hasText: 'Dateline' });
    await rows.first().click();
    for (let i = 0; i < 40 && (await row.count()) === 0; i++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(50);
    }
    await row.first().waitFor({ timeout: 5000 });
    assert.match(await row.first().innerText(), /web worker/i, 'Dateline runs in the web worker extension host');
    await page.screenshot({ path: path.join(SHOTS, 'web-worker-host.png') });
  }, { 'remote.extensionKind': { [id]: ['web'] } });
});

test('hostile article text renders as text and runs no script', async () => {
  await session('Default Dark Modern', { 'hostile.md': HOSTILE }, async (page, alerts) => {
    await openFile(page, 'hostile.md', 'Fire on Monday');
    const view = webview(page);
    await view.locator('.entry .quote').first().waitFor({ timeout: 30000 });
    const quotes = (await view.locator('.entry .quote').allInnerTexts()).join('\n');
    for (const p of PAYLOADS) assert.ok(quotes.includes(p), `"${p}" shows as text: ${quotes}`);
    for (const sel of ['svg', 'img', 'a', 'main div', 'main script', 'header script', '[onerror]', '[onload]']) {
      assert.strictEqual(await view.locator(sel).count(), 0, `no ${sel} element was created from the text`);
    }
    await page.waitForTimeout(500);
    assert.deepStrictEqual(alerts, [], 'no script ran');
    await page.screenshot({ path: path.join(SHOTS, 'hostile.png') });
  });
});

async function main() {
  rig.ensureRig();
  fs.mkdirSync(SHOTS, { recursive: true });
  let passed = 0, failed = 0;
  // DATELINE_UI_ONLY=text runs only the tests whose name contains it (for working on one test).
  const only = process.env.DATELINE_UI_ONLY;
  for (const t of only ? tests.filter((x) => x.name.includes(only)) : tests) {
    const t0 = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`  ✔ ${t.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      console.log(`  ✘ ${t.name}\n    ${String(e && e.stack || e).split('\n').slice(0, 4).join('\n    ')}`);
    }
  }
  console.log(`ui (code-server + Chromium): ${passed} passed, ${failed} failed; screenshots in ${path.relative(rig.ROOT, SHOTS)}/`);
  return { passed, failed };
}

module.exports = { main };

if (require.main === module) rig.runAlone('ui', main);
