"""A real Ghost 5 (SQLite) on 127.0.0.1 for the integration tests.

The install (~620 MB, ~150 s cold) lives in a cache directory and is reused by later runs:
``${XDG_CACHE_HOME:-~/.cache}/editor-app-test-ghost`` (override with ``GHOST_CACHE_DIR``).
Each test session gets a fresh site (config, content, SQLite DB, log) in its own directory, a
free port, an owner account and an Admin API key. The shell scripts in ``tests/harness/ghost/``
do the work; they are adapted from ../shared/ghost (see FACTS.md there for why the install
recipe looks the way it does).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent / "ghost"
GHOST_VERSION = "5.130.6"


class GhostHarnessError(RuntimeError):
    """Ghost could not be installed or started; the message includes the log tail."""


@dataclass(frozen=True)
class GhostServer:
    url: str
    admin_api_key: str
    home: Path
    start_seconds: float

    @property
    def log_path(self) -> Path:
        return self.home / "ghost.log"

    def log_tail(self, lines: int = 60) -> str:
        return log_tail(self.home, lines)


def log_tail(home: Path, lines: int = 60) -> str:
    log = home / "ghost.log"
    if not log.exists():
        return "(no ghost.log)"
    text = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(text[-lines:])


def missing_tools() -> list[str]:
    """System tools the harness needs that are not on PATH (empty when all are there)."""
    return [tool for tool in ("node", "npm", "make", "g++", "curl", "flock") if shutil.which(tool) is None]


def node_major_version() -> int | None:
    node = shutil.which("node")
    if node is None:
        return None
    out = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout
    try:
        return int(out.strip().lstrip("v").split(".")[0])
    except ValueError:
        return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cache_dir() -> Path:
    if os.environ.get("GHOST_CACHE_DIR"):
        return Path(os.environ["GHOST_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "editor-app-test-ghost"


def _env(home: Path, port: int | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["GHOST_HOME"] = str(home)
    env["GHOST_VERSION"] = GHOST_VERSION
    env["GHOST_CACHE_DIR"] = str(cache_dir())
    if port is not None:
        env["GHOST_PORT"] = str(port)
    return env


def install() -> Path:
    """Install Ghost into the cache (no-op when already there); return the install directory."""
    proc = subprocess.run(
        [str(SCRIPTS / "install-ghost")], env=_env(Path("/nonexistent")), capture_output=True, text=True,
        check=False, timeout=900,
    )
    if proc.returncode != 0:
        raise GhostHarnessError(f"Ghost install failed:\n{proc.stderr[-4000:]}")
    return Path(proc.stdout.strip().splitlines()[-1])


def start(home: Path, port: int | None = None) -> GhostServer:
    """Start a Ghost site in ``home`` (created if needed) and return its URL and Admin API key.

    A fresh, empty ``home`` gives a fresh site. Raises GhostHarnessError with the log tail.
    """
    missing = missing_tools()
    if missing:
        raise GhostHarnessError(
            "the Ghost test server needs " + ", ".join(missing) + " (install them with "
            "`bash scripts/system-deps.sh --test`, or deselect these tests with -m 'not ghost')"
        )
    major = node_major_version()
    if major is None or not 18 <= major <= 22:
        raise GhostHarnessError(f"Ghost {GHOST_VERSION} needs Node 18, 20 or 22; found node major {major}")
    home.mkdir(parents=True, exist_ok=True)
    port = port or free_port()
    began = time.monotonic()
    env = _env(home, port)
    env["GHOST_WATCH_PID"] = str(os.getpid())  # Ghost stops by itself if this process dies
    proc = subprocess.run(
        [str(SCRIPTS / "start-ghost")], env=env, capture_output=True, text=True,
        check=False, timeout=900,
    )
    elapsed = time.monotonic() - began
    if proc.returncode != 0:
        stop(home)
        raise GhostHarnessError(
            f"Ghost did not start (exit {proc.returncode}):\n{proc.stderr[-4000:]}\n"
            f"--- ghost.log tail ---\n{log_tail(home)}"
        )
    envfile = Path(proc.stdout.strip().splitlines()[-1])
    values: dict[str, str] = {}
    for line in envfile.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.partition("=")
        if sep:
            values[name.strip()] = value.strip()
    return GhostServer(
        url=values["GHOST_URL"], admin_api_key=values["GHOST_ADMIN_API_KEY"], home=home, start_seconds=elapsed
    )


def stop(home: Path) -> None:
    """Stop the Ghost started in ``home`` (only that process, found through its pid file)."""
    subprocess.run([str(SCRIPTS / "stop-ghost")], env=_env(home), capture_output=True, text=True,
                   check=False, timeout=60)


def is_running(home: Path) -> bool:
    pidfile = home / "ghost.pid"
    try:
        pid = int(pidfile.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return False
    return True


if __name__ == "__main__":  # manual use: python -m tests.harness.ghost [HOME]
    import sys
    import tempfile

    site = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="ghost-site-"))
    t0 = time.monotonic()
    install()
    print(f"install/cache check: {time.monotonic() - t0:.1f} s")
    server = start(site)
    print(f"start: {server.start_seconds:.1f} s  url={server.url}  home={site}")
    t0 = time.monotonic()
    stop(site)
    print(f"stop: {time.monotonic() - t0:.1f} s")
