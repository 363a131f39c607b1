"""Load the built-in rule modules compiled by mypyc, when a build matches the source exactly.

``python -m editor_app.build_native`` (run by ``scripts/test.sh`` and ``scripts/run.sh`` after the
pip install) compiles the modules of ``editor_app.core.checks.builtin`` named by
:func:`compiled_modules` into ``editor_app/_native/<key>/``, where ``<key>`` is a SHA-256 of the
Python ABI and the content of every source file the compiled code was type-checked against
(:func:`hashed_files`). At import, :func:`install` hashes those files again (~2 ms) and, only if a
finished build for exactly that key exists, puts a finder in front of ``sys.meta_path`` that loads
the compiled modules from it. An edited or pulled source gives another key, so old compiled code
is never loaded: the checks run as pure Python until the next build. Nothing is compiled or
downloaded here.

``EDITOR_APP_PURE_CHECKS=1`` forces pure Python (the tests compare both).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # the editor_app folder
BUILTIN = "editor_app.core.checks.builtin"
# builtin modules left as Python: the package (it installs nothing itself, but tests patch its
# names) and the fork helper (tests patch its functions, and it is not on the hot path)
NOT_COMPILED = frozenset(["__init__", "forked"])
# modules outside ``builtin`` that the compiled code imports (their types are compiled in)
DEPENDENCIES = ("core/checks/base.py", "core/prose.py", "core/frontmatter.py", "core/resources.py",
                "core/checks/native.py", "build_native.py")
PURE_ENV = "EDITOR_APP_PURE_CHECKS"
FORMAT = "1"  # bump to invalidate every build (a change of compiler options)
MANIFEST = "manifest.json"

_status = "not installed"


def compiled_modules(root: Path = PACKAGE_ROOT) -> list[str]:
    """The names of the modules to compile (sorted)."""
    folder = root / "core" / "checks" / "builtin"
    return sorted(f"{BUILTIN}.{p.stem}" for p in folder.glob("*.py") if p.stem not in NOT_COMPILED)


def hashed_files(root: Path = PACKAGE_ROOT) -> list[str]:
    """Paths (relative to ``root``, sorted) whose content the build key covers: every Python file
    of the ``builtin`` package and the modules it imports from elsewhere in ``editor_app``."""
    folder = root / "core" / "checks" / "builtin"
    own = [p.relative_to(root).as_posix() for p in folder.glob("*.py")]
    return sorted({*own, *DEPENDENCIES})


def source_key(root: Path = PACKAGE_ROOT) -> str:
    """SHA-256 over the interpreter's ABI and the content of :func:`hashed_files`."""
    h = hashlib.sha256()
    abi = f"{FORMAT} {sys.implementation.cache_tag} {importlib.machinery.EXTENSION_SUFFIXES[0]}"
    h.update(abi.encode())
    for rel in hashed_files(root):
        h.update(b"\0" + rel.encode() + b"\0")
        try:
            h.update((root / rel).read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()


def build_dir(key: str, root: Path = PACKAGE_ROOT) -> Path:
    return root / "_native" / key[:24]


class _Finder(importlib.abc.MetaPathFinder):
    """Finds exactly the compiled modules of one build (by full name); nothing else. Before the
    first of them it loads the build's shared library (all the compiled code): if that fails (a
    damaged file, a changed system library), it steps aside and the modules load as Python."""

    def __init__(self, files: dict[str, Path], shared: str) -> None:
        self.files = files
        self.shared = shared
        self.checked = False

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        so = self.files.get(fullname)
        if so is None:
            return None
        if not self.checked and fullname != self.shared:
            self.checked = True
            try:
                importlib.import_module(self.shared)
            except Exception as exc:  # noqa: BLE001 - any failure means: run as Python
                global _status
                _status = f"pure Python (the compiled build did not load: {exc.__class__.__name__}: {exc})"
                self.files = {}
                return None
        return importlib.util.spec_from_file_location(fullname, so)


def load_manifest(key: str, root: Path = PACKAGE_ROOT) -> dict[str, Path] | None:
    """The module -> extension file map of the finished build for ``key``, or None (no build,
    an unfinished one, or one made for other sources)."""
    folder = build_dir(key, root)
    try:
        got = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(got, dict) or got.get("key") != key:
        return None
    modules = got.get("modules")
    if not isinstance(modules, dict) or sorted(modules) != sorted([*compiled_modules(root), str(got.get("shared"))]):
        return None
    files = {str(name): folder / str(rel) for name, rel in modules.items()}
    if not all(p.is_file() for p in files.values()):
        return None
    return files


def shared_name(key: str) -> str:
    """The module name of a build's shared library (all its compiled code)."""
    return f"editor_app_checks_{key[:12]}__mypyc"


def install(root: Path = PACKAGE_ROOT) -> str:
    """Use the compiled modules if a finished build matches the current sources; return (and
    remember, :func:`status`) what was decided. Quiet: pure Python is always a valid outcome.
    Must run before any ``builtin`` module is imported (``editor_app.core.checks`` calls it)."""
    global _status
    if any(isinstance(f, _Finder) for f in sys.meta_path):
        return _status
    if os.environ.get(PURE_ENV):
        _status = f"pure Python ({PURE_ENV} is set)"
        return _status
    if any(name in sys.modules for name in compiled_modules(root)):
        _status = "pure Python (rule modules were imported first)"
        return _status
    key = source_key(root)
    files = load_manifest(key, root)
    if files is None:
        _status = "pure Python (no compiled build for these sources: python -m editor_app.build_native)"
        return _status
    sys.meta_path.insert(0, _Finder(files, shared_name(key)))
    _status = f"compiled (mypyc, build {key[:12]})"
    return _status


def status() -> str:
    return _status


def is_compiled(module: ModuleType) -> bool:
    """Was ``module`` loaded from a compiled build?"""
    return not str(getattr(module, "__file__", "") or "").endswith(".py")
