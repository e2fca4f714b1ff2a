// Deliberate breaks for scripts/mutation-check.mjs, one per idea the tests must guard. Each is a literal
// text replacement in one source file; `layers` says which test layers to run (unit, host, e2e) and
// `env` narrows a slow layer to the tests that should notice (DE_STUDY_TEST_GREP, E2E_STEPS).
export const MUTATIONS = [
  {
    face: 'quiz', name: 'wrong-is-right', describe: 'a chosen answer is graded right whatever was chosen',
    file: 'src/core/quiz/session.ts', find: 'a.correct = sameSet(a.chosen, q.answers);', replace: 'a.correct = true;',
    layers: ['unit', 'e2e'], env: { UNIT_SPEC: 'out/test/unit/quiz.session.test.js out/test/unit/quiz.exams.test.js', E2E_STEPS: 'quiz' },
  },
  {
    face: 'quiz', name: 'gate-leak-off', describe: 'the gate no longer drops a stem that names its key',
    file: 'src/core/quiz/gate/key.ts', find: "if (correct.some((c) => hasWord(stem, c))) return reject('leak', correct.join(' | '));", replace: '',
    layers: ['unit'], env: { UNIT_SPEC: 'out/test/unit/quiz.gate.test.js out/test/unit/quiz.generator.test.js' },
  },
  {
    face: 'quiz', name: 'practice-guess-key', describe: 'a practice question without a key is imported with key A instead of a diagnostic',
    file: 'src/core/quiz/extract/practice.ts', find: 'if (!answers) {', replace: 'if (!answers && Math.random() > 2) {',
    layers: ['unit'], env: { UNIT_SPEC: 'out/test/unit/quiz.practice.test.js out/test/unit/practiceExams.test.js' },
  },
  {
    face: 'hover', name: 'no-boto3', describe: 'boto3 client()/resource() calls are no longer recognised',
    file: 'src/core/matcher/sdkBotocore.ts', find: 'const BOTO3_CALL = /\\b(?:client|resource)\\(', replace: 'const BOTO3_CALL = /\\bNEVER_MATCHES(?:client|resource)\\(',
    layers: ['unit', 'host'], env: { UNIT_SPEC: 'out/test/unit/matcher*.test.js', DE_STUDY_TEST_GREP: 'hover' },
  },
  {
    face: 'hover', name: 'no-terraform', describe: 'Terraform resource types are no longer recognised',
    file: 'src/core/matcher/infraTemplates.ts', find: 'const TF_TYPE = /\\b(aws_[a-z0-9_]+)\\b(?!::)/g;', replace: 'const TF_TYPE = /\\bNEVER_MATCHES(aws_[a-z0-9_]+)\\b(?!::)/g;',
    layers: ['unit'], env: { UNIT_SPEC: 'out/test/unit/matcher*.test.js' },
  },
  {
    face: 'hover', name: 'icons-live', describe: 'note text in a hover may render $(icon) syntax again',
    file: 'src/core/hoverContent.ts', find: ".replace(/\\$\\\\\\(/g, '\\\\\\\\$\\\\(')", replace: '',
    layers: ['unit'], env: { UNIT_SPEC: 'out/test/unit/hoverContent.test.js' },
  },
  {
    face: 'security', name: 'notification-links-live', describe: 'notifications show file text without making links and icons inert',
    file: 'src/core/inertText.ts', find: ".replace(/\\]\\s*\\(/g, `]${ZWSP}(`)", replace: '',
    layers: ['unit', 'e2e'], env: { UNIT_SPEC: 'out/test/unit/inertText.test.js', E2E_STEPS: 'progress-files' },
  },
  {
    face: 'search', name: 'ranking-flipped', describe: 'the final ranking is reversed (worst hit first)',
    file: 'src/core/search/results.ts', find: 'return b.score - a.score || a.doc.relPath.length', replace: 'return a.score - b.score || a.doc.relPath.length',
    layers: ['unit', 'e2e'], env: { UNIT_SPEC: 'out/test/unit/search*.test.js', E2E_STEPS: 'search' },
  },
  {
    face: 'search', name: 'palette-resorts', describe: 'palette row labels are plain text again, so VS Code re-sorts rows that match the typed text',
    file: 'src/core/search/rows.ts', find: "return [...text].join(WORD_JOINER);", replace: 'return text;',
    layers: ['unit', 'e2e'], env: { UNIT_SPEC: 'out/test/unit/search*.test.js', E2E_STEPS: 'search-order' },
  },
];
