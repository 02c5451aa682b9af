/**
 * The timeline webview panel: one panel beside the editor that follows the active article, as VS
 * Code's Markdown preview does. It sends the panel what to render and checks every message back.
 */
import * as vscode from 'vscode';
import { FromWebview, ToWebview, parseFromWebview } from '../../shared/protocol';

export const VIEW_TYPE = 'dateline.timeline';

export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/** The panel's page: no remote resources, a strict policy, scripts only by nonce. */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const n = nonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'timeline.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Timeline</title>
</head>
<body>
<header id="header" class="header" aria-live="polite"></header>
<main id="timeline" class="timeline" aria-label="Timeline"></main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}

export interface PanelHost {
  onMessage(msg: FromWebview): void;
  onDispose(): void;
}

export class TimelinePanel {
  private disposables: vscode.Disposable[] = [];
  /** The URI of the document shown, or undefined when empty. */
  uri: string | undefined;
  /** Count of messages from the webview that failed validation (for tests and logs). */
  rejected = 0;
  private ready = false;
  private pending: ToWebview[] = [];

  constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, private readonly host: PanelHost) {
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    panel.webview.html = panelHtml(panel.webview, extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw) => {
        const msg = parseFromWebview(raw);
        if (!msg) { this.rejected++; return; }
        if (msg.type === 'ready') { this.ready = true; this.flush(); }
        this.host.onMessage(msg);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  static create(extensionUri: vscode.Uri, host: PanelHost, column: vscode.ViewColumn): TimelinePanel {
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Timeline', { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    });
    return new TimelinePanel(panel, extensionUri, host);
  }

  post(msg: ToWebview): void {
    if (msg.type === 'update') this.uri = msg.uri || undefined;
    if (!this.ready) {
      // Before the page says it is ready, keep only the latest update and highlight.
      this.pending = this.pending.filter((p) => p.type !== msg.type);
      this.pending.push(msg);
      return;
    }
    void this.panel.webview.postMessage(msg);
  }

  private flush(): void {
    for (const m of this.pending) void this.panel.webview.postMessage(m);
    this.pending = [];
  }

  dispose(): void {
    const ds = this.disposables;
    this.disposables = [];
    for (const d of ds) d.dispose();
    this.host.onDispose();
  }
}
