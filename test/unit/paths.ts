// Paths the unit tests read, all inside the project (tests run from out/test/unit). Tests never read
// ../shared: a plain clone runs every test.
import * as path from 'path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');
export const NOTES_DIR = path.join(PROJECT_ROOT, 'notes');
export const TEST_DATA_DIR = path.join(PROJECT_ROOT, 'test', 'data');
/** Notes in a student's own style (HTML tables, bold spans, question passages), written for the tests. */
export const USER_NOTES_DIR = path.join(TEST_DATA_DIR, 'notes');
