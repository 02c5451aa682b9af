/** What every integration test file shares: the extension's API, opening files, waiting. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DatelineApi } from '../../src/extension/extension';

const EXT_ID = 'dateline-dev.dateline';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(what: string, f: () => T | undefined | false, ms = 10000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export function file(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The inlay hints VS Code gets from the extension for the whole document, as their labels, in order. */
export async function inlayHints(doc: vscode.TextDocument): Promise<string[]> {
  const end = doc.positionAt(doc.getText().length);
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(new vscode.Position(0, 0), end));
  return (hints ?? []).map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
}

export async function api(): Promise<DatelineApi> {
  const ext = vscode.extensions.getExtension<DatelineApi>(EXT_ID);
  assert.ok(ext, `extension ${EXT_ID} is installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(file(name));
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
}

/** Opens an article with its timeline beside it (the command, as a user would after closing the panel). */
export async function openWithPanel(a: DatelineApi, name: string): Promise<vscode.TextEditor> {
  const ed = await open(name);
  await vscode.commands.executeCommand('dateline.showTimelineToSide');
  await until('the panel', () => a.panelUri() === ed.document.uri.toString());
  return ed;
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await sleep(300);
}
