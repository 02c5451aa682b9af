/** Dateline for VS Code desktop and code-server: the analysis runs in a Node worker thread. */
import * as path from 'path';
import { Worker } from 'worker_threads';
import * as vscode from 'vscode';
import { activateWith } from './activate';
import type { DatelineApi } from './testApi';
import type { AnalysisWorker } from './analyzer';
import type { AnalyzeResponse } from '../shared/worker-protocol';

export type { DatelineApi } from './testApi';

export function activate(context: vscode.ExtensionContext): DatelineApi {
  return activateWith(context, () => nodeWorker(path.join(context.extensionUri.fsPath, 'dist', 'worker.js')));
}

export function deactivate(): void {
  // disposed through context.subscriptions
}

function nodeWorker(file: string): AnalysisWorker {
  const w = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
  w.unref();
  let failed = false;
  const failures: Array<(why: string) => void> = [];
  const fail = (why: string) => { if (!failed) { failed = true; for (const f of failures) f(why); } };
  w.on('error', (e) => fail(e.message));
  w.on('exit', (code) => fail(`the worker exited (${code})`));
  return {
    post: (req) => w.postMessage(req),
    onResponse: (f) => { w.on('message', (r: AnalyzeResponse) => f(r)); },
    onFailure: (f) => { failures.push(f); },
    // terminate() stops the thread at once, even in the middle of an analysis.
    dispose: () => { failed = true; void w.terminate(); },
  };
}
