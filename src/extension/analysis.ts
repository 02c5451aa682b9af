/**
 * Analyses documents for the extension, once per document version, with the user's reference-date
 * override and the file's modified time as the fallback. Pure glue: the work is the core's.
 */
import * as vscode from 'vscode';
import { analyze, AnalyzeResult, buildTimeline, TimelineModel } from '../core';
import type { PanelStatus } from '../shared/protocol';

/** Documents larger than this are not analysed; the panel says so. */
export const MAX_CHARS = 5_000_000;

export interface Analysis {
  uri: string;
  version: number;
  status: PanelStatus;
  message?: string;
  result: AnalyzeResult | null;
  model: TimelineModel | null;
  overridden: boolean;
}

const OVERRIDES_KEY = 'dateline.overrides';

export function isArticle(doc: vscode.TextDocument): boolean {
  return (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && doc.uri.scheme !== 'output' && doc.uri.scheme !== 'vscode-settings';
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

export function dayValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export class Analyzer {
  private cache = new Map<string, Analysis>();
  private mtimes = new Map<string, Date>();

  constructor(private readonly state: vscode.Memento) {}

  override(uri: vscode.Uri): string | undefined {
    return this.state.get<Record<string, string>>(OVERRIDES_KEY, {})[uri.toString()];
  }

  async setOverride(uri: vscode.Uri, value: string | undefined): Promise<void> {
    const all = { ...this.state.get<Record<string, string>>(OVERRIDES_KEY, {}) };
    if (value === undefined) delete all[uri.toString()]; else all[uri.toString()] = value;
    await this.state.update(OVERRIDES_KEY, all);
    this.cache.delete(uri.toString());
  }

  /** The file's modified time (the fallback reference), looked up once per document. */
  async prepare(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    if (this.mtimes.has(key)) return;
    let when = new Date();
    try {
      if (doc.uri.scheme !== 'untitled') when = new Date((await vscode.workspace.fs.stat(doc.uri)).mtime);
    } catch {
      // no stat (virtual file): today
    }
    this.mtimes.set(key, when);
  }

  fallbackDate(doc: vscode.TextDocument): Date {
    return this.mtimes.get(doc.uri.toString()) ?? new Date();
  }

  forget(uri: vscode.Uri): void {
    this.cache.delete(uri.toString());
    this.mtimes.delete(uri.toString());
  }

  cached(doc: vscode.TextDocument): Analysis | undefined {
    const a = this.cache.get(doc.uri.toString());
    return a && a.version === doc.version ? a : undefined;
  }

  /** Analyses the document (or returns the cached analysis of this version). Never throws. */
  get(doc: vscode.TextDocument): Analysis {
    const hit = this.cached(doc);
    if (hit) return hit;
    const uri = doc.uri.toString();
    const overrideValue = this.override(doc.uri);
    const base = { uri, version: doc.version, overridden: overrideValue !== undefined };
    let a: Analysis;
    if (doc.getText().length > MAX_CHARS) {
      a = { ...base, status: 'tooLarge', message: `This file has ${doc.getText().length.toLocaleString('en')} characters; Dateline reads articles of up to ${MAX_CHARS.toLocaleString('en')}.`, result: null, model: null };
    } else {
      const text = doc.getText();
      if (text.indexOf('\u0000') !== -1) {
        a = { ...base, status: 'binary', message: 'This file holds binary data, not a text article.', result: null, model: null };
      } else {
        try {
          const fallback = this.fallbackDate(doc);
          const result = analyze(text, { dct: overrideValue, fallbackDate: fallback });
          const model = buildTimeline(text, result, dayValue(fallback));
          a = { ...base, status: result.entries.length || result.dateline ? 'ok' : 'empty', result, model };
        } catch (e) {
          a = { ...base, status: 'empty', message: `Dateline could not read this file: ${(e as Error).message}`, result: null, model: null };
        }
      }
    }
    this.cache.set(uri, a);
    return a;
  }
}
