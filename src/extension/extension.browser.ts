/** Dateline for VS Code for the web: the analysis runs in a web worker. */
import * as vscode from 'vscode';
import { activateWith } from './activate';
import type { DatelineApi } from './testApi';
import type { AnalysisWorker } from './analyzer';
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
 * extension host, so the script is fetched (once; the pool may start several workers) and started
 * from a blob URL.
 */
let script: Promise<string> | undefined;

function webWorker(url: string): AnalysisWorker {
  let worker: Worker | undefined;
  let failed = false;
  const queue: AnalyzeRequest[] = [];
  const responses: Array<(r: AnalyzeResponse) => void> = [];
  const failures: Array<(why: string) => void> = [];
  const fail = (why: string) => { if (!failed) { failed = true; for (const f of failures) f(why); } };
  script ??= fetch(url).then((r) => r.text()).then((src) => URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
  script.then((blobUrl) => {
    if (failed) return;
    worker = new Worker(blobUrl);
    worker.onmessage = (e: MessageEvent<AnalyzeResponse>) => { for (const f of responses) f(e.data); };
    worker.onerror = (e) => fail(e.message || 'the worker failed');
    for (const q of queue.splice(0)) worker.postMessage(q);
  }, (e: Error) => { script = undefined; fail(`could not load the analysis worker: ${e.message}`); });
  return {
    post: (req) => (worker ? worker.postMessage(req) : queue.push(req)),
    onResponse: (f) => { responses.push(f); },
    onFailure: (f) => { failures.push(f); },
    // terminate() stops the worker at once, even in the middle of an analysis.
    dispose: () => { failed = true; worker?.terminate(); },
  };
}
