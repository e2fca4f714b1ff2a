#!/usr/bin/env bash
# npm run test:e2e (after npm run package): installs dist/aws-de-study.vsix into a FRESH code-server
# (own user-data and extensions dirs), opens a copy of test/e2e/fixtures/workspace, and runs
# test/e2e/run.mjs (playwright-core + Debian chromium): every step in test/e2e/steps/.
# Screenshots: test-results/screenshots/. The host is stopped by its process group whatever happens.
# env: E2E_STEPS (substring of step file names), E2E_TIMEOUT_MS, KEEP_RUN_DIR=1
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bash "$HERE/install.sh" || { echo "[e2e] host install failed" >&2; exit 1; }
. "$HERE/lib.sh"
cd "$PROJECT_ROOT"
VSIX=${VSIX:-$PROJECT_ROOT/dist/aws-de-study.vsix}
[ -f "$VSIX" ] || { echo "[e2e] $VSIX is missing: run npm run package first" >&2; exit 1; }

DATA=$DE_STUDY_HOST/run/e2e-$$
host_prepare "$DATA"
cp -R test/e2e/fixtures/workspace/. "$DATA/ws/"
SHOTS=$PROJECT_ROOT/test-results/screenshots
rm -rf "$SHOTS"; mkdir -p "$SHOTS"
trap 'host_stop "$DATA"' EXIT
trap 'exit 130' INT TERM

t0=$(date +%s)
host_install_vsix "$DATA" "$VSIX" >"$DATA/install-extension.log" 2>&1 \
  || { echo "[e2e] code-server --install-extension failed:" >&2; cat "$DATA/install-extension.log" >&2; exit 1; }
ls "$DATA/extensions" | grep -q '^de-study\.aws-de-study-' \
  || { echo "[e2e] the extension is not in $DATA/extensions after install:" >&2; cat "$DATA/install-extension.log" >&2; exit 1; }
echo "[e2e] installed $(basename "$VSIX") into a fresh host ($(( $(date +%s) - t0 ))s)"

START_MS=$(date +%s%3N)
PORT=$(free_port)
host_start "$PORT" "$DATA" "$DATA/ws" || exit 1
echo "[e2e] code-server on http://127.0.0.1:$PORT"
PATH=$HOST_PATH TMPDIR=$HOST_TMP CS_URL=http://127.0.0.1:$PORT WS=$DATA/ws SHOTS=$SHOTS HOST_START_MS=$START_MS \
  timeout -k 10 900 node test/e2e/run.mjs
rc=$?
host_stop "$DATA"
host_report e2e "$rc" "$DATA" "$t0" "screenshots in test-results/screenshots"
exit $rc
