/**
 * The composition root: creates the current article (with its analyzer and worker), the panel and
 * its serializer, the editor features and the commands, and registers them. extension.ts (Node) and
 * extension.browser.ts (web) call it with their worker factory. All date logic lives in src/core.
 */
import * as vscode from 'vscode';
import type { AnalysisWorker } from './analyzer';
import { Article } from './article';
import { TimelineView } from './panel/timelineView';
import { registerSerializer } from './panel/serializer';
import { InlineDates } from './editor/inlayHints';
import { registerHover } from './editor/hover';
import { DatelineStatus } from './editor/statusBar';
import { registerShowTimelineToSide } from './commands/showTimelineToSide';
import { registerSetReferenceDate } from './commands/setReferenceDate';
import { registerUseDetectedDateline } from './commands/useDetectedDateline';
import { registerExportTimeline } from './commands/exportTimeline';
import { registerCopyTimelineAsMarkdown } from './commands/copyTimelineAsMarkdown';
import { registerCopyEntry } from './commands/copyEntry';
import { registerCorrectDate } from './commands/correctDate';
import { registerNotADate } from './commands/notADate';
import { registerResetCorrections } from './commands/resetCorrections';
import { registerDroppedNotice } from './corrections';
import { createTestApi, DatelineApi } from './testApi';

export function activateWith(context: vscode.ExtensionContext, createWorker: () => AnalysisWorker): DatelineApi {
  const article = new Article(context.workspaceState, createWorker);
  const view = new TimelineView(context.extensionUri, article);
  const inlineDates = new InlineDates(article);
  const status = new DatelineStatus(article);
  context.subscriptions.push(
    article,
    view,
    registerSerializer(view),
    inlineDates,
    registerHover(article),
    status,
    registerShowTimelineToSide(article, view),
    registerSetReferenceDate(article),
    registerUseDetectedDateline(article),
    registerExportTimeline(article),
    registerCopyTimelineAsMarkdown(article),
    registerCopyEntry(article),
    registerCorrectDate(article, view),
    registerNotADate(article, view),
    registerResetCorrections(article),
    registerDroppedNotice(article),
  );
  const api = createTestApi({ article, view, inlineDates, status }, context.subscriptions);
  article.start();
  return api;
}
