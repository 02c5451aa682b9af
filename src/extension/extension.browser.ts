/** Dateline for VS Code for the web: the analysis runs in a web worker. */
import * as vscode from 'vscode';
import { activateWith } from './activate';
import type { DatelineApi } from './testApi';
import type { AnalysisWorker } from './analysis';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/worker-protocol';

export function activate(context: vscode.ExtensionContext): DatelineApi {
  const url = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').toString(true);
  return activateWith(context, () => webWorker(url));
}

export function deactivate(): void {
  // disposed through context.subscriptions
}

/**
 * A web worker for the analysis. The extension's files may live on another origin than the
 * extension host, so the script is fetched and started from a blob URL.
 */
function webWorker(url: string): AnalysisWorker {
  let worker: Worker | undefined;
  let failed = false;
  const queue: AnalyzeRequest[] = [];
  const responses: Array<(r: AnalyzeResponse) => void> = [];
  const failures: Array<(why: string) => void> = [];
  const fail = (why: string) => { if (!failed) { failed = true; for (const f of failures) f(why); } };
  fetch(url).then((r) => r.text()).then((src) => {
    if (failed) return;
    worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
    worker.onmessage = (e: MessageEvent<AnalyzeResponse>) => { for (const f of responses) f(e.data); };
    worker.onerror = (e) => fail(e.message || 'the worker failed');
    for (const q of queue.splice(0)) worker.postMessage(q);
  }, (e: Error) => fail(`could not load the analysis worker: ${e.message}`));
  return {
    post: (req) => (worker ? worker.postMessage(req) : queue.push(req)),
    onResponse: (f) => { responses.push(f); },
    onFailure: (f) => { failures.push(f); },
    dispose: () => { failed = true; worker?.terminate(); },
  };
}
