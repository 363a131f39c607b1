"""Desktop integration files validate with the freedesktop tools and install into XDG locations."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    r = subprocess.run(["desktop-file-validate", str(LINUX / "org.editorapp.Editor.desktop")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "error" not in (r.stdout + r.stderr).lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / "org.editorapp.Editor.metainfo.xml")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_install_and_uninstall_for_current_user(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    subprocess.run(["bash", str(LINUX / "install-desktop.sh")], check=True, env=env, capture_output=True)
    share = tmp_path / "share"
    desktop = share / "applications" / "org.editorapp.Editor.desktop"
    assert "MimeType=text/markdown" in desktop.read_text()
    assert (share / "icons/hicolor/256x256/apps/editor-app.png").stat().st_size > 1000
    assert (share / "metainfo/org.editorapp.Editor.metainfo.xml").exists()
    subprocess.run(["bash", str(LINUX / "install-desktop.sh"), "--uninstall"], check=True, env=env, capture_output=True)
    assert not desktop.exists()
    assert not (share / "icons/hicolor/256x256/apps/editor-app.png").exists()
