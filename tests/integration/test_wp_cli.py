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


def _posts_titled(wp: WordPressServer, title: str) -> list[dict[str, object]]:
    import requests

    r = requests.get(f"{wp.url}/?rest_route=/wp/v2/posts", params={"search": title, "status": "any", "context": "edit"},
                     auth=(wp.user, wp.app_password), timeout=30)
    r.raise_for_status()
    return [p for p in r.json() if p["title"]["raw"] == title]


def test_errors_name_the_next_step_and_pull_round_trips(
    wordpress: WordPressServer, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    import requests

    auth = (wordpress.user, wordpress.app_password)
    r = _cli(cli_env, "sites", "add", "Blog", "--type", "wordpress", "--url", wordpress.url, "--user", wordpress.user,
             "--secret-stdin", stdin=wordpress.app_password)
    assert r.returncode == 0, r.stderr
    title = f"Next steps {uuid.uuid4().hex[:6]}"
    doc = tmp_path / "post.md"
    doc.write_text(f"---\ntitle: {title}\nexcerpt: Short.\n---\nOur first paragraph.\n")
    r = _cli(cli_env, "publish", str(doc), "--site", "Blog", "--status", "publish")
    assert r.returncode == 0, r.stderr
    url = r.stdout.strip().splitlines()[-1].split(": ", 1)[1]
    [post] = _posts_titled(wordpress, title)

    # someone edits the post on the site (no pause: same second or not, it is seen)
    requests.post(f"{wordpress.url}/?rest_route=/wp/v2/posts/{post['id']}", json={"content": "<p>Theirs.</p>"},
                  auth=auth, timeout=30).raise_for_status()
    doc.write_text(doc.read_text().replace("Our first paragraph.", "Our second paragraph."))
    r = _cli(cli_env, "publish", str(doc), "--site", "Blog")
    assert r.returncode == 2
    err = r.stderr.strip().splitlines()[-1]
    assert "Conflict:" in err and "edited on Blog" in err and "--overwrite" in err, r.stderr
    r = _cli(cli_env, "publish", str(doc), "--site", "Blog", "--overwrite")
    assert r.returncode == 0 and r.stdout.strip().splitlines()[-1] == f"Published to Blog (updated): {url}", r.stdout
    r = _cli(cli_env, "publish", str(doc), "--site", "Blog")
    assert r.returncode == 0 and "unchanged" in r.stdout and r.stdout.strip().endswith(url), r.stdout + r.stderr

    # pull by id and by slug: a Markdown document whose next publish updates that same post
    pulled = tmp_path / "pulled.md"
    r = _cli(cli_env, "sites", "pull", "Blog", str(post["id"]), "-o", str(pulled))
    assert r.returncode == 0, r.stderr
    assert f"publish {pulled} --site Blog" in r.stdout
    text = pulled.read_text()
    assert f"title: {title}" in text and "Our second paragraph." in text and "excerpt: Short." in text
    assert "publish:" in text and str(post["id"]) in text
    r = _cli(cli_env, "sites", "pull", "Blog", str(post["slug"]), "-o", "-")
    assert r.returncode == 0 and f"title: {title}" in r.stdout
    r = _cli(cli_env, "sites", "pull", "Blog", "no-such-post-anywhere")
    assert r.returncode == 2 and "no post with the id or slug" in r.stderr
    pulled.write_text(text.replace("Our second paragraph.", "Edited after pulling."))
    r = _cli(cli_env, "publish", str(pulled), "--site", "Blog")
    assert r.returncode == 0 and r.stdout.strip().endswith(url), r.stdout + r.stderr
    [after] = _posts_titled(wordpress, title)
    assert after["id"] == post["id"] and "Edited after pulling." in after["content"]["raw"]  # type: ignore[index]

    # deleted on the site: --recreate is named
    requests.delete(f"{wordpress.url}/?rest_route=/wp/v2/posts/{post['id']}", auth=auth, timeout=30)
    r = _cli(cli_env, "publish", str(pulled), "--site", "Blog")
    assert r.returncode == 2 and "trash" in r.stderr and "--recreate" in r.stderr, r.stderr

    # wrong password: the 401 explanation and how to store the right one
    r = _cli(cli_env, "sites", "set-secret", "Blog", "--secret-stdin", stdin="abcd" * 6)
    assert r.returncode == 0 and "sites test Blog" in r.stdout, r.stderr
    r = _cli(cli_env, "publish", str(pulled), "--site", "Blog")
    assert r.returncode == 2 and "401" in r.stderr and "sites set-secret Blog --secret-stdin" in r.stderr, r.stderr
    r = _cli(cli_env, "sites", "set-secret", "Blog", "--secret-stdin", stdin="not a password")
    assert r.returncode == 2 and "Application Password" in r.stderr
