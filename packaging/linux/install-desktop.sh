#!/usr/bin/env bash
# Put the launcher, icons, AppStream metainfo and the Markdown MIME type into the current user's
# XDG locations. Usage: packaging/linux/install-desktop.sh [--uninstall]
# XDG_DATA_HOME (default ~/.local/share) is honoured, so a test can install into a temp dir.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
id=org.editorapp.Editor
files=(
  "applications/$id.desktop"
  "metainfo/$id.metainfo.xml"
  "mime/packages/editor-app-mime.xml"
)
sizes=(16 24 32 48 64 128 256 512)
if [[ "${1:-}" == "--uninstall" ]]; then
  for f in "${files[@]}"; do rm -f "$data/$f"; done
  for s in "${sizes[@]}"; do rm -f "$data/icons/hicolor/${s}x${s}/apps/editor-app.png"; done
  rm -f "$data/icons/hicolor/scalable/apps/editor-app.svg"
else
  install -Dm644 "$here/$id.desktop" "$data/applications/$id.desktop"
  install -Dm644 "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
  install -Dm644 "$here/editor-app-mime.xml" "$data/mime/packages/editor-app-mime.xml"
  for s in "${sizes[@]}"; do
    install -Dm644 "$root/resources/icons/hicolor/${s}x${s}/apps/editor-app.png" \
      "$data/icons/hicolor/${s}x${s}/apps/editor-app.png"
  done
  install -Dm644 "$root/resources/icons/editor-app.svg" "$data/icons/hicolor/scalable/apps/editor-app.svg"
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "desktop integration ${1:+removed}${1:-installed} under $data"
