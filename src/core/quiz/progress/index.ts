// Quiz progress on disk (store.ts says what it guarantees): the public face of this folder.
export * from './types';
export { parseProgress, ProgressFormatError } from './parse';
export type { ParsedProgress } from './parse';
export { mergeProgress } from './merge';
export { ProgressStore } from './store';
export type { ProgressStoreOptions } from './store';
