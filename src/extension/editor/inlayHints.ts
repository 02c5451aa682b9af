/**
 * Inline dates: a subtle hint after each date on the timeline (`→ Mon 17 Nov 2025`; shorter where a
 * line has many, see fitLabels), setting
 * `dateline.inlineDates`. An inlay hint, not an after-decoration: VS Code lays inlay hints out with the
 * text, so word wrap counts them and no word of the user's text is pushed out of sight. Refreshed when
 * an analysis is announced and when the setting changes.
 */
import * as vscode from 'vscode';
// From core/entry, not the core's index: the index would pull the rules and chrono-node (190 KB) into the extension bundle.
import { isDatelineWords, isOnTimeline, entryWords } from '../../core/lang/en/words';
import type { Entry } from '../../core/types';
import { Analysis, isArticle } from '../analyzer';
import type { Article } from '../article';

/** At most this many hints per document. */
const MAX_HINTS = 5000;

export class InlineDates implements vscode.Disposable, vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** The hints last given for each document (for tests), in text order. */
  private readonly shown = new Map<string, string[]>();
  /** Each analysis's hinted dates and labels (hintsOf). */
  private readonly labelled = new WeakMap<Analysis, { max: number; entries: Entry[]; labels: string[] }>();

  constructor(private readonly article: Article) {
    this.disposables.push(
      this.changed,
      vscode.languages.registerInlayHintsProvider([{ language: 'plaintext' }, { language: 'markdown' }], this),
      article.onDidAnalyse(() => this.changed.fire()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.shown.delete(doc.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dateline.inlineDates')) this.changed.fire();
      }),
    );
  }

  /** The hints last given for the document, in text order (for tests). */
  hints(uri: string): string[] {
    return this.shown.get(uri) ?? [];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /**
   * The dates that get a hint and their labels, once per analysis (and per `editor.inlayHints.maximumLength`):
   * VS Code asks for the hints of each range it shows, on every scroll.
   */
  private hintsOf(doc: vscode.TextDocument, a: Analysis): { entries: Entry[]; labels: string[] } {
    const max = vscode.workspace.getConfiguration('editor', doc).get<number>('inlayHints.maximumLength', 43);
    const hit = this.labelled.get(a);
    if (hit && hit.max === max) return hit;
    const dl = a.result?.dateline ?? null;
    const entries = (a.result?.entries ?? []).filter((e) => isOnTimeline(e) && !isDatelineWords(e, dl)).slice(0, MAX_HINTS);
    const done = { max, entries, labels: fitLabels(doc, entries, a.model?.reference.value.slice(0, 4), max) };
    this.labelled.set(a, done);
    return done;
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    const on = vscode.workspace.getConfiguration('dateline').get<boolean>('inlineDates', true);
    if (!on || !isArticle(doc)) {
      this.shown.set(doc.uri.toString(), []);
      return [];
    }
    const a = this.article.analyzer.cached(doc);
    if (!a) {
      // Not analysed yet: the announcement of its analysis asks VS Code for the hints again.
      void this.article.track(this.article.analyse(doc));
      return [];
    }
    const { entries, labels } = this.hintsOf(doc, a);
    this.shown.set(doc.uri.toString(), labels);
    const from = doc.offsetAt(range.start), to = doc.offsetAt(range.end);
    return entries
      .map((e, i) => [e, labels[i]] as const)
      .filter(([e]) => e.end >= from && e.end <= to)
      .map(([e, label]) => {
        const hint = new vscode.InlayHint(doc.positionAt(e.end), label);
        hint.paddingLeft = true;
        hint.tooltip = e.explanation;
        return hint;
      });
  }
}

/**
 * The hints' labels: `→ Mon 17 Nov 2025`, or `✎ …` for a date the reader corrected, as in the panel.
 * VS Code cuts a line's hints to `editor.inlayHints.maximumLength` characters in all (43 by default),
 * drawing the rest as "…"; a line whose hints would not fit gets shorter ones (the reference's year left
 * out, then the arrow), so that every date still shows.
 */
export function fitLabels(doc: vscode.TextDocument, entries: readonly Entry[], refYear: string | undefined, max: number): string[] {
  const full = entries.map((e) => `${e.corrected ? '✎' : '→'} ${entryWords(e)}`);
  if (!max) return full;
  const lines = entries.map((e) => doc.positionAt(e.end).line);
  const out = full.slice();
  const shorter = [
    (i: number) => (refYear ? full[i].replace(` ${refYear}`, '') : full[i]),
    (i: number) => (refYear ? full[i].replace(` ${refYear}`, '') : full[i]).replace(/^→ /, ''),
  ];
  for (let i = 0; i < entries.length;) {
    let j = i;
    while (j < entries.length && lines[j] === lines[i]) j++;
    const run = Array.from({ length: j - i }, (_, k) => i + k);
    const len = (f: (k: number) => string) => run.reduce((n, k) => n + f(k).length, 0);
    if (len((k) => full[k]) > max) {
      const f = shorter.find((g) => len(g) <= max) ?? shorter[shorter.length - 1];
      for (const k of run) out[k] = f(k);
    }
    i = j;
  }
  return out;
}
