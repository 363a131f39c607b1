#!/usr/bin/env bash
# Install everything and launch the editor. With no FILE, opens the sample article.
# Usage: bash scripts/run.sh [FILE...]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
bash scripts/system-deps.sh
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[native]'
# Compile the built-in checks with mypyc in the background (idempotent, a few minutes the first time,
# instant after): the editor starts at once and uses the compiled checks from its next start on.
nice -n 10 .venv/bin/python -m editor_app.build_native --quiet >/dev/null 2>&1 </dev/null &
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "run.sh: no display found; starting the editor under Xvfb" >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/editor-app "${@:-$here/resources/samples/seed-draft.md}"
fi
exec .venv/bin/editor-app "${@:-$here/resources/samples/seed-draft.md}"
