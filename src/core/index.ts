export * from './types';
export { analyzeText } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { makeDoc } from './document';
export type { Doc, Line } from './document';
