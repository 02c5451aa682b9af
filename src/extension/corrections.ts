/**
 * The reader's corrections, per document, kept in the workspace state (so they survive a reload) and
 * applied by the core in the analysis worker (core/corrections.ts). The document itself is never
 * modified. Also what the three correction commands share: which entry they act on, and how a
 * correction is made from an entry.
 */
import * as vscode from 'vscode';
import type { Correction } from '../core/types';
import type { TimelineItem } from '../core/timeline';
import { entryIndexArg, isEntryIndex } from '../shared/protocol';
import type { Article } from './article';

const KEY = 'dateline.corrections';
/** At most this many corrections per document. */
export const MAX_CORRECTIONS = 500;

/** A stored correction, checked: the workspace state is a file on disk like any other. */
function isCorrection(v: unknown): v is Correction {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  const str = (x: unknown, max: number) => typeof x === 'string' && x.length <= max;
  return str(c.words, 400) && (c.words as string).length > 0 && str(c.sentence, 2000) && isEntryIndex(c.at)
    && (c.value === undefined || str(c.value, 40)) && (c.endValue === undefined || str(c.endValue, 40));
}

export class CorrectionStore {
  /**
   * Each document's key, as read or last set: every analysis lookup asks for it (hints, hovers, the
   * panel), so the stored list is read and checked once, not on every lookup. Only set() writes it.
   */
  private readonly keys = new Map<string, string>();

  constructor(private readonly state: vscode.Memento) {}

  get(uri: vscode.Uri | string): Correction[] {
    const all = this.state.get<Record<string, unknown>>(KEY, {});
    const list = all[uri.toString()];
    return Array.isArray(list) ? list.filter(isCorrection).slice(0, MAX_CORRECTIONS) : [];
  }

  /** What identifies a document's corrections in an analysis (an analysis made with others is stale). */
  key(uri: vscode.Uri | string): string {
    const k = uri.toString();
    let key = this.keys.get(k);
    if (key === undefined) this.keys.set(k, (key = JSON.stringify(this.get(k))));
    return key;
  }

  async set(uri: vscode.Uri | string, list: readonly Correction[]): Promise<void> {
    const k = uri.toString();
    const all = { ...this.state.get<Record<string, unknown>>(KEY, {}) };
    if (list.length) all[k] = list.slice(0, MAX_CORRECTIONS); else delete all[k];
    // (Forgotten before and after: a key read while the state is being written is read again.)
    this.keys.delete(k);
    await this.state.update(KEY, all);
    this.keys.delete(k);
  }
}

/** The same expression: a correction of it replaces the one before. */
const sameAnchor = (a: Correction, b: Correction) => a.words === b.words && a.sentence === b.sentence && a.at === b.at;

/** The correction of a timeline item: its words and sentence, with the new value (none: not a date). */
export function correctionOf(it: TimelineItem, value?: { value: string; endValue?: string }): Correction {
  return { words: it.text.replace(/\s+/g, ' '), sentence: it.sentence, at: it.highlight[0], ...(value ? { value: value.value, ...(value.endValue ? { endValue: value.endValue } : {}) } : {}) };
}

/**
 * Puts `c` in the place of the document's correction of `item`'s words, if any (null: removes it),
 * and waits for the new analysis (announced to the panel, the hints and the status bar).
 */
export async function replaceCorrection(article: Article, doc: vscode.TextDocument, item: TimelineItem, c: Correction | null): Promise<void> {
  const anchor = correctionOf(item);
  const others = article.analyzer.corrections.get(doc.uri).filter((x) => !sameAnchor(x, anchor));
  await article.analyzer.setCorrections(doc.uri, c ? [...others, c] : others);
  await article.analyse(doc);
}

/** Where the correction commands look for their entry: the panel's focused entry, when the panel has the focus. */
export interface FocusedEntry {
  /** The entry focused in the panel, if the panel is the active editor. */
  focusedEntry(): number | null;
}

/**
 * The entry a correction command acts on: the one given (the panel's context menu passes
 * `{ entryIndex }`, tests and keybindings an index), else the one focused in the panel when it has the
 * focus, else the one under the cursor of the active article editor.
 */
export function targetEntry(article: Article, panel: FocusedEntry, arg: unknown): { doc: vscode.TextDocument; item: TimelineItem } | { error: string } {
  const given = entryIndexArg(arg);
  const doc = article.target();
  if (!doc) return { error: 'open an article first.' };
  let index = given ?? null;
  if (given === undefined) index = panel.focusedEntry();
  const editor = vscode.window.activeTextEditor;
  if (index === null && given === undefined && editor?.document === doc) index = article.entryAt(doc, doc.offsetAt(editor.selection.active));
  if (index === null) return { error: 'put the cursor on a date in the text, or right-click an entry in the timeline.' };
  const item = article.item(doc, index);
  if (!item) return { error: 'that date is not on the timeline any more.' };
  return { doc, item };
}

/** Says once when an analysis dropped corrections because their words were edited. */
export function registerDroppedNotice(article: Article): vscode.Disposable {
  return article.onDidAnalyse(({ analysis }) => {
    const d = analysis.droppedCorrections;
    if (!d?.length) return;
    const what = d.length === 1 ? `Your correction of “${d[0].words}” was` : `${d.length} of your corrections were`;
    void vscode.window.showInformationMessage(`Dateline: ${what} removed: the words ${d.length === 1 ? 'it corrected were' : 'they corrected were'} edited.`);
  });
}
