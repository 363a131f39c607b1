"""The wheel, installed into a clean venv, gives a working ``editor-app`` without the source tree.

Builds the sdist and wheel with ``python -m build``, installs it with pip into a fresh venv (dependencies come
from PyPI; pip's cache makes PySide6 quick), and runs the installed command from a folder outside
the checkout with a scrubbed environment, so nothing can be imported or read from the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from editor_app import __version__

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed-draft.md"

pytestmark = pytest.mark.slow


@dataclass
class Installed:
    wheel: Path
    venv: Path
    outside: Path  # working folder, not inside the checkout
    env: dict[str, str]
    timings: dict[str, float]
    resources: list[str]  # files under resources/ when the wheel was built

    @property
    def exe(self) -> Path:
        return self.venv / "bin" / "editor-app"

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def run(self, *args: str | os.PathLike[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in args], cwd=self.outside, env=self.env, capture_output=True, text=True, timeout=timeout
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    timings: dict[str, float] = {}
    resources = sorted(p.relative_to(ROOT / "resources").as_posix() for p in (ROOT / "resources").rglob("*") if p.is_file())
    t0 = time.perf_counter()
    build = subprocess.run(
        # Plain `python -m build`: the sdist first, then the wheel built from that sdist, so a file
        # missing from MANIFEST.in shows up as a broken wheel here.
        [sys.executable, "-m", "build", "--outdir", str(base / "dist"), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    timings["sdist + wheel build"] = time.perf_counter() - t0
    (wheel,) = (base / "dist").glob("editor_app-*.whl")
    assert list((base / "dist").glob("editor_app-*.tar.gz")), "python -m build made no sdist"

    t0 = time.perf_counter()
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--disable-pip-version-check", "-q", str(wheel)],
        capture_output=True, text=True, timeout=900,
    )
    assert pip.returncode == 0, pip.stdout[-3000:] + pip.stderr[-3000:]
    timings["clean venv + pip install"] = time.perf_counter() - t0

    outside = base / "work"
    outside.mkdir()
    shutil.copy(SEED, outside / "seed-draft.md")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        EDITOR_APP_HOME=str(base / "home"),
        PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}",
        QT_QPA_PLATFORM="offscreen",
        QTWEBENGINE_DISABLE_SANDBOX="1",
        QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu",
        PYTHONNOUSERSITE="1",
    )
    print("\n".join(f"{k}: {v:.1f} s" for k, v in timings.items()))
    return Installed(wheel, venv, outside, env, timings, resources)


def _skip_if_unavailable(result: subprocess.CompletedProcess[str], name: str) -> None:
    if "is not available in this build" in result.stderr:
        pytest.skip(f"'editor-app {name}' is not in this build yet (editor_app/commands/{name}.py missing)")


def test_wheel_carries_the_resources_as_package_data(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert installed.resources
    for rel in installed.resources:
        assert f"editor_app/_resources/{rel}" in names, f"resources/{rel} is missing from the wheel"
    assert not any(n.startswith(("tests/", "bench/")) for n in names)


def test_installed_version(installed: Installed) -> None:
    result = installed.run(installed.exe, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"editor-app {__version__}"


def test_resources_come_from_the_installed_package(installed: Installed) -> None:
    code = (
        "import editor_app, editor_app.core.resources as r;"
        "print(editor_app.__file__); print(r.resources_root());"
        "print(r.resource_path('icons', 'editor-app.svg'))"
    )
    result = installed.run(installed.python, "-c", code)
    assert result.returncode == 0, result.stderr
    package_file, root, icon = (Path(line) for line in result.stdout.splitlines())
    site = installed.venv.resolve()
    assert site in package_file.resolve().parents, f"editor_app imported from {package_file}, not the venv"
    assert root.resolve() == package_file.resolve().parent / "_resources"
    assert ROOT.resolve() not in root.resolve().parents
    assert icon.read_bytes().lstrip().startswith((b"<svg", b"<?xml"))


def test_installed_render_writes_a_page(installed: Installed) -> None:
    out = installed.outside / "seed-draft.html"
    result = installed.run(installed.exe, "render", "seed-draft.md", "-o", out)
    _skip_if_unavailable(result, "render")
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<html" in page.lower()
    assert "Geopolitically speaking" in page
    assert "<style" in page.lower(), "the standalone page should embed the preview CSS from the package"


def test_installed_check_reports_issues_as_json(installed: Installed) -> None:
    result = installed.run(
        installed.exe, "check", "seed-draft.md", "--format", "json", "--checkers", "builtin,spelling"
    )
    _skip_if_unavailable(result, "check")
    assert result.returncode == 1, f"expected findings (exit 1), got {result.returncode}: {result.stderr}"
    report = json.loads(result.stdout)
    (entry,) = report["files"]
    assert entry["path"].endswith("seed-draft.md")
    assert entry["issues"], "the seed draft is sloppy on purpose; the installed checker found nothing"
    text = SEED.read_text(encoding="utf-8")
    for issue in entry["issues"]:
        assert 0 <= issue["start"] <= issue["end"] <= len(text)
        assert issue["message"]


def test_installed_gui_self_test_renders_the_preview(installed: Installed) -> None:
    cli_source = (installed.python.parent.parent / "lib").rglob("editor_app/cli.py")
    wired = any("--self-test" in p.read_text(encoding="utf-8") for p in cli_source)
    command = (
        [installed.exe, "--self-test", "seed-draft.md"]
        if wired
        else [installed.python, "-m", "editor_app.selftest", "seed-draft.md"]
    )
    result = installed.run(*command, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "engine: ok" in result.stdout and "window: ok" in result.stdout
    root_line = next(line for line in result.stdout.splitlines() if "resources at" in line)
    assert str(installed.venv) in root_line, root_line
