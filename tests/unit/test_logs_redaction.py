"""The log file: where it lives, that it rotates, and that no secret or document text reaches it."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor_app.core import logsetup

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "fixtures" / "seed-draft.md"

log = logging.getLogger("editor_app.test_logs")


@pytest.fixture
def log_home(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    old_level = root.level
    yield tmp_path
    logsetup.shutdown_logging()
    logsetup.forget_protected()
    root.setLevel(old_level)


def _file_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(path.parent.glob(path.name + "*")))


def _five_word_runs(text: str) -> set[str]:
    words = re.findall(r"\w+", text)
    return {" ".join(words[i : i + 5]) for i in range(len(words) - 4)}


def test_log_file_lives_in_the_state_folder_and_is_private(log_home: Path) -> None:
    path = logsetup.setup_logging(home=log_home)
    assert path == log_home / "state" / "logs" / "editor-app.log"
    log.info("opened a document")
    assert "opened a document" in _file_text(path)
    assert (path.parent.stat().st_mode & 0o777) == 0o700


def test_nothing_is_set_up_at_import(tmp_path: Path) -> None:
    code = (
        "import logging, editor_app.core.logsetup, editor_app.core.diagnostics;"
        "print(len(logging.getLogger().handlers))"
    )
    env = {**os.environ, "EDITOR_APP_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"
    assert not any(tmp_path.iterdir()), "importing must not create folders or files"


def test_secrets_never_reach_the_log_file(log_home: Path) -> None:
    path = logsetup.setup_logging(home=log_home)
    app_password = "abcd EFGH 1234 ijkl"  # WordPress application-password shape
    logsetup.register_secret(app_password)
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJpYXQiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLWJ5dGVz"
    log.info("publishing with credentials %s to %s", app_password, "https://blog.example")
    log.warning("request headers: %s", {"Authorization": "Basic dXNlcjpodW50ZXIy", "Accept": "json"})
    log.warning("ghost request Authorization: Ghost %s failed", jwt)
    log.info("settings: password=hunter2 api_key: sk-live-123456 token='tok_98765' retries=3")
    log.info("fetching https://admin:Tr0ub4dor@blog.example/wp-json/")
    try:
        raise RuntimeError(f"server rejected {app_password}")
    except RuntimeError:
        log.exception("upload failed")
    text = _file_text(path)
    for secret in (app_password, "dXNlcjpodW50ZXIy", jwt, "hunter2", "sk-live-123456", "tok_98765", "Tr0ub4dor"):
        assert secret not in text, f"{secret!r} reached the log"
    # ...while the useful parts of each line are still there.
    for kept in ("publishing with credentials", "https://blog.example", "Accept", "retries=3",
                 "upload failed", "RuntimeError: server rejected", "blog.example/wp-json/"):
        assert kept in text, f"{kept!r} was lost"
    assert text.count(logsetup.REDACTED) >= 7


def test_document_text_never_reaches_the_log_file(log_home: Path) -> None:
    path = logsetup.setup_logging(home=log_home)
    document = SEED.read_text(encoding="utf-8")
    logsetup.protect_text(document)
    sentence = document.split("\n")[2][:160]
    log.info("rendering %s", sentence)
    log.debug("not written at INFO: %s", document)
    log.error("parse error near %r in %s", document[500:700], "seed-draft.md")
    text = _file_text(path)
    assert "seed-draft.md" in text and "rendering" in text
    assert logsetup.TEXT_REMOVED in text
    leaked = _five_word_runs(document) & _five_word_runs(text)
    assert not leaked, f"document text in the log: {sorted(leaked)[:3]}"


def test_core_work_on_a_document_logs_no_text_even_at_debug(log_home: Path) -> None:
    """Without protect_text: the core itself must not put a document's words into log records."""
    from editor_app.core import rendering
    from editor_app.core.document import load_document

    path = logsetup.setup_logging("DEBUG", home=log_home)
    work = log_home / "draft.md"
    work.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    doc = load_document(work)
    rendering.render(doc.text)
    doc.set_text(doc.text + "\nOne more sentence about the ceasefire talks in the region.\n")
    doc.save()
    try:
        from editor_app.core.checks import registry
    except ImportError:
        pass
    else:
        registry.create("builtin").check(doc.text)
    log.info("done with %s", logsetup.describe_text(doc.text))
    text = _file_text(path)
    assert "done with <text:" in text
    leaked = _five_word_runs(doc.text) & _five_word_runs(text)
    assert not leaked, f"document text in the log: {sorted(leaked)[:3]}"


def test_log_rotates_and_keeps_a_bounded_number_of_files(log_home: Path) -> None:
    path = logsetup.setup_logging(home=log_home, max_bytes=20_000)
    for i in range(2_000):
        log.info("line %05d padding the file so it rotates %s", i, "x" * 40)
    files = sorted(path.parent.glob("editor-app.log*"))
    assert path in files and len(files) == 1 + logsetup.BACKUP_COUNT
    assert all(f.stat().st_size <= 20_000 + 200 for f in files)
    assert "line 01999" in path.read_text(encoding="utf-8")


def test_setting_up_twice_does_not_duplicate_lines(log_home: Path) -> None:
    logsetup.setup_logging(home=log_home)
    path = logsetup.setup_logging(home=log_home)
    log.info("only once")
    assert _file_text(path).count("only once") == 1


def test_recent_lines_are_the_tail_and_redacted(log_home: Path) -> None:
    path = logsetup.setup_logging(home=log_home)
    for i in range(30):
        log.info("event %d", i)
    # A line that got into the file some other way (an older version, a crash dump) is redacted again.
    logging.getLogger().handlers[0].flush()
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("legacy line password=oldsecret\n")
    lines = logsetup.recent_lines(5)
    assert len(lines) == 5
    assert lines[-2].endswith("event 29")
    assert "oldsecret" not in lines[-1] and logsetup.REDACTED in lines[-1]


def test_uncaught_exceptions_are_logged_redacted(log_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: seen.append(t))
    path = logsetup.setup_logging(home=log_home)
    logsetup.log_uncaught_exceptions()
    logsetup.log_uncaught_exceptions()  # twice must not log twice
    logsetup.register_secret("kitten-password-77")
    try:
        raise ValueError("bad login kitten-password-77")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    text = _file_text(path)
    assert text.count("uncaught exception") == 1
    assert "ValueError: bad login [redacted]" in text
    assert "kitten-password-77" not in text
    assert seen == [ValueError], "the previous hook must still run"
