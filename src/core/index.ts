export * from './types';
export { analyze } from './analyze';
export { detectDateline } from './dateline';
export { describeValue, describeRange } from './describe';
export { tenseAt, splitSentences } from './tense';
export { buildTimeline, valueStartKey } from './timeline';
export type { TimelineModel, TimelineItem, TimelineGroup, TimelineRow } from './timeline';
export { parseReferenceInput } from './reference';
export type { ReferenceInput } from './reference';
