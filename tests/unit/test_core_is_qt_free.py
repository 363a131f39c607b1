"""The core must run without Qt: the CLI and tests use it headless, and the UI stays a thin shell."""

import pkgutil
import subprocess
import sys

import editor_app.core


def _core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(editor_app.core.__path__, "editor_app.core.")]


def test_core_has_modules() -> None:
    assert "editor_app.core.resources" in _core_modules()


def test_importing_every_core_module_does_not_import_pyside6() -> None:
    code = (
        "import importlib, sys\n"
        f"mods = {_core_modules()!r}\n"
        "for m in mods: importlib.import_module(m)\n"
        "bad = sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported Qt: {out.stdout.strip()}"


def test_cli_check_path_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "from editor_app.cli import build_parser\n"
        "build_parser()\n"
        "print(any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
