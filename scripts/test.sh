#!/usr/bin/env bash
# Install the test dependencies (apt + pip) and run the whole suite: lint, types, tests.
# The publishing tests start and stop a real WordPress and Ghost on 127.0.0.1 themselves
# (tests/harness). Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
bash scripts/system-deps.sh --test
[[ -x .venv/bin/python ]] || python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test]'
# The built-in checks compiled with mypyc (idempotent: instant when a build for these sources exists;
# ~4-5 min of one core on a fresh clone, overlapped with the Ghost install, ruff and mypy below).
# Without a compiler it says so and the checks run as pure Python.
.venv/bin/python -m editor_app.build_native & native_build=$!
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
# Ghost 5 for the publishing tests: installed once into ~/.cache (about 2 min cold, cached after),
# before pytest so the install does not run inside a test's timeout.
echo "== ghost install (cached)"; bash tests/harness/ghost/install-ghost >/dev/null
echo "== ruff"; .venv/bin/ruff check editor_app tests bench
echo "== mypy (strict on editor_app/core)"; .venv/bin/mypy editor_app/core
wait "$native_build" || true
echo "== pytest"; .venv/bin/python -m pytest "$@"
