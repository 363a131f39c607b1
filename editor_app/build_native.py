"""Compile the built-in rule modules with mypyc (optional; the checks are pure Python without it).

    python -m editor_app.build_native [--force] [--quiet]

Idempotent: does nothing when a finished build for the current sources exists (see
``editor_app.core.checks.native`` for the key and the loader). Otherwise, when mypyc (it ships
with mypy) and a C compiler are present, compiles into a scratch folder under
``editor_app/_native/`` (git-ignored), checks that the compiled modules give the same findings as
pure Python on the sample article, and only then moves the build into place and removes older
builds. Any failure leaves the checks in pure Python, says so on one line, and exits 0: a missing
compiler is never an error for the user. The full compile takes ~2-4 minutes of CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any

from editor_app.core.checks import native

ROOT = native.PACKAGE_ROOT


def _say(msg: str, quiet: bool = False) -> None:
    if not quiet:
        print(f"build_native: {msg}", file=sys.stderr, flush=True)


def missing_tools() -> str | None:
    """Why a build cannot run here, or None."""
    try:
        import mypyc.build  # noqa: F401
    except Exception as exc:
        return f"mypyc is not installed ({exc.__class__.__name__})"
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc})"
    include = sysconfig.get_paths().get("include", "")
    if not (Path(include) / "Python.h").is_file():
        return f"no Python headers ({include}/Python.h)"
    return None


def _compile(work: Path) -> None:
    """(In a child process, output to the build log.) mypyc + setuptools build_ext into ``work``."""
    import concurrent.futures

    import setuptools  # first: mypyc.build and distutils then use setuptools' own distutils
    from mypyc.build import mypycify
    from setuptools._distutils.ccompiler import CCompiler

    def parallel_compile(self: Any, sources: list[str], output_dir: str | None = None, macros: Any = None,
                         include_dirs: Any = None, debug: bool = False, extra_preargs: Any = None,
                         extra_postargs: Any = None, depends: Any = None) -> list[str]:
        # distutils compiles one file at a time: compile the C files on every core
        macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs)
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

        def one(obj: str) -> None:
            src, ext = build[obj]
            self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(one, [o for o in objects if o in build]))
        return list(objects)

    CCompiler.compile = parallel_compile  # type: ignore[method-assign]
    # One C file per module (``multi_file``), compiled on every core: ~2.5 min on two cores instead
    # of ~4.5 min for the single file gcc takes on one, at no measurable cost (2026-11-29, 100k-word
    # cold pass). EDITOR_APP_MYPYC_OPT / EDITOR_APP_MYPYC_MULTI_FILE=0: for experiments only.
    key = work.name.split("-")[1]
    paths = [str(ROOT.parent / (m.replace(".", "/") + ".py")) for m in native.compiled_modules()]
    os.chdir(ROOT.parent)  # mypy finds the package from the working folder
    exts = mypycify(paths, opt_level=os.environ.get("EDITOR_APP_MYPYC_OPT", "3"), group_name=native.shared_name(key).removesuffix("__mypyc"),
                    target_dir=str(work / "c"), multi_file=os.environ.get("EDITOR_APP_MYPYC_MULTI_FILE", "1") == "1")
    setuptools.setup(name="editor_app_native", ext_modules=exts, script_name="build_native",
          script_args=["build_ext", "--build-lib", str(work / "lib"), "--build-temp", str(work / "temp")])


def _same_findings(folder: Path) -> str | None:
    """Compare the compiled build in ``folder`` with pure Python on the sample article and a few
    test fixtures; None when they agree, else why not."""
    samples = [ROOT.parent / "resources" / "samples" / "seed-draft.md"]
    samples = [p for p in samples if p.is_file()]
    if not samples:
        return None
    code = ("import json, sys\nfrom editor_app.core.checks import native\n"
            "from editor_app.core.checks.builtin import BuiltinChecker, text\n"
            "out = [[vars(i) for i in BuiltinChecker().check(open(p, encoding='utf-8').read())] for p in sys.argv[1:]]\n"
            "print(json.dumps({'compiled': native.is_compiled(text), 'status': native.status(), 'out': out},"
            " default=str, sort_keys=True))\n")
    got = []
    for pure in (True, False):
        env = {**os.environ, "PYTHONPATH": str(ROOT.parent)}
        env.pop(native.PURE_ENV, None)
        if pure:
            env[native.PURE_ENV] = "1"
        r = subprocess.run([sys.executable, "-c", code, *map(str, samples)], env=env, capture_output=True,
                           text=True, cwd=ROOT.parent, timeout=600)
        if r.returncode != 0:
            return f"the {'pure' if pure else 'compiled'} check failed: {r.stderr.strip().splitlines()[-1:]}"
        got.append(json.loads(r.stdout))
    if not got[1]["compiled"]:
        return f"the build was not loaded ({got[1]['status']})"
    if got[0]["out"] != got[1]["out"]:
        return "compiled and pure Python findings differ on the sample article"
    return None


def build(force: bool = False, quiet: bool = False) -> bool:
    """Make sure a build for the current sources exists; True if it does afterwards. One build
    at a time (a lock file): a second caller waits, then finds the first one's build."""
    (ROOT / "_native").mkdir(exist_ok=True)
    with open(ROOT / "_native" / ".lock", "w") as lock:
        try:
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # not POSIX
            pass
        return _build(force, quiet)


def _build(force: bool, quiet: bool) -> bool:
    key = native.source_key()
    final = native.build_dir(key)
    if not force and native.load_manifest(key) is not None:
        _say(f"compiled checks up to date ({final.name[:12]})", quiet)
        return True
    why = missing_tools()
    if why:
        _say(f"{why}: the checks run as pure Python", quiet)
        return False
    work = ROOT / "_native" / f".work-{key[:24]}-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    log = ROOT / "_native" / "build.log"
    _say(f"compiling the built-in checks with mypyc (a few minutes; log: {log.relative_to(ROOT.parent)})", quiet)
    t0 = time.monotonic()
    try:
        with open(log, "w", encoding="utf-8") as fh:
            # (mypy's cache in the scratch folder: never mixed with a concurrent `mypy` run's)
            r = subprocess.run([sys.executable, "-m", "editor_app.build_native", "--_compile", str(work)],
                               stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT.parent,
                               env={**os.environ, "PYTHONPATH": str(ROOT.parent),
                                    "MYPY_CACHE_DIR": str(work / "mypy_cache")})
        if r.returncode != 0:
            raise RuntimeError(f"mypyc/compiler failed (exit {r.returncode}), see {log}")
        if native.source_key() != key:
            raise RuntimeError("the sources changed during the build")
        shared = native.shared_name(key)
        modules: dict[str, str] = {}
        lib = work / "lib"
        for so in lib.rglob("*" + sysconfig.get_config_var("EXT_SUFFIX")):
            rel = so.relative_to(lib).as_posix()
            modules[rel.split(".", 1)[0].replace("/", ".")] = rel
        if sorted(modules) != sorted([*native.compiled_modules(), shared]):
            raise RuntimeError(f"unexpected build output: {sorted(modules)}")
        manifest = {"key": key, "shared": shared, "modules": modules,
                    "python": sys.version.split()[0], "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "seconds": round(time.monotonic() - t0)}
        (lib / native.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        shutil.rmtree(final, ignore_errors=True)
        os.replace(lib, final)
        differ = _same_findings(final)
        if differ:
            shutil.rmtree(final, ignore_errors=True)
            raise RuntimeError(differ)
    except Exception as exc:
        _say(f"not built ({exc}): the checks run as pure Python", quiet)
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for old in (ROOT / "_native").iterdir():
        if old.is_dir() and old != final:
            shutil.rmtree(old, ignore_errors=True)
    _say(f"compiled the built-in checks in {time.monotonic() - t0:.0f} s ({final.name[:12]})", quiet)
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m editor_app.build_native", description=__doc__.split("\n")[0])
    ap.add_argument("--force", action="store_true", help="rebuild even if a build is up to date")
    ap.add_argument("--quiet", action="store_true", help="print nothing")
    ap.add_argument("--_compile", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._compile:
        _compile(Path(args._compile))
        return 0
    build(force=args.force, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
