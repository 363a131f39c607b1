"""The command line end to end: sites add/list/test/remove (secret in a real keyring) and publish."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.harness.wordpress import WordPressServer

pytestmark = pytest.mark.wordpress
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed-draft.md"


def _cli(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *args], input=stdin, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def cli_env(tmp_path: Path, secret_service_env: dict[str, str]) -> dict[str, str]:
    env = {**os.environ, **secret_service_env, "EDITOR_APP_HOME": str(tmp_path / "app")}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def test_sites_and_publish_from_the_command_line(wordpress: WordPressServer, tmp_path: Path, cli_env: dict[str, str]) -> None:
    r = _cli(cli_env, "sites", "add", "Blog", "--type", "wordpress", "--url", wordpress.url, "--user", wordpress.user,
             "--secret-stdin", stdin=wordpress.app_password + "\n")
    assert r.returncode == 0, r.stderr
    settings = (tmp_path / "app" / "config" / "sites.json").read_text()
    assert wordpress.url in settings and wordpress.app_password not in settings

    r = _cli(cli_env, "sites", "list")
    assert r.returncode == 0 and "Blog" in r.stdout and "secret in keyring" in r.stdout
    r = _cli(cli_env, "sites", "test", "Blog")
    assert r.returncode == 0 and "Connected" in r.stdout, r.stderr

    title = f"From the shell {uuid.uuid4().hex[:6]}"
    doc = tmp_path / "post.md"
    doc.write_text(f"---\ntitle: {title}\nexcerpt: Short.\n---\nA clean paragraph for the command line.\n")
    r = _cli(cli_env, "publish", str(doc), "--site", "Blog", "--status", "publish")
    assert r.returncode == 0, r.stderr
    last = r.stdout.strip().splitlines()[-1]
    assert last.startswith("Published to Blog: http://127.0.0.1:")
    url = last.split(": ", 1)[1]
    text = doc.read_text()
    assert "publish:" in text and "Blog:" in text and f"link: {url}" in text
    for secret_place in (text, *(p.read_text(errors="replace") for p in (tmp_path / "app").rglob("*.json"))):
        assert wordpress.app_password not in secret_place

    # publishing again updates the same post (the record is in the front matter)
    doc.write_text(text.replace("command line.", "command line, edited."))
    r = _cli(cli_env, "publish", str(doc), "--site", "Blog", "--status", "publish")
    assert r.returncode == 0 and r.stdout.strip().splitlines()[-1].endswith(url), r.stdout + r.stderr

    r = _cli(cli_env, "publish", str(doc), "--site", "Blog", "--dry-run")
    assert r.returncode == 0 and "Dry run" in r.stdout

    # the seed draft is refused by preflight: exit 1, the chatbot line and the boilerplate named
    seed = tmp_path / "seed.md"
    seed.write_text(SEED.read_text())
    r = _cli(cli_env, "publish", str(seed), "--site", "Blog")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "chatbot" in r.stderr and "boilerplate" in r.stderr and "Not published" in r.stderr
    assert "publish:" not in seed.read_text()

    r = _cli(cli_env, "sites", "remove", "Blog")
    assert r.returncode == 0
    r = _cli(cli_env, "publish", str(doc), "--site", "Blog")
    assert r.returncode == 2 and "no site called" in r.stderr


def test_wrong_password_from_the_command_line(wordpress: WordPressServer, cli_env: dict[str, str]) -> None:
    r = _cli(cli_env, "sites", "add", "Bad", "--type", "wordpress", "--url", wordpress.url, "--user", wordpress.user,
             "--secret-stdin", stdin="abcd" * 6)
    assert r.returncode == 0, r.stderr
    r = _cli(cli_env, "sites", "test", "Bad")
    assert r.returncode == 2 and "401" in r.stderr
