#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller: dist/editor-app/editor-app.
#
# PyInstaller and a copy of the app's dependencies live in their own venv (build/venv-pack, or
# $EDITOR_APP_PACK_VENV) so the development venv stays free of packaging tools. The app itself is
# bundled from this source tree. Usage:
#
#   bash packaging/build-bundle.sh              # build into dist/editor-app
#   bash packaging/build-bundle.sh --smoke      # ...then run the bundle's self-test on the sample
#
# Measured on the 2-core CI machine: see docs/INSTALL.md ("Desktop bundle").
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
venv="${EDITOR_APP_PACK_VENV:-$here/build/venv-pack}"
dist="${EDITOR_APP_DIST:-$here/dist}"
work="${EDITOR_APP_BUILD:-$here/build/pyinstaller}"
python="${PYTHON:-python3}"
if [[ -x "$here/.venv/bin/python" ]]; then
    # Same interpreter the app is developed with (the venv's base Python, not the venv itself).
    python="$("$here/.venv/bin/python" -c 'import sys; print(sys.base_prefix)')/bin/python3"
fi

smoke=0
for arg in "$@"; do
    case "$arg" in
        --smoke) smoke=1 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "build-bundle.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

start=$(date +%s)
if [[ ! -x "$venv/bin/python" ]]; then
    echo "== creating $venv"
    "$python" -m venv "$venv"
fi
# The app's runtime dependencies, read from pyproject.toml so this list never drifts.
mapfile -t deps < <("$venv/bin/python" - <<'EOF'
import tomllib
with open("pyproject.toml", "rb") as fh:
    print("\n".join(tomllib.load(fh)["project"]["dependencies"]))
EOF
)
echo "== pip install pyinstaller + ${#deps[@]} app dependencies"
"$venv/bin/pip" install -q --disable-pip-version-check "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8" "${deps[@]}"

echo "== pyinstaller packaging/editor-app.spec"
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/editor-app.spec
end=$(date +%s)
echo "== built $dist/editor-app in $((end - start)) s; size $(du -sh "$dist/editor-app" | cut -f1)"

if [[ $smoke == 1 ]]; then
    sample="$here/resources/samples/seed-draft.md"
    echo "== self-test on $sample"
    if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1280x800x24" "$dist/editor-app/editor-app" --self-test "$sample"
    else
        "$dist/editor-app/editor-app" --self-test "$sample"
    fi
fi
