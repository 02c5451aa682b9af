export * from './types';
export { analyze } from './analyze';
export { detectDateline } from './dateline';
export { describeValue, describeRange } from './describe';
