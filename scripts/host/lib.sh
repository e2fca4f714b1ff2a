# Sourced by the host scripts (run-host-tests.sh, run-e2e.sh): start and stop a code-server host.
# The host runs in its own process group (setsid) and is stopped by that group, so none of its
# children (file watcher, extension host, pty host) outlive it. It binds 127.0.0.1 only.
# shellcheck shell=bash
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
HOST_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export HOST_SCRIPTS

# A free TCP port on 127.0.0.1 (asked of the kernel, so parallel runs don't collide).
free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'
}

# host_prepare DATA: fresh user-data and extensions dirs under DATA, with the project's test settings.
# Also removes the run dirs of earlier runs of the same kind (NAME-PID) whose process is gone.
host_prepare() {
  local data=$1 old
  for old in "${data%-*}"-*; do
    [ -d "$old" ] && [ "$old" != "$data" ] || continue
    kill -0 "${old##*-}" 2>/dev/null || rm -rf "$old"
  done
  rm -rf "$data"
  mkdir -p "$data/user/User" "$data/extensions" "$data/ws"
  cp "$HOST_SCRIPTS/settings.json" "$data/user/User/settings.json"
}

# host_install_vsix DATA VSIX: installs a packaged extension into DATA's own extensions dir.
host_install_vsix() {
  local data=$1 vsix=$2
  PATH=$HOST_PATH TMPDIR=$HOST_TMP code-server --user-data-dir "$data/user" --extensions-dir "$data/extensions" \
    --install-extension "$vsix" </dev/null
}

# host_start PORT DATA FOLDER [code-server args...]: starts code-server, waits for /healthz (60 s at most).
# Writes the process group id to DATA/host.pgid and the server's output to DATA/host.log.
host_start() {
  local port=$1 data=$2 folder=$3 pid pgid i
  shift 3
  PATH=$HOST_PATH TMPDIR=$HOST_TMP setsid code-server --bind-addr "127.0.0.1:$port" --auth none --config /dev/null \
    --user-data-dir "$data/user" --extensions-dir "$data/extensions" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
    --ignore-last-opened --reconnection-grace-time 5 "$@" "$folder" >"$data/host.log" 2>&1 </dev/null &
  pid=$!
  # setsid execs in place when its caller is not a group leader (the case in a script), so pid == pgid;
  # read it back anyway rather than rely on that.
  pgid=$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') || true
  echo "${pgid:-$pid}" >"$data/host.pgid"
  for i in $(seq 1 600); do
    if curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "[host] code-server did not come up on 127.0.0.1:$port; its log:" >&2
  tail -40 "$data/host.log" >&2
  return 1
}

# host_stop DATA: TERM to the host's process group, KILL after 5 s. Safe to call twice.
host_stop() {
  local data=$1 pgid i
  pgid=$(cat "$data/host.pgid" 2>/dev/null) || return 0
  rm -f "$data/host.pgid"
  [ -n "$pgid" ] || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for i in $(seq 1 50); do
    kill -0 -- "-$pgid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}

# host_report TAG RC DATA T0 [NOTE]: the closing line of a run. On failure the host's state in DATA is kept
# (and the tail of its log shown); on success DATA is removed unless KEEP_RUN_DIR=1.
host_report() {
  local tag=$1 rc=$2 data=$3 t0=$4 note=${5:-}
  if [ "$rc" -ne 0 ]; then
    echo "[$tag] FAILED after $(( $(date +%s) - t0 ))s;${note:+ $note;} host log and state kept in $data" >&2
    tail -20 "$data/host.log" >&2
  else
    echo "[$tag] passed in $(( $(date +%s) - t0 ))s${note:+; $note}"
    [ -n "${KEEP_RUN_DIR:-}" ] || rm -rf "$data"
  fi
}
