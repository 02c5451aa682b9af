/**
 * Dateline: Export Timeline… (also the panel's Export… button): TimelineJS JSON, CSV, iCalendar or a
 * Markdown table, through a save dialog. Tests pass the format and the target. Returns the file written.
 */
import * as vscode from 'vscode';
import { exportTimeline, ExportFormat } from '../../core/lang/en/words';
import type { Article } from '../article';

const FORMATS: Array<{ label: string; description: string; format: ExportFormat }> = [
  { label: 'TimelineJS JSON', description: 'Knight Lab TimelineJS', format: 'timelinejs' },
  { label: 'CSV', description: 'spreadsheets', format: 'csv' },
  { label: 'iCalendar (.ics)', description: 'calendars: days and times', format: 'ics' },
  { label: 'Markdown table', description: 'notes and wikis', format: 'markdown' },
];

export function registerExportTimeline(article: Article): vscode.Disposable {
  return vscode.commands.registerCommand('dateline.exportTimeline', async (formatArg?: unknown, targetArg?: unknown): Promise<vscode.Uri | undefined> => {
    const doc = article.target();
    if (!doc) { void vscode.window.showInformationMessage('Dateline: open an article to export its timeline.'); return undefined; }
    const a = await article.analyse(doc);
    if (!a.model) { void vscode.window.showWarningMessage(`Dateline: nothing to export. ${a.message ?? ''}`.trim()); return undefined; }
    let format = FORMATS.find((f) => f.format === formatArg)?.format;
    if (!format) {
      const pick = await vscode.window.showQuickPick(FORMATS, { title: 'Dateline: Export Timeline', placeHolder: 'Choose a format' });
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
        filters: { [FORMATS.find((f) => f.format === format)!.label]: [out.fileExtension] },
      });
      if (!target) return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(out.content));
    const notes = out.notes.length ? ` ${out.notes.join(' ')}` : '';
    void vscode.window.showInformationMessage(`Dateline: timeline exported to ${target.path.split('/').pop()}.${notes}`);
    return target;
  });
}
