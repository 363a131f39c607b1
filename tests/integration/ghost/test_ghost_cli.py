"""A Ghost site end to end from the command line: sites add (key in a real keyring), test,
publish, republish, conflict with the next step named, pull."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.harness import ghost as harness

from .conftest import GhostAdmin

pytestmark = pytest.mark.ghost


def _cli(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor_app", *args], input=stdin, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def cli_env(tmp_path: Path, secret_service_env: dict[str, str]) -> dict[str, str]:
    env = {**os.environ, **secret_service_env, "EDITOR_APP_HOME": str(tmp_path / "app")}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def test_ghost_site_from_the_command_line(
    ghost_server: harness.GhostServer, ghost_admin: GhostAdmin, tmp_path: Path, cli_env: dict[str, str]
) -> None:
    r = _cli(cli_env, "sites", "add", "Ghosty", "--type", "ghost", "--url", ghost_server.url, "--secret-stdin",
             stdin=ghost_server.admin_api_key + "\n")
    assert r.returncode == 0, r.stderr
    assert "Ghost" in r.stdout and "keyring" in r.stdout
    settings = (tmp_path / "app" / "config" / "sites.json").read_text()
    assert ghost_server.url in settings and ghost_server.admin_api_key.split(":")[1] not in settings
    r = _cli(cli_env, "sites", "test", "Ghosty")
    assert r.returncode == 0 and "Connected" in r.stdout, r.stderr

    slug = f"shell-{uuid.uuid4().hex[:8]}"
    doc = tmp_path / "post.md"
    doc.write_text(f"---\ntitle: From the shell to Ghost\nslug: {slug}\nexcerpt: Short.\ntags: [Shell]\n---\n"
                   "A clean paragraph for **Ghost**.\n")
    before = ghost_admin.post_count()
    r = _cli(cli_env, "publish", str(doc), "--site", "Ghosty", "--status", "publish")
    assert r.returncode == 0, r.stdout + r.stderr
    last = r.stdout.strip().splitlines()[-1]
    assert last.startswith("Published to Ghosty: " + ghost_server.url), last
    url = last.split(": ", 1)[1]
    assert ghost_admin.post_count() == before + 1
    text = doc.read_text()
    assert "Ghosty:" in text and "type: ghost" in text and f"link: {url}" in text
    post_id = text.split("id: ", 1)[1].split("\n", 1)[0].strip().strip("'\"")
    raw = ghost_admin.raw_post(post_id)
    assert raw["status"] == "published" and "<strong>Ghost</strong>" in raw["html"]
    assert [t["name"] for t in raw["tags"]] == ["Shell"]

    # republish after an edit: the same post
    doc.write_text(text.replace("clean paragraph", "cleaner paragraph"))
    r = _cli(cli_env, "publish", str(doc), "--site", "Ghosty")
    assert r.returncode == 0 and r.stdout.strip().splitlines()[-1] == f"Published to Ghosty (updated): {url}", (
        r.stdout + r.stderr
    )
    assert ghost_admin.post_count() == before + 1 and "cleaner paragraph" in ghost_admin.raw_post(post_id)["html"]

    # edited on the site (right away): a conflict naming --overwrite; --overwrite keeps ours
    ghost_admin.edit_title(post_id, "Retitled in Ghost Admin")
    doc.write_text(doc.read_text().replace("cleaner paragraph", "cleanest paragraph"))
    r = _cli(cli_env, "publish", str(doc), "--site", "Ghosty")
    assert r.returncode == 2 and "Conflict:" in r.stderr and "--overwrite" in r.stderr, r.stdout + r.stderr
    assert ghost_admin.raw_post(post_id)["title"] == "Retitled in Ghost Admin"
    r = _cli(cli_env, "publish", str(doc), "--site", "Ghosty", "--overwrite")
    assert r.returncode == 0, r.stderr
    assert ghost_admin.raw_post(post_id)["title"] == "From the shell to Ghost"

    # pull by slug, edit, publish: still the same post
    pulled = tmp_path / "pulled.md"
    r = _cli(cli_env, "sites", "pull", "Ghosty", slug, "-o", str(pulled))
    assert r.returncode == 0, r.stderr
    ptext = pulled.read_text()
    assert "title: From the shell to Ghost" in ptext and "cleanest paragraph" in ptext and post_id in ptext
    pulled.write_text(ptext.replace("cleanest paragraph", "pulled paragraph"))
    r = _cli(cli_env, "publish", str(pulled), "--site", "Ghosty")
    assert r.returncode == 0 and r.stdout.strip().endswith(url), r.stdout + r.stderr
    assert ghost_admin.post_count() == before + 1 and "pulled paragraph" in ghost_admin.raw_post(post_id)["html"]
