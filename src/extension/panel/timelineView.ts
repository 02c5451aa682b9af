/**
 * The one timeline panel and what it shows: it opens beside the article (by itself, per
 * `dateline.autoOpen`, or by the command), follows the current article, re-renders on every new
 * analysis of it, highlights the entry under the cursor, and acts on the panel's (checked) messages.
 */
import * as vscode from 'vscode';
import { PROGRESS_CHARS, docLength, formatSize, isArticle } from '../analyzer';
import type { AnalysedEvent, Article } from '../article';
import { TimelinePanel } from './panel';
import { FromWebview, ToWebview, parseFromWebview, parseWebviewState } from '../../shared/protocol';
import { firstEntryIn, limitTimeline } from '../../core/lang/en/words';

/** The panel shows at most this many entries; the export has them all. */
const PANEL_MAX_ENTRIES = 2000;

type AutoOpen = 'whenDatelineFound' | 'always' | 'never';

/** One line per entry (setting dateline.compact, the panel's Compact toggle). */
const compact = () => vscode.workspace.getConfiguration('dateline').get<boolean>('compact', false);

export class TimelineView implements vscode.Disposable {
  private panel: TimelinePanel | undefined;
  /**
   * The user closed the panel: it stays closed for this window's session, whatever article comes next
   * (`dateline.autoOpen` chooses when it opens by itself; the command opens it again).
   */
  private dismissed = false;
  private readonly disposables: vscode.Disposable[] = [];
  /** Showing the article followed last. */
  private following: Promise<void> = Promise.resolve();
  /** The entry last focused in the panel (its `focus` message), in the analysis the panel shows. */
  private focused: number | null = null;
  /** The last message sent to the webview (for tests). */
  last: ToWebview | undefined;
  /** The statuses of the last updates sent, oldest first (for tests). */
  readonly statuses: string[] = [];
  /** The last updates sent with the document version they showed (-1: none), oldest first (for tests). */
  readonly updates: Array<{ uri: string; version: number; status: string }> = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly article: Article) {
    this.disposables.push(
      article.onDidChangeCurrent((doc) => { this.following = article.track(this.onCurrent(doc)); }),
      article.onDidAnalyse((e) => this.onAnalysed(e)),
      article.onDidCloseArticle((doc) => this.onClose(doc)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dateline.compact')) this.panel?.post({ type: 'compact', on: compact() });
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.panel?.panel.dispose();
  }

  get uri(): string | undefined { return this.panel?.uri; }
  get column(): vscode.ViewColumn | undefined { return this.panel?.panel.viewColumn; }
  get html(): string | undefined { return this.panel?.panel.webview.html; }
  get active(): boolean { return !!this.panel?.panel.active; }
  get rejected(): number { return this.panel?.rejected ?? 0; }

  /** Handles a raw message as if the webview had sent it; false when it was rejected. */
  receive(raw: unknown): boolean {
    const msg = parseFromWebview(raw);
    if (!msg) { if (this.panel) this.panel.rejected++; return false; }
    this.onMessage(msg);
    return true;
  }

  // --- following the article -----------------------------------------------------------------------

  private async onCurrent(doc: vscode.TextDocument): Promise<void> {
    if (this.panel) { this.keepBeside(doc); await this.show(doc); return; }
    const a = await this.article.analyse(doc);
    if (doc.isClosed) return;
    if (this.panel) { await this.show(doc); return; }
    const mode = vscode.workspace.getConfiguration('dateline').get<AutoOpen>('autoOpen', 'whenDatelineFound');
    if (mode === 'never' || this.dismissed) return;
    if (mode === 'always' || (a.result?.dateline && a.result.dateline.source !== 'given') || (mode === 'whenDatelineFound' && a.overridden)) {
      await this.open(doc, this.columnOf(doc));
    }
  }

  /** "Show Timeline to the Side": reveals the panel (or opens it) on this article. */
  async showToSide(doc: vscode.TextDocument): Promise<void> {
    this.dismissed = false;
    // Asked for by the user: a document Dateline gave up on is read again.
    this.article.analyzer.retry(doc);
    await this.article.analyzer.prepare(doc);
    const editorColumn = this.columnOf(doc);
    if (this.panel) {
      const at = this.panel.panel.viewColumn;
      // Beside the article's group, never on top of the article in its own group.
      this.panel.panel.reveal(at !== undefined && at !== editorColumn ? at : editorColumn !== undefined ? editorColumn + 1 : vscode.ViewColumn.Beside, true);
    } else {
      this.create(editorColumn);
    }
    // Following it renders it.
    await this.article.setCurrent(doc);
    await this.following;
  }

  /** The group of the article's editor (the active one if it shows the article). */
  private columnOf(doc: vscode.TextDocument): vscode.ViewColumn | undefined {
    const active = vscode.window.activeTextEditor;
    if (active?.document === doc) return active.viewColumn;
    return vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
  }

  /**
   * An article opened in the panel's own group (its group had the focus) hides the panel behind it:
   * the panel moves to the group beside the article's, as the Markdown preview's does.
   */
  private keepBeside(doc: vscode.TextDocument): void {
    const p = this.panel?.panel;
    const editorColumn = this.columnOf(doc);
    if (!p || editorColumn === undefined || p.viewColumn !== editorColumn || p.visible) return;
    p.reveal(editorColumn + 1, true);
  }

  private open(doc: vscode.TextDocument, editorColumn: vscode.ViewColumn | undefined): Promise<void> {
    this.create(editorColumn);
    return this.show(doc);
  }

  private create(editorColumn: vscode.ViewColumn | undefined): void {
    const column = editorColumn !== undefined ? editorColumn + 1 : vscode.ViewColumn.Beside;
    this.panel = TimelinePanel.create(this.extensionUri, this.host(), column);
  }

  /** After a reload: adopts the restored webview and shows the article it showed (or the active one). */
  restore(panel: vscode.WebviewPanel, rawState: unknown): void {
    if (this.panel) {
      // One panel only: a second restored panel closes.
      panel.dispose();
      return;
    }
    this.panel = new TimelinePanel(panel, this.extensionUri, this.host());
    const state = parseWebviewState(rawState);
    const doc = state ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri) : undefined;
    const active = vscode.window.activeTextEditor?.document;
    const target = doc ?? (active && isArticle(active) ? active : undefined);
    if (target) {
      void this.article.track(this.article.setCurrent(target));
    } else if (state) {
      void this.article.track(Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri))).then(
        (d) => this.article.setCurrent(d),
        () => this.sendEmpty(),
      ));
    } else {
      this.sendEmpty();
    }
  }

  private host() {
    return {
      onMessage: (m: FromWebview) => this.onMessage(m),
      onDispose: () => {
        // Closed by the user (this view's own dispose() is the window's end).
        this.dismissed = true;
        this.panel = undefined;
      },
    };
  }

  // --- what the panel shows --------------------------------------------------------------------------

  /** Shows the document's timeline: at once if analysed, else when its analysis is announced. */
  private async show(doc: vscode.TextDocument): Promise<void> {
    if (!this.panel) return;
    const a = this.article.analyzer.cached(doc);
    if (a) { this.render(doc); return; }
    const uri = doc.uri.toString();
    const size = docLength(doc);
    if (size >= PROGRESS_CHARS && this.panel.uri !== uri) {
      const fileName = doc.uri.path.split('/').pop() || uri;
      this.post({ type: 'update', uri, fileName, status: 'working', message: `Reading ${formatSize(size)}…`, model: null, overridden: false, compact: compact() });
    }
    // onAnalysed renders it.
    await this.article.analyse(doc);
  }

  private onAnalysed({ doc }: AnalysedEvent): void {
    if (!this.panel || doc.isClosed) return;
    // The panel may have moved on while the worker worked.
    if (this.article.current !== doc && this.panel.uri !== doc.uri.toString()) return;
    this.render(doc);
  }

  /** Sends the panel the latest analysis of the document. */
  private render(doc: vscode.TextDocument): void {
    const a = this.article.analyzer.latest(doc);
    if (!this.panel || !a) return;
    const uri = doc.uri.toString();
    const fileName = doc.uri.path.split('/').pop() || uri;
    const model = a.model ? limitTimeline(a.model, PANEL_MAX_ENTRIES) : null;
    // The entry under the cursor travels with the update: indices change when the text does.
    const highlight = this.entryAtCursor(vscode.window.visibleTextEditors.find((e) => e.document === doc));
    this.focused = null;
    this.post({ type: 'update', uri, fileName, status: a.status, message: a.message, model, overridden: a.overridden, highlight, compact: compact() }, a.version);
    this.panel.panel.title = `Timeline: ${fileName}`;
  }

  private post(msg: ToWebview, version = -1): void {
    if (!this.panel) return;
    this.last = msg;
    if (msg.type === 'update') {
      this.statuses.push(msg.status); if (this.statuses.length > 20) this.statuses.shift();
      this.updates.push({ uri: msg.uri, version, status: msg.status }); if (this.updates.length > 50) this.updates.shift();
    }
    this.panel.post(msg);
  }

  private sendEmpty(): void {
    if (!this.panel) return;
    this.post({ type: 'update', uri: '', fileName: '', status: 'noEditor', message: 'Open a plain-text or Markdown article to see its timeline.', model: null, overridden: false, compact: compact() });
    this.panel.panel.title = 'Timeline';
  }

  private onClose(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (this.panel && this.panel.uri === key) {
      const next = vscode.window.visibleTextEditors.map((e) => e.document).find((d) => d !== doc && isArticle(d) && !d.isClosed);
      if (next) void this.article.track(this.article.setCurrent(next));
      else this.sendEmpty();
    }
  }

  // --- messages from the panel -----------------------------------------------------------------------

  private onMessage(m: FromWebview): void {
    const doc = this.article.current;
    switch (m.type) {
      case 'ready':
        if (doc && this.panel) void this.article.track(this.show(doc)); else this.sendEmpty();
        break;
      case 'reveal': {
        if (!doc) return;
        // The panel shows the latest analysis; its indices refer to that one.
        const e = this.article.analyzer.latest(doc)?.result?.entries[m.index];
        if (!e) return; // out of range: ignore
        void this.reveal(doc, e.start, e.end);
        break;
      }
      case 'revealDateline': {
        const dl = doc && this.article.analyzer.latest(doc)?.result?.dateline;
        if (doc && dl && dl.end > dl.start) void this.reveal(doc, dl.start, dl.end);
        break;
      }
      case 'focus': this.focused = m.index; break;
      case 'correct': void vscode.commands.executeCommand('dateline.correctDate', { entryIndex: m.index }); break;
      case 'changeReference': void vscode.commands.executeCommand('dateline.setReferenceDate'); break;
      case 'useDetected': void vscode.commands.executeCommand('dateline.useDetectedDateline'); break;
      case 'export': void vscode.commands.executeCommand('dateline.exportTimeline'); break;
      case 'setCompact': void vscode.workspace.getConfiguration('dateline').update('compact', m.on, vscode.ConfigurationTarget.Global); break;
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

  // --- the entry under the cursor ------------------------------------------------------------------

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.panel || this.panel.uri !== e.textEditor.document.uri.toString()) return;
    this.panel.post({ type: 'highlight', index: this.entryAtCursor(e.textEditor), scroll: true });
  }

  /**
   * The editor scrolled (setting dateline.scrollPanelWithEditor, on by default, as the Markdown
   * preview's scrollPreviewWithEditor): the list follows with the first entry of the text in view.
   */
  private onScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel || this.panel.uri !== e.textEditor.document.uri.toString() || !e.visibleRanges.length) return;
    if (!vscode.workspace.getConfiguration('dateline').get<boolean>('scrollPanelWithEditor', true)) return;
    const a = this.article.analyzer.latest(e.textEditor.document);
    if (!a?.result) return;
    const from = e.textEditor.document.offsetAt(e.visibleRanges[0].start);
    const to = e.textEditor.document.offsetAt(e.visibleRanges[0].end);
    // The first entry in view that the panel shows (on the timeline or not), in text order.
    const i = firstEntryIn(a.result.entries, from, to);
    if (i >= 0) this.post({ type: 'scrollTo', index: i });
  }

  /** Index of the entry under the editor's cursor in the latest analysis, or null. */
  private entryAtCursor(editor: vscode.TextEditor | undefined): number | null {
    return editor ? this.article.entryAt(editor.document, editor.document.offsetAt(editor.selection.active)) : null;
  }

  /** The entry focused in the panel, when the panel is the active editor (the correction commands act on it). */
  focusedEntry(): number | null {
    return this.panel?.panel.active ? this.focused : null;
  }
}
