"""The mypyc-compiled build of the built-in rules (editor_app.core.checks.native, build_native):
the same findings as pure Python, and never loaded for sources other than its own."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app import build_native
from editor_app.core.checks import native

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
SAMPLES = [
    REPO / "resources" / "samples" / "seed-draft.md",
    *sorted((FIXTURES / "clean").glob("*.md"))[:3],
    *sorted((FIXTURES / "heldout").glob("*.md"))[:3],
    *sorted((FIXTURES / "unseen").rglob("*.md"))[:6],
]

_PROBE = """
import json, sys
from editor_app.core.checks import native
from editor_app.core.checks.builtin import BuiltinChecker, text
out = {}
if len(sys.argv) > 1:
    from dataclasses import asdict
    from editor_app.core.checks import pipeline
    for p in sys.argv[1:]:
        issues = pipeline.run(open(p, encoding="utf-8").read(), [BuiltinChecker()]).issues
        out[p] = [asdict(i) for i in issues]
print(json.dumps({"compiled": native.is_compiled(text), "status": native.status(), "file": text.__file__,
                  "findings": out}, default=str, sort_keys=True))
"""


def _probe(root: Path, *files: Path, pure: bool = False) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    env["PYTHONPATH"] = str(root)
    env["EDITOR_APP_NO_FORK"] = "1"
    if pure:
        env[native.PURE_ENV] = "1"
    r = subprocess.run([sys.executable, "-c", _PROBE, *map(str, files)], env=env, cwd=root,
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    got: dict[str, object] = json.loads(r.stdout)
    return got


def _need_build() -> None:
    """A build for the current sources, made here if the machine can (scripts/test.sh makes it
    before pytest, so this is normally instant); skip only when no compiler/mypyc is present."""
    why = build_native.missing_tools()
    if why:
        pytest.skip(f"no compiled build possible here: {why}")
    if native.load_manifest(native.source_key()) is None:
        assert build_native.build(quiet=True), "mypyc build failed (see editor_app/_native/build.log)"


def test_the_key_covers_every_module_the_compiled_code_imports() -> None:
    hashed = set(native.hashed_files())
    for name in native.compiled_modules():
        path = native.PACKAGE_ROOT.parent / (name.replace(".", "/") + ".py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("editor_app"):
                rel = node.module.removeprefix("editor_app.").replace(".", "/")
                assert f"{rel}.py" in hashed or f"{rel}/__init__.py" in hashed \
                    or any(f"{rel}/{a.name}.py" in hashed for a in node.names), (name, node.module)


def test_a_build_for_other_sources_is_not_used(tmp_path: Path) -> None:
    # no compiler needed: a finished-looking build whose key is not the current sources' key
    root = tmp_path / "editor_app"
    shutil.copytree(native.PACKAGE_ROOT, root, ignore=shutil.ignore_patterns("_native", "__pycache__"))
    key = native.source_key(root)
    folder = native.build_dir(key, root)
    folder.mkdir(parents=True)
    shared = "editor_app_checks_x__mypyc"
    modules = {m: f"{m}.so" for m in [*native.compiled_modules(root), shared]}
    for rel in modules.values():
        (folder / rel).write_bytes(b"")
    (folder / native.MANIFEST).write_text(json.dumps({"key": key, "shared": shared, "modules": modules}))
    assert native.load_manifest(key, root) is not None
    text_py = root / "core" / "checks" / "builtin" / "text.py"
    text_py.write_text(text_py.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    new_key = native.source_key(root)
    assert new_key != key
    assert native.load_manifest(new_key, root) is None
    (root / "core" / "prose.py").write_text("# a dependency edited\n", encoding="utf-8")
    assert native.source_key(root) not in (key, new_key)


def test_a_stale_compiled_module_is_never_loaded(tmp_path: Path) -> None:
    _need_build()
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copytree(native.PACKAGE_ROOT, root / "editor_app", ignore=shutil.ignore_patterns("__pycache__", ".work-*"))
    (root / "resources").symlink_to(REPO / "resources")
    got = _probe(root)
    assert got["compiled"], got  # the copied build matches its copied sources ...
    text_py = root / "editor_app" / "core" / "checks" / "builtin" / "text.py"
    text_py.write_text(text_py.read_text(encoding="utf-8") + "\n# edited after the build\n", encoding="utf-8")
    got = _probe(root)
    assert not got["compiled"], got  # ... and not once one source file changed
    assert str(got["file"]).endswith("text.py")
    assert "pure Python" in str(got["status"])


def test_compiled_and_pure_python_find_the_same() -> None:
    _need_build()
    compiled = _probe(REPO, *SAMPLES)
    assert compiled["compiled"], compiled["status"]
    pure = _probe(REPO, *SAMPLES, pure=True)
    assert not pure["compiled"]
    findings = compiled["findings"]
    assert isinstance(findings, dict) and sum(len(v) for v in findings.values()) > 20
    assert findings == pure["findings"]


def test_findings_survive_the_forked_pass_pickle() -> None:
    # the forked pass sends a child's findings through pickle; a compiled frozen dataclass
    # cannot be unpickled field by field, so ``Finding`` reduces to its constructor
    import pickle

    from editor_app.core.checks.builtin.findings import Finding

    f = Finding(3, 9, "rule", "pleonasm", "message", ("a", "b"), "info")
    assert pickle.loads(pickle.dumps([[f]], protocol=pickle.HIGHEST_PROTOCOL)) == [[f]]
