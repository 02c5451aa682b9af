/**
 * Dateline's VS Code glue: commands, settings, the timeline panel (with a serializer for reloads),
 * editor decorations, hovers and the status-bar item. Analysis runs in a worker (see analysis.ts);
 * all date logic lives in src/core. extension.ts (Node) and extension.browser.ts (web) start this.
 */
import * as vscode from 'vscode';
import { Analyzer, Analysis, AnalysisWorker, PROGRESS_CHARS, formatSize, isArticle } from './analysis';
import { TimelinePanel, VIEW_TYPE } from './panel';
import { FromWebview, ToWebview, parseFromWebview, parseWebviewState } from '../shared/protocol';
import { describeValue, entryWords, exportTimeline, ExportFormat, limitTimeline, parseReferenceInput } from '../core';

/** The panel shows at most this many entries; the export has them all. */
const PANEL_MAX_ENTRIES = 2000;
import type { Entry } from '../core/types';

/** Waits after the last keystroke before re-reading: short for articles, longer for big files. */
const DEBOUNCE_MS = 20;
const DEBOUNCE_LARGE_MS = 300;
const LARGE_CHARS = 100_000;

type AutoOpen = 'whenDatelineFound' | 'always' | 'never';

/** What tests (and other extensions) can reach through `extension.exports`. */
export interface DatelineApi {
  /** The panel's document URI, or undefined when no panel is open. */
  panelUri(): string | undefined;
  /** The column the panel is in. */
  panelColumn(): vscode.ViewColumn | undefined;
  /** The analysis of the document's current version (computed in the worker if needed). */
  analysis(doc: vscode.TextDocument): Promise<Analysis>;
  /** The last message sent to the webview. */
  lastMessage(): ToWebview | undefined;
  /** The statuses of the last updates sent to the webview, oldest first. */
  statusLog(): string[];
  /** The panel's HTML as set on the webview. */
  panelHtml(): string | undefined;
  /** Handles a raw message as if the webview had sent it; returns false when it was rejected. */
  receive(raw: unknown): boolean;
  /** Number of rejected webview messages so far. */
  rejectedMessages(): number;
  /** Resolves once pending (debounced) updates and analyses are done and sent. */
  settle(): Promise<void>;
  /** The longest the extension host's event loop was blocked since the last call, in ms. */
  maxEventLoopDelay(): number;
}

export function activateWith(context: vscode.ExtensionContext, createWorker: () => AnalysisWorker): DatelineApi {
  const c = new Controller(context, createWorker);
  context.subscriptions.push(c);
  return c.api();
}

class Controller implements vscode.Disposable {
  private readonly analyzer: Analyzer;
  private panel: TimelinePanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly decoration: vscode.TextEditorDecorationType;
  private readonly status: vscode.StatusBarItem;
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private settleWaiters: Array<() => void> = [];
  private last: ToWebview | undefined;
  /** Documents whose panel the user closed: auto-open leaves them alone for this session. */
  private dismissed = new Set<string>();
  /** The article the panel follows (the active editor, or the last article editor). */
  private current: vscode.TextDocument | undefined;
  private busy = 0;
  private statuses: string[] = [];
  private lagMax = 0;
  private lagTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly context: vscode.ExtensionContext, createWorker: () => AnalysisWorker) {
    this.analyzer = new Analyzer(context.workspaceState, createWorker);
    this.decoration = vscode.window.createTextEditorDecorationType({
      after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 0.6em', fontStyle: 'italic' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.status = vscode.window.createStatusBarItem('dateline.status', vscode.StatusBarAlignment.Right, 100);
    this.status.name = 'Dateline';
    this.status.command = 'dateline.setReferenceDate';

    const d = this.disposables;
    d.push(this.decoration, this.status);
    d.push(
      vscode.commands.registerCommand('dateline.showTimelineToSide', (uri?: vscode.Uri) => this.showToSide(uri)),
      vscode.commands.registerCommand('dateline.setReferenceDate', (value?: unknown) => this.setReferenceDate(typeof value === 'string' ? value : undefined)),
      vscode.commands.registerCommand('dateline.useDetectedDateline', () => this.useDetected()),
      vscode.commands.registerCommand('dateline.exportTimeline', (format?: unknown, target?: unknown) => this.exportTimeline(format, target)),
      vscode.commands.registerCommand('dateline.copyTimelineAsMarkdown', () => this.copyMarkdown()),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state) => this.restore(panel, state),
      }),
      vscode.languages.registerHoverProvider([{ language: 'plaintext' }, { language: 'markdown' }], {
        provideHover: (doc, pos) => this.hover(doc, pos),
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => this.onActiveEditor(e)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.decorateVisible()),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.onClose(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dateline.inlineDates')) this.decorateVisible();
      }),
    );
    void this.onActiveEditor(vscode.window.activeTextEditor);
  }

  dispose(): void {
    if (this.lagTimer) clearInterval(this.lagTimer);
    for (const t of this.timers.values()) clearTimeout(t);
    for (const x of this.disposables) x.dispose();
    this.panel?.panel.dispose();
    this.analyzer.dispose();
  }

  /** Runs an async step and keeps count, so settle() knows when everything is done. */
  private track<T>(p: Promise<T>): Promise<T> {
    this.busy++;
    return p.finally(() => { this.busy--; this.resolveSettled(); });
  }

  api(): DatelineApi {
    return {
      panelUri: () => this.panel?.uri,
      panelColumn: () => this.panel?.panel.viewColumn,
      analysis: (doc) => this.analyzer.get(doc),
      lastMessage: () => this.last,
      statusLog: () => [...this.statuses],
      panelHtml: () => this.panel?.panel.webview.html,
      receive: (raw) => {
        const msg = parseFromWebview(raw);
        if (!msg) { if (this.panel) this.panel.rejected++; return false; }
        this.onMessage(msg);
        return true;
      },
      rejectedMessages: () => this.panel?.rejected ?? 0,
      settle: () => (this.timers.size === 0 && this.busy === 0 ? Promise.resolve() : new Promise<void>((r) => this.settleWaiters.push(r))),
      maxEventLoopDelay: () => {
        // A watch on the event loop (how late a 50 ms tick fires), started by the first call: tests only.
        if (!this.lagTimer) {
          let last = Date.now();
          this.lagTimer = setInterval(() => { const now = Date.now(); this.lagMax = Math.max(this.lagMax, now - last - 50); last = now; }, 50);
        }
        const m = this.lagMax;
        this.lagMax = 0;
        return m;
      },
    };
  }

  // --- following the editor ----------------------------------------------------------------------

  private onActiveEditor(editor: vscode.TextEditor | undefined): Promise<void> {
    return this.track(this.followEditor(editor));
  }

  private async followEditor(editor: vscode.TextEditor | undefined): Promise<void> {
    this.decorateVisible();
    if (!editor || !isArticle(editor.document)) {
      this.updateStatus(undefined);
      return;
    }
    const doc = editor.document;
    await this.analyzer.prepare(doc);
    this.current = doc;
    if (this.panel) {
      await this.send(doc);
      this.updateStatus(doc);
      return;
    }
    const a = await this.analyzer.get(doc);
    if (doc.isClosed) return;
    this.updateStatus(doc);
    this.decorate(editor);
    if (this.panel) {
      await this.send(doc);
      return;
    }
    const mode = vscode.workspace.getConfiguration('dateline').get<AutoOpen>('autoOpen', 'whenDatelineFound');
    const key = doc.uri.toString();
    if (mode === 'never' || this.dismissed.has(key)) return;
    if (mode === 'always' || (a.result?.dateline && a.result.dateline.source !== 'given') || (mode === 'whenDatelineFound' && a.overridden)) {
      await this.openPanel(doc, editor.viewColumn);
    }
  }

  private async showToSide(uri?: vscode.Uri): Promise<void> {
    let doc: vscode.TextDocument | undefined;
    if (uri instanceof vscode.Uri) doc = await vscode.workspace.openTextDocument(uri);
    else doc = vscode.window.activeTextEditor?.document ?? this.current;
    if (!doc || !isArticle(doc)) {
      void vscode.window.showInformationMessage('Dateline: open a plain-text or Markdown article to see its timeline.');
      return;
    }
    await this.analyzer.prepare(doc);
    this.current = doc;
    this.dismissed.delete(doc.uri.toString());
    const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn;
    if (this.panel) {
      this.panel.panel.reveal(this.panel.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
      await this.track(this.send(doc));
    } else {
      await this.track(this.openPanel(doc, column));
    }
  }

  private openPanel(doc: vscode.TextDocument, editorColumn: vscode.ViewColumn | undefined): Promise<void> {
    const column = editorColumn !== undefined ? editorColumn + 1 : vscode.ViewColumn.Beside;
    this.panel = TimelinePanel.create(this.context.extensionUri, this.panelHost(), column);
    return this.send(doc);
  }

  private restore(panel: vscode.WebviewPanel, rawState: unknown): void {
    if (this.panel) {
      // One panel only: a second restored panel closes.
      panel.dispose();
      return;
    }
    this.panel = new TimelinePanel(panel, this.context.extensionUri, this.panelHost());
    const state = parseWebviewState(rawState);
    const doc = state ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri) : undefined;
    const target = doc ?? (vscode.window.activeTextEditor && isArticle(vscode.window.activeTextEditor.document) ? vscode.window.activeTextEditor.document : undefined);
    if (target) {
      void this.track(this.analyzer.prepare(target).then(() => { this.current = target; return this.send(target); }));
    } else if (state) {
      void this.track(Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri))).then(
        async (d) => { await this.analyzer.prepare(d); this.current = d; await this.send(d); },
        () => this.sendEmpty(),
      ));
    } else {
      this.sendEmpty();
    }
  }

  private panelHost() {
    return {
      onMessage: (m: FromWebview) => this.onMessage(m),
      onDispose: () => {
        if (this.panel?.uri) this.dismissed.add(this.panel.uri);
        this.panel = undefined;
      },
    };
  }

  // --- messages ----------------------------------------------------------------------------------

  /** Sends the panel the document's timeline: at once if analysed, else after the worker answers. */
  private async send(doc: vscode.TextDocument): Promise<void> {
    if (!this.panel) return;
    const fileName = doc.uri.path.split('/').pop() || doc.uri.toString();
    const uri = doc.uri.toString();
    let a = this.analyzer.cached(doc);
    if (!a) {
      const size = docLength(doc);
      if (size >= PROGRESS_CHARS && this.panel.uri !== uri) {
        this.post({ type: 'update', uri, fileName, status: 'working', message: `Reading ${formatSize(size)}…`, model: null, overridden: false });
      }
      a = await this.analyzer.get(doc);
      // The panel may have moved on, or the document closed, while the worker worked.
      if (!this.panel || doc.isClosed || (this.current !== doc && this.panel.uri !== uri)) return;
      if (a.version !== doc.version) { await this.send(doc); return; }
    }
    const model = a.model ? limitTimeline(a.model, PANEL_MAX_ENTRIES) : null;
    // The entry under the cursor travels with the update: indices change when the text does.
    const highlight = this.entryAtCursor(vscode.window.visibleTextEditors.find((e) => e.document === doc));
    this.post({ type: 'update', uri, fileName, status: a.status, message: a.message, model, overridden: a.overridden, highlight });
    this.panel.panel.title = `Timeline: ${fileName}`;
  }

  private post(msg: ToWebview): void {
    if (!this.panel) return;
    this.last = msg;
    if (msg.type === 'update') { this.statuses.push(msg.status); if (this.statuses.length > 20) this.statuses.shift(); }
    this.panel.post(msg);
  }

  private sendEmpty(): void {
    if (!this.panel) return;
    this.post({ type: 'update', uri: '', fileName: '', status: 'noEditor', message: 'Open a plain-text or Markdown article to see its timeline.', model: null, overridden: false });
    this.panel.panel.title = 'Timeline';
  }

  private onMessage(m: FromWebview): void {
    const doc = this.current;
    switch (m.type) {
      case 'ready':
        if (doc && this.panel) void this.track(this.send(doc)); else this.sendEmpty();
        break;
      case 'reveal': {
        if (!doc) return;
        // The panel shows the latest analysis; its indices refer to that one.
        const a = this.analyzer.latest(doc);
        const e = a?.result?.entries[m.index];
        if (!e) return; // out of range: ignore
        void this.reveal(doc, e.start, e.end);
        break;
      }
      case 'revealDateline': {
        const dl = doc && this.analyzer.latest(doc)?.result?.dateline;
        if (doc && dl && dl.end > dl.start) void this.reveal(doc, dl.start, dl.end);
        break;
      }
      case 'changeReference': void this.setReferenceDate(); break;
      case 'useDetected': void this.useDetected(); break;
      case 'export': void this.exportTimeline(); break;
    }
  }

  private async reveal(doc: vscode.TextDocument, start: number, end: number): Promise<void> {
    const len = docLength(doc);
    if (!(start >= 0 && end <= len && start <= end)) return;
    const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const column = visible?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false, selection: range });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  // --- edits, selection, closing -----------------------------------------------------------------

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (!isArticle(doc) || e.contentChanges.length === 0) return;
    const key = doc.uri.toString();
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (doc.isClosed) { this.resolveSettled(); return; }
      void this.track(this.analyzer.get(doc).then(async () => {
        if (doc.isClosed) return;
        for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) this.decorate(ed);
        if (this.panel && this.panel.uri === key) await this.send(doc);
        if (vscode.window.activeTextEditor?.document === doc) this.updateStatus(doc);
      }));
      this.resolveSettled();
    }, docLength(doc) > LARGE_CHARS ? DEBOUNCE_LARGE_MS : DEBOUNCE_MS));
  }

  private resolveSettled(): void {
    if (this.timers.size || this.busy) return;
    const w = this.settleWaiters;
    this.settleWaiters = [];
    for (const r of w) r();
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.panel || this.panel.uri !== e.textEditor.document.uri.toString()) return;
    this.highlightAt(e.textEditor, true);
  }

  private highlightAt(editor: vscode.TextEditor, scroll: boolean): void {
    if (!this.panel) return;
    this.panel.post({ type: 'highlight', index: this.entryAtCursor(editor), scroll });
  }

  /** Index of the entry under the editor's cursor in the latest analysis, or null. */
  private entryAtCursor(editor: vscode.TextEditor | undefined): number | null {
    const a = editor && this.analyzer.latest(editor.document);
    if (!editor || !a?.result) return null;
    const off = editor.document.offsetAt(editor.selection.active);
    const i = a.result.entries.findIndex((en) => off >= en.start && off <= en.end);
    return i >= 0 ? i : null;
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.dismissed.delete(key);
    const t = this.timers.get(key);
    if (t) { clearTimeout(t); this.timers.delete(key); this.resolveSettled(); }
    this.analyzer.forget(doc.uri);
    if (this.current === doc) this.current = undefined;
    if (this.panel && this.panel.uri === key) {
      const next = vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d !== doc && isArticle(d) && !d.isClosed);
      if (next) void this.track(this.analyzer.prepare(next).then(() => { this.current = next; return this.send(next); }));
      else this.sendEmpty();
    }
  }

  // --- editor decorations, hovers, status bar -----------------------------------------------------

  private decorateVisible(): void {
    for (const e of vscode.window.visibleTextEditors) if (isArticle(e.document)) this.decorate(e);
  }

  private decorate(editor: vscode.TextEditor): void {
    const on = vscode.workspace.getConfiguration('dateline').get<boolean>('inlineDates', true);
    const doc = editor.document;
    const a = on ? this.analyzer.cached(doc) : undefined;
    if (on && !a) {
      // Not analysed yet: decorate when the worker answers.
      void this.track(this.analyzer.get(doc).then((x) => { if (!doc.isClosed && x.version === doc.version) this.decorate(editor); }));
      return;
    }
    const entries = a?.result?.entries ?? [];
    const options: vscode.DecorationOptions[] = entries
      .filter((e) => e.type === 'DATE' || e.type === 'TIME')
      .filter((e) => /^\d/.test(e.value))
      .filter((e) => !(a?.result?.dateline && e.start < a.result.dateline.end && a.result.dateline.start < e.end))
      .slice(0, 5000)
      .map((e) => ({
        range: new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)),
        renderOptions: { after: { contentText: `→ ${words(e)}` } },
      }));
    editor.setDecorations(this.decoration, options);
  }

  private async hover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const a = await this.analyzer.get(doc);
    const off = doc.offsetAt(pos);
    const e = a.result?.entries.find((x) => off >= x.start && off <= x.end);
    if (!e) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**');
    md.appendText(words(e));
    md.appendMarkdown('** ');
    md.appendCodeblock(e.endValue ? `${e.value} / ${e.endValue}` : e.value, 'text');
    md.appendText(e.explanation);
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)));
  }

  private updateStatus(doc: vscode.TextDocument | undefined): void {
    if (!doc) { this.status.hide(); return; }
    const a = this.analyzer.latest(doc);
    if (!a) return;
    const dl = a.result?.dateline;
    if (a.status === 'binary' || a.status === 'tooLarge') { this.status.hide(); return; }
    if (dl) {
      this.status.text = `$(calendar) ${describeValue(dl.value)}${a.overridden ? ' (set by you)' : ''}`;
      this.status.tooltip = a.overridden ? 'Dateline: reference date set by you. Click to change it.' : `Dateline: found in the text (${dl.source === 'front-matter' ? 'front matter' : `"${dl.text}"`}). Click to set another reference date.`;
    } else {
      this.status.text = '$(calendar) No dateline';
      this.status.tooltip = `Dateline: none found; dates rest on the file's modified time (${describeValue(a.model?.reference.value ?? '')}). Click to set a reference date.`;
    }
    this.status.show();
  }

  // --- reference date ------------------------------------------------------------------------------

  private targetDoc(): vscode.TextDocument | undefined {
    const ed = vscode.window.activeTextEditor;
    if (ed && isArticle(ed.document)) return ed.document;
    return this.current;
  }

  /** Asks for a reference date (or takes `given`, for keybindings and tests); true when one was set. */
  private async setReferenceDate(given?: string): Promise<boolean> {
    const doc = this.targetDoc();
    if (!doc) { void vscode.window.showInformationMessage('Dateline: open an article first.'); return false; }
    const a = await this.analyzer.get(doc);
    const now = this.analyzer.fallbackDate(doc);
    const input = given !== undefined ? given : await vscode.window.showInputBox({
      title: 'Dateline: Set Reference Date',
      prompt: 'The date (and time) the article was written. Every date in it is resolved against this.',
      placeHolder: 'e.g. 2025-11-19, 2025-11-19 08:19 or 19 Nov 2025',
      value: a.result?.dateline?.value.replace('T', ' ') ?? '',
      validateInput: (s) => {
        const r = parseReferenceInput(s, now);
        return 'error' in r ? r.error : undefined;
      },
    });
    if (input === undefined) return false;
    const r = parseReferenceInput(input, now);
    if ('error' in r) { void vscode.window.showErrorMessage(`Dateline: ${r.error}`); return false; }
    await this.analyzer.setOverride(doc.uri, r.value);
    await this.refresh(doc);
    return true;
  }

  // --- export --------------------------------------------------------------------------------------

  private async exportTimeline(formatArg?: unknown, targetArg?: unknown): Promise<vscode.Uri | undefined> {
    const doc = this.targetDoc();
    if (!doc) { void vscode.window.showInformationMessage('Dateline: open an article to export its timeline.'); return undefined; }
    const a = await this.analyzer.get(doc);
    if (!a.model) { void vscode.window.showWarningMessage(`Dateline: nothing to export. ${a.message ?? ''}`.trim()); return undefined; }
    const formats: Array<{ label: string; description: string; format: ExportFormat }> = [
      { label: 'TimelineJS JSON', description: 'Knight Lab TimelineJS', format: 'timelinejs' },
      { label: 'CSV', description: 'spreadsheets', format: 'csv' },
      { label: 'iCalendar (.ics)', description: 'calendars; days only', format: 'ics' },
      { label: 'Markdown table', description: 'notes and wikis', format: 'markdown' },
    ];
    let format = formats.find((f) => f.format === formatArg)?.format;
    if (!format) {
      const pick = await vscode.window.showQuickPick(formats, { title: 'Dateline: Export Timeline', placeHolder: 'Choose a format' });
      if (!pick) return undefined;
      format = pick.format;
    }
    const base = doc.uri.path.split('/').pop()?.replace(/\.[^.]*$/, '') || 'article';
    const out = exportTimeline(format, a.model, { title: base, sourceName: doc.uri.toString() });
    let target = targetArg instanceof vscode.Uri ? targetArg : undefined;
    if (!target) {
      const folder = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
      target = await vscode.window.showSaveDialog({
        title: 'Dateline: Export Timeline',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}-timeline.${out.fileExtension}`) : undefined,
        filters: { [formats.find((f) => f.format === format)!.label]: [out.fileExtension] },
      });
      if (!target) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(out.content));
    const notes = out.notes.length ? ` ${out.notes.join(' ')}` : '';
    void vscode.window.showInformationMessage(`Dateline: timeline exported to ${target.path.split('/').pop()}.${notes}`);
    return target;
  }

  private async copyMarkdown(): Promise<boolean> {
    const doc = this.targetDoc();
    if (!doc) return false;
    const a = await this.analyzer.get(doc);
    if (!a.model) return false;
    const base = doc.uri.path.split('/').pop() || 'article';
    await vscode.env.clipboard.writeText(exportTimeline('markdown', a.model, { title: base, sourceName: doc.uri.toString() }).content);
    void vscode.window.setStatusBarMessage('Dateline: timeline copied as Markdown', 3000);
    return true;
  }

  private async useDetected(): Promise<void> {
    const doc = this.targetDoc();
    if (!doc) return;
    await this.analyzer.setOverride(doc.uri, undefined);
    await this.refresh(doc);
  }

  private async refresh(doc: vscode.TextDocument): Promise<void> {
    await this.analyzer.get(doc);
    this.updateStatus(doc);
    for (const ed of vscode.window.visibleTextEditors) if (ed.document === doc) this.decorate(ed);
    if (this.panel && this.panel.uri === doc.uri.toString()) await this.send(doc);
  }
}

function words(e: Entry): string {
  return entryWords(e);
}

/** The document's length without copying its text. */
function docLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}
