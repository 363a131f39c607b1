"""Site secrets (Application Passwords, Admin API keys): only in the OS keyring, or in memory.

* :func:`keyring_status` says whether a usable system keyring exists (Secret Service, macOS
  Keychain, Windows Credential Locker). The fail backend, the null backend and keyrings.alt's
  plain-text/"encrypted" file backends do **not** count: a secret is never written to a file by us.
* :class:`CredentialStore` ``.set(site, secret)`` stores in the keyring and raises
  :class:`NoSystemKeyring` when that is impossible, so the UI can ask "keep it for this session
  only?" and then call ``.set(site, secret, session_only=True)``. ``.get`` looks in the session
  store first, then the keyring; keyring problems on ``get`` give ``None`` plus ``last_problem``.
* Secrets never appear in messages, ``repr`` or logs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

from editor_app.core.logsetup import register_secret

SERVICE = "editor-app"
Storage = Literal["keyring", "session"]

_UNSAFE_BACKENDS = (
    "keyring.backends.fail.",
    "keyring.backends.null.",
    "keyrings.alt.file.",  # PlaintextKeyring (base64 only) and EncryptedKeyring (asks on stdin)
)

NO_KEYRING_MESSAGE = (
    "No system keyring (such as GNOME Keyring or KWallet via Secret Service) is available, so the "
    "password cannot be saved safely. You can keep it for this session only; you will be asked "
    "again next time."
)


class NoSystemKeyring(Exception):
    """Saving in the keyring is impossible right now; ``str()`` explains it to the writer."""


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str  # class path of the backend, for a details line
    message: str  # "" when usable


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _usable(backend: object) -> bool:
    name = _backend_name(backend)
    if any(name.startswith(prefix) for prefix in _UNSAFE_BACKENDS):
        return False
    inner = getattr(backend, "backends", None)  # ChainerKeyring: usable if one member is
    if inner is not None:
        return any(_usable(b) for b in inner)
    return True


def keyring_status() -> KeyringStatus:
    try:
        import keyring
    except ImportError:
        return KeyringStatus(False, "", NO_KEYRING_MESSAGE)
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration
        return KeyringStatus(False, "", NO_KEYRING_MESSAGE)
    name = _backend_name(backend)
    if not _usable(backend):
        return KeyringStatus(False, name, NO_KEYRING_MESSAGE)
    return KeyringStatus(True, name, "")


def _explain(exc: Exception) -> str:
    kind = type(exc).__name__
    if kind == "KeyringLocked":
        return (
            "The system keyring is locked and could not be unlocked, so the password cannot be saved. "
            "Unlock it (log in to your desktop session) or keep the password for this session only."
        )
    if kind == "InitError":
        return (
            "The system keyring could not be opened (no unlocked keyring collection). "
            "You can keep the password for this session only."
        )
    return NO_KEYRING_MESSAGE


class CredentialStore:
    """Secrets per site name. Thread-safe. One instance per app run (the composition root makes it)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()
        self.last_problem: str = ""

    def __repr__(self) -> str:
        return f"CredentialStore(service={self.service!r}, session_entries={len(self._session)})"

    @staticmethod
    def _account(site: str) -> str:
        return f"site:{site}"

    def status(self) -> KeyringStatus:
        return keyring_status()

    def set(self, site: str, secret: str, *, session_only: bool = False) -> Storage:
        """Store ``secret``; returns where. Raises :class:`NoSystemKeyring` unless ``session_only``."""
        if not secret:
            raise ValueError("empty secret")
        register_secret(secret)  # from now on the log writes [redacted] instead
        if session_only:
            with self._lock:
                self._session[site] = secret
            return "session"
        status = keyring_status()
        if not status.usable:
            raise NoSystemKeyring(status.message)
        import keyring
        import keyring.errors

        try:
            keyring.set_password(self.service, self._account(site), secret)
        except keyring.errors.KeyringError as exc:
            raise NoSystemKeyring(_explain(exc)) from None
        with self._lock:
            self._session.pop(site, None)
        return "keyring"

    def get(self, site: str) -> str | None:
        with self._lock:
            if site in self._session:
                return self._session[site]
        status = keyring_status()
        if not status.usable:
            self.last_problem = status.message
            return None
        import keyring
        import keyring.errors

        try:
            value = keyring.get_password(self.service, self._account(site))
        except keyring.errors.KeyringError as exc:
            self.last_problem = _explain(exc)
            return None
        self.last_problem = ""
        register_secret(value)
        return value

    def where(self, site: str) -> Storage | None:
        with self._lock:
            if site in self._session:
                return "session"
        return "keyring" if self.get(site) is not None else None

    def delete(self, site: str) -> None:
        """Forget the secret everywhere; missing entries and an unusable keyring are fine."""
        with self._lock:
            self._session.pop(site, None)
        if not keyring_status().usable:
            return
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(self.service, self._account(site))
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            self.last_problem = _explain(exc)

    def rename(self, old: str, new: str) -> None:
        secret = self.get(old)
        if secret is None:
            return
        where = self.where(old)
        self.set(new, secret, session_only=where == "session")
        self.delete(old)
