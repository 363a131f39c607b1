"""A real WordPress (Debian package, MariaDB on a unix socket, ``php -S``) on 127.0.0.1 for tests.

The shell scripts next to this file are adapted copies of ../shared/wordpress/{start,stop}-wordpress
(see FACTS.md there). They install the Debian packages when missing (``scripts/system-deps.sh
--test`` normally has already), create a fresh instance in ``state_dir`` on a free port and print
``wp.env``. Needs root: WordPress reads its config from /etc/wordpress/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
START = HERE / "start-wordpress"
STOP = HERE / "stop-wordpress"


class WordPressHarnessError(RuntimeError):
    """WordPress could not be started; the message carries the script's output."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unavailable_reason() -> str | None:
    """Why this machine cannot run the harness, or None."""
    if os.name != "posix" or not hasattr(os, "geteuid"):
        return "the WordPress harness needs Linux"
    if os.geteuid() != 0:
        return "the WordPress harness needs root (apt, /etc/wordpress)"
    if shutil.which("apt-get") is None and shutil.which("mariadbd") is None:
        return "neither Debian packages nor apt-get are available"
    return None


@dataclass
class WordPressServer:
    port: int
    state_dir: Path
    url: str = ""
    user: str = ""
    app_password: str = ""
    api_root: str = ""

    def _env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(WP_PORT=str(self.port), WP_STATE_DIR=str(self.state_dir), **extra)
        return env

    def _run(self, script: Path, timeout: float, **extra: str) -> str:
        proc = subprocess.run(
            ["bash", str(script)],
            env=self._env(**extra),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if proc.returncode != 0:
            raise WordPressHarnessError(
                f"{script.name} failed ({proc.returncode}):\n{proc.stderr[-3000:]}\n{proc.stdout[-1000:]}"
            )
        return proc.stdout

    def _read_env(self, text: str) -> None:
        values = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
        self.url = values["WP_URL"]
        self.user = values["WP_USER"]
        self.app_password = values["WP_APP_PASSWORD"]
        self.api_root = values["WP_API_ROOT"]

    def start(self, fresh: bool = True) -> WordPressServer:
        """Create (apt install if needed) and start; 1-7 s with packages installed, ~50 s without."""
        out = self._run(START, timeout=900, WP_FRESH="1" if fresh else "0")
        self._read_env(out)
        return self

    def stop(self, purge: bool = True) -> None:
        self._run(STOP, timeout=120, WP_PURGE="1" if purge else "0")

    def stop_web(self) -> None:
        """Stop only the web server (the site becomes unreachable; data is kept)."""
        self._run(STOP, timeout=60, WP_PHP_ONLY="1")

    def start_web(self) -> None:
        """Start the web server again after :meth:`stop_web`."""
        self._read_env(self._run(START, timeout=120, WP_PHP_ONLY="1"))


def start_server(state_dir: Path, port: int | None = None) -> WordPressServer:
    return WordPressServer(port=port or free_port(), state_dir=state_dir).start(fresh=True)
