// Paths the unit tests read: the project (tests run from out/test/unit) and ../shared beside it.
import * as path from 'path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const NOTES_DIR = path.join(PROJECT_ROOT, 'notes');
export const SHARED_DIR = path.resolve(PROJECT_ROOT, '..', 'shared');
export const SAMPLES_DIR = path.join(SHARED_DIR, 'samples');
export const REFERENCE_DIR = path.join(SHARED_DIR, 'reference');
export const TEST_DATA_DIR = path.join(PROJECT_ROOT, 'test', 'data');
