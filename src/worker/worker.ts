/**
 * The analysis worker: runs the whole core (chrono-node, our rules, the tagger) off the extension
 * host's main thread. The same bundle runs as a Node worker thread (VS Code desktop, code-server) and
 * as a web worker (VS Code for the web).
 */
import { analyzeArticle } from '../core';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/worker-protocol';

function handle(req: AnalyzeRequest): AnalyzeResponse {
  // TEST ONLY (see AnalyzeRequest.testDelayMs): a slow analysis on demand, as busy as a real one.
  if (req.testDelayMs) {
    const until = Date.now() + Math.min(req.testDelayMs, 60_000);
    while (Date.now() < until) { /* busy */ }
  }
  const t0 = Date.now();
  try {
    const { result, model, corrections } = analyzeArticle(req.text, req.dct, req.fallback, req.corrections);
    return { id: req.id, ok: true, result, model, corrections, ms: Date.now() - t0 };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

declare const self: { onmessage: ((e: { data: AnalyzeRequest }) => void) | null; postMessage(m: AnalyzeResponse): void } | undefined;
const isNode = typeof process !== 'undefined' && !!(process as { versions?: { node?: string } }).versions?.node && typeof self === 'undefined';
if (isNode) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort } = require('worker_threads') as typeof import('worker_threads');
  parentPort?.on('message', (req: AnalyzeRequest) => parentPort.postMessage(handle(req)));
} else if (typeof self !== 'undefined') {
  self.onmessage = (e) => self!.postMessage(handle(e.data));
}
