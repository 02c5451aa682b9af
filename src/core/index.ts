export * from './types';
export { analyze } from './analyze';
export { detectDateline } from './dateline';
