/**
 * The messages between the extension and the timeline webview. The webview renders what it is sent;
 * everything it sends back is checked here before the extension acts on it.
 */
import type { TimelineModel } from '../core/timeline';

export type PanelStatus = 'ok' | 'empty' | 'binary' | 'tooLarge' | 'noEditor' | 'working';

/** Extension → webview. */
export type ToWebview =
  | {
    type: 'update';
    uri: string;
    fileName: string;
    status: PanelStatus;
    /** A sentence for the user when status is not 'ok'. */
    message?: string;
    model: TimelineModel | null;
    /** True when the reference is an override the user set. */
    overridden: boolean;
    /** The entry under the editor's cursor, if any. */
    highlight?: number | null;
    /** One line per entry (setting dateline.compact). */
    compact: boolean;
  }
  /** The setting dateline.compact changed. */
  | { type: 'compact'; on: boolean }
  | { type: 'highlight'; index: number | null; scroll: boolean }
  /** The editor scrolled: bring the first entry of the text in view to the top of the list (dateline.scrollPanelWithEditor). */
  | { type: 'scrollTo'; index: number };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; index: number }
  /** An entry got the focus (the correction commands act on it when the panel is active). */
  | { type: 'focus'; index: number }
  /** F2 on an entry: Correct This Date… */
  | { type: 'correct'; index: number }
  | { type: 'revealDateline' }
  | { type: 'changeReference' }
  | { type: 'useDetected' }
  | { type: 'export' }
  /** The panel's Compact toggle: sets dateline.compact. */
  | { type: 'setCompact'; on: boolean };

/** The state the webview keeps (vscode.setState), read back by the serializer after a reload. */
export interface WebviewState {
  uri: string;
  /** Whether "Not on the timeline" is open: it stays as the user left it, across edits and reloads. */
  otherOpen?: boolean;
  /** The list's filter and search, as the user left them. */
  filter?: 'all' | 'past' | 'expected' | 'check';
  query?: string;
}

const MAX_INDEX = 1_000_000;

/** An index into an analysis's entries, as the panel may send it: an integer from 0 to MAX_INDEX. */
export function isEntryIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INDEX;
}

/**
 * The entry index a command is given: a number (tests, keybindings) or the panel's entry context
 * (`data-vscode-context`, `{ entryIndex }`, from the webview: checked). Undefined when none is given,
 * null when what is given is no entry index.
 */
export function entryIndexArg(arg: unknown): number | null | undefined {
  const v = typeof arg === 'number' ? arg : typeof arg === 'object' && arg !== null ? (arg as { entryIndex?: unknown }).entryIndex : undefined;
  return v === undefined ? undefined : isEntryIndex(v) ? v : null;
}

/**
 * Returns the message if it is a well-formed FromWebview, or null. Unknown types, wrong field types,
 * out-of-range numbers and extra payload are rejected.
 */
export function parseFromWebview(raw: unknown): FromWebview | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m);
  if (keys.length > 2) return null;
  switch (m.type) {
    case 'ready': case 'revealDateline': case 'changeReference': case 'useDetected': case 'export':
      return keys.length === 1 ? { type: m.type } : null;
    case 'setCompact':
      return keys.length === 2 && typeof m.on === 'boolean' ? { type: 'setCompact', on: m.on } : null;
    case 'reveal': case 'focus': case 'correct':
      if (keys.length !== 2 || !isEntryIndex(m.index)) return null;
      return { type: m.type, index: m.index };
    default:
      return null;
  }
}

/** Checks a state object restored by the serializer. */
export function parseWebviewState(raw: unknown): WebviewState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { uri, otherOpen, filter, query } = raw as Record<string, unknown>;
  if (!(typeof uri === 'string' && uri.length > 0 && uri.length < 4096)) return null;
  const s: WebviewState = { uri };
  if (otherOpen === true) s.otherOpen = true;
  if (filter === 'past' || filter === 'expected' || filter === 'check') s.filter = filter;
  if (typeof query === 'string' && query.length > 0 && query.length <= 200) s.query = query;
  return s;
}
