"""The image pipeline runs in worker processes (Pillow's JPEG encoder holds the GIL, which froze the
UI in threads): same result as in-process, errors come back, nothing starts at import, and a
publish really uses the pool. Stall numbers are in bench/bench_publish.py."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from editor_app.core.publishing import image_pool
from editor_app.core.publishing.images import ImageError, process_bytes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def _stop_pool() -> Iterator[None]:
    yield
    image_pool.shutdown()


def _jpeg(size: tuple[int, int] = (3000, 2000)) -> bytes:
    img = Image.effect_noise(size, 40).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate on display
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0)}
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes(), quality=90)
    return buf.getvalue()


def _run(code: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_result_is_identical_to_in_process_and_made_in_another_process() -> None:
    data = _jpeg()
    here = process_bytes(data, "photo.jpg", 2048)
    there = image_pool.process(data, "photo.jpg", 2048)
    assert there == here  # same bytes, size, mime, hashes
    assert (there.width, there.height) == (1365, 2048)
    assert image_pool.mode() == "processes"
    pool = image_pool.get_pool()
    assert pool is not None and pool.submit(os.getpid).result() != os.getpid()


def test_image_errors_come_back_from_the_worker_with_their_message() -> None:
    with pytest.raises(ImageError, match="broken.jpg"):
        image_pool.process(b"\xff\xd8 not really a jpeg", "broken.jpg", 2048)
    # the pool survives a refused image
    assert image_pool.process(_jpeg((300, 200)), "ok.jpg", 2048).mime == "image/jpeg"


def test_nothing_starts_at_import_and_a_publish_uses_the_pool(tmp_path: Path) -> None:
    Image.new("RGB", (900, 600), (10, 120, 200)).save(tmp_path / "boat.jpg")
    doc = tmp_path / "post.md"
    doc.write_text("---\ntitle: Boats\n---\n![A boat](boat.jpg)\n")
    out = _run(
        "import multiprocessing\n"
        "from pathlib import Path\n"
        "from editor_app.core.publishing import image_pool, publisher\n"
        "from editor_app.core.publishing.base import SiteConfig\n"
        "from editor_app.core.publishing.media_cache import MediaCache\n"
        "from editor_app.core.publishing.wordpress import WordPressSite\n"
        "print(image_pool.is_started(), len(multiprocessing.active_children()))\n"
        "site = WordPressSite(SiteConfig('Blog', 'wordpress', 'http://127.0.0.1:9', 'anna'), None)\n"
        f"doc = Path({str(doc)!r})\n"
        "o = publisher.publish(doc.read_text(), doc, site, publisher.PublishOptions(dry_run=True),\n"
        f"                      cache=MediaCache(Path({str(tmp_path / 'cache.json')!r})))\n"
        "print(image_pool.is_started(), image_pool.mode(), o.warnings)\n"
        "image_pool.shutdown()\n"
    )
    at_import, after = out.splitlines()
    assert at_import == "False 0"
    assert after.startswith("True processes") and "Would upload 1 image(s)" in after


def test_switched_off_processes_in_the_calling_thread_with_the_same_result() -> None:
    data = _jpeg((1200, 800))
    try:
        image_pool.use_processes(False)
        assert image_pool.get_pool() is None and image_pool.mode() == "threads"
        assert image_pool.process(data, "p.jpg", 512) == process_bytes(data, "p.jpg", 512)
    finally:
        image_pool.use_processes(True)
    assert image_pool.mode() == "processes"


def test_a_killed_worker_does_not_lose_the_image_and_a_new_pool_follows() -> None:
    import signal

    data = _jpeg((1600, 1200))
    pool = image_pool.get_pool()
    assert pool is not None
    victim = pool.submit(os.getpid).result()
    os.kill(victim, signal.SIGKILL)
    time.sleep(0.3)  # let the pool notice (not a timing assertion)
    assert image_pool.process(data, "p.jpg", 1024) == process_bytes(data, "p.jpg", 1024)
    # later images go to a working pool again
    assert image_pool.process(data, "p.jpg", 1024) == process_bytes(data, "p.jpg", 1024)
    fresh = image_pool.get_pool()
    assert fresh is not None and image_pool.mode() == "processes"
    assert fresh.submit(os.getpid).result() != os.getpid()
