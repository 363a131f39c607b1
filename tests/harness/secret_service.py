"""A private D-Bus session bus with an unlocked gnome-keyring (Secret Service) for keyring tests.

See ../shared/notes/QT_HEADLESS.md section 4: headless as root there is no session bus, so
``keyring`` falls back to its fail backend. This starts ``dbus-daemon --session`` on a socket in
a temp dir and ``gnome-keyring-daemon --foreground --unlock --components=secrets`` on it, with
HOME / XDG_DATA_HOME in the temp dir so the real user's keyring is never touched.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SecretServiceUnavailable(RuntimeError):
    pass


def missing_tools() -> list[str]:
    return [t for t in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(t) is None]


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@contextmanager
def secret_service(home: Path, password: str = "test-keyring-password") -> Iterator[dict[str, str]]:
    """Yields the environment variables to set (HOME, XDG_*, DBUS_SESSION_BUS_ADDRESS)."""
    missing = missing_tools()
    if missing:
        raise SecretServiceUnavailable("missing: " + ", ".join(missing))
    home.mkdir(parents=True, exist_ok=True)
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env_vars = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env = {**os.environ, **env_vars}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", f"--address=unix:path={runtime}/bus"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    keyring_proc: subprocess.Popen[bytes] | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise SecretServiceUnavailable("dbus-daemon did not start")
        env_vars["DBUS_SESSION_BUS_ADDRESS"] = address
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_proc = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert keyring_proc.stdin is not None
        keyring_proc.stdin.write(password.encode())
        keyring_proc.stdin.close()
        # wait until the Secret Service name is owned on the bus
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            probe = subprocess.run(
                [
                    "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets",
                ],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if "boolean true" in probe.stdout:
                break
            if keyring_proc.poll() is not None:
                raise SecretServiceUnavailable("gnome-keyring-daemon exited")
            time.sleep(0.1)
        else:
            raise SecretServiceUnavailable("the Secret Service did not appear on the bus")
        yield env_vars
    finally:
        if keyring_proc is not None:
            _stop(keyring_proc)
        _stop(bus)
