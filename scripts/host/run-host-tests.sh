#!/usr/bin/env bash
# npm run test:host: the mocha suite out/test/host/index.js inside a real VS Code (code-server) extension
# host, with the project root loaded as the extension under development (dist/extension.js, so build
# and compile-tests first: `npm test` does). Fresh user-data/extensions dirs every run, 127.0.0.1 only,
# host stopped by its process group whatever happens. Exit code: 0 only when every test passed.
# env: DE_STUDY_TEST_GREP (mocha grep), HOST_TEST_TIMEOUT_MS (default 240000), VERBOSE=1, KEEP_RUN_DIR=1
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bash "$HERE/install.sh" || { echo "[host-tests] host install failed" >&2; exit 1; }
. "$HERE/lib.sh"
cd "$PROJECT_ROOT"
for f in dist/extension.js out/test/host/index.js; do
  [ -f "$f" ] || { echo "[host-tests] $f is missing: run npm run build && npm run compile-tests first" >&2; exit 1; }
done

DATA=$DE_STUDY_HOST/run/host-tests-$$
host_prepare "$DATA"
cp -R test/e2e/fixtures/workspace/. "$DATA/ws/"
export DE_STUDY_HOST_RESULTS=$DATA/results.json   # inherited by the extension host; test/host/index.ts writes it
trap 'host_stop "$DATA"' EXIT
trap 'exit 130' INT TERM

t0=$(date +%s)
PORT=$(free_port)
host_start "$PORT" "$DATA" "$DATA/ws" --vscode-option enable-smoke-test-driver || exit 1
echo "[host-tests] code-server on http://127.0.0.1:$PORT ($(( $(date +%s) - t0 ))s)"

TIMEOUT_MS=${HOST_TEST_TIMEOUT_MS:-240000}
PATH=$HOST_PATH TMPDIR=$HOST_TMP CS_URL=http://127.0.0.1:$PORT EXT_DIR=$PROJECT_ROOT \
  EXT_TESTS=$PROJECT_ROOT/out/test/host/index WS=$DATA/ws LOGS_DIR=$DATA/logs HOST_TEST_TIMEOUT_MS=$TIMEOUT_MS \
  timeout -k 10 $(( TIMEOUT_MS / 1000 + 60 )) node "$HERE/host-tests.mjs"
rc=$?
host_stop "$DATA"

# Second, browser-independent check: the results file the suite wrote from inside the extension host.
summary=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.passes} ${r.failures} ${r.pending}`);' "$DE_STUDY_HOST_RESULTS" 2>/dev/null) || summary=""
if [ -z "$summary" ]; then
  echo "[host-tests] no results file from the extension host (it did not run the suite)" >&2
  [ $rc -ne 0 ] || rc=1
else
  read -r passed failed skipped <<<"$summary"
  if [ "$failed" != 0 ] || [ "$passed" = 0 ] || [ "$skipped" != 0 ]; then [ $rc -ne 0 ] || rc=1; fi
fi
host_report host-tests "$rc" "$DATA" "$t0"
[ -z "$summary" ] || echo "host: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit $rc
