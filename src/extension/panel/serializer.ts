/** Restores the timeline panel after a window reload ("Developer: Reload Window", a restart). */
import * as vscode from 'vscode';
import { VIEW_TYPE } from './panel';
import type { TimelineView } from './timelineView';

export function registerSerializer(view: TimelineView): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
    deserializeWebviewPanel: async (panel, state) => view.restore(panel, state),
  });
}
