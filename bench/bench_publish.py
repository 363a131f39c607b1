"""Publishing speed against the local WordPress; prints a table (no assertions, not a test).

    .venv/bin/python bench/bench_publish.py [--runs N] [--keep-server]

An article with ten 12-megapixel photos (4000x3000 JPEG, camera-like detail and EXIF with GPS):

1. first publish: image pipeline (orientation, strip, resize to 2048 px, re-encode) + ten uploads
   + terms + post creation (target <= 10 s);
2. republish unchanged: media cache hits, one GET of the post, no update sent (target <= 1 s, zero
   uploads);
3. republish after editing one paragraph: the same post is updated, cached uploads are re-checked
   on the site (one GET each), zero uploads.

Starts a fresh WordPress with tests/harness (needs root, as the tests do) unless WP_URL,
WP_USER and WP_APP_PASSWORD are set. Photos are generated once (not timed).

Every publish runs on a background thread (as the app's task runner does) while the main thread
(standing in for the GUI event loop) sleeps 1 ms at a time; "max main-thread gap" is the longest
time between two wake-ups: how long the UI would have frozen. ``--mode`` compares the image
pipeline in worker processes (``processes``, the default since the GIL fix) with the old
in-thread pipeline (``threads``).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageFilter  # noqa: E402

from editor_app.core.publishing import image_pool  # noqa: E402
from editor_app.core.publishing.base import SiteConfig  # noqa: E402
from editor_app.core.publishing.media_cache import MediaCache  # noqa: E402
from editor_app.core.publishing.publisher import PublishOptions, apply_record, publish  # noqa: E402
from editor_app.core.publishing.wordpress import WordPressSite  # noqa: E402

N_PHOTOS = 10
SIZE = (4000, 3000)  # 12 MP


def make_photo(path: Path, seed: int) -> None:
    """A 12 MP JPEG with photo-like detail (smooth gradients plus fine noise) and GPS EXIF."""
    rnd = random.Random(seed)
    small = Image.new("RGB", (200, 150))
    px = small.load()
    assert px is not None
    for y in range(150):
        for x in range(200):
            px[x, y] = (
                int(128 + 100 * ((x + seed * 13) % 200) / 200) % 256,
                int(60 + 150 * y / 150),
                rnd.randrange(40, 200),
            )
    big = small.resize(SIZE, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3))
    noise = Image.effect_noise(SIZE, 24).convert("RGB")
    photo = Image.blend(big, noise, 0.12)
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x010F] = "BenchCam"
    exif[0x8825] = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 0.0)}
    photo.save(path, "JPEG", quality=92, exif=exif.tobytes())


def timed_in_background(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Run ``fn`` on a thread; return (result, seconds, max gap between 1 ms sleeps of this thread)."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # re-raised below
            box["error"] = exc

    th = threading.Thread(target=work)
    t0 = time.perf_counter()
    th.start()
    last = time.perf_counter()
    gap = 0.0
    while th.is_alive():
        time.sleep(0.001)
        now = time.perf_counter()
        gap = max(gap, now - last)
        last = now
    th.join()
    elapsed = time.perf_counter() - t0
    if "error" in box:
        raise box["error"]
    return box["result"], elapsed, gap


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each measurement")
    parser.add_argument("--keep-server", action="store_true")
    parser.add_argument("--mode", choices=["processes", "threads", "both"], default="both",
                        help="where the image pipeline runs (both: measure each)")
    args = parser.parse_args()
    modes = ["threads", "processes"] if args.mode == "both" else [args.mode]

    work = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    server = None
    if os.environ.get("WP_URL"):
        url, user, password = os.environ["WP_URL"], os.environ["WP_USER"], os.environ["WP_APP_PASSWORD"]
    else:
        from tests.harness.wordpress import start_server

        t = time.perf_counter()
        server = start_server(Path(tempfile.mkdtemp(prefix="wpb-", dir="/tmp")))
        print(f"(WordPress started in {time.perf_counter() - t:.1f} s at {server.url})")
        url, user, password = server.url, server.user, server.app_password
    site = WordPressSite(SiteConfig("Bench", "wordpress", url, user), password)

    t = time.perf_counter()
    photos = work / "photos"
    photos.mkdir()
    for i in range(N_PHOTOS):
        make_photo(photos / f"photo-{i:02d}.jpg", i)
    total_mb = sum(p.stat().st_size for p in photos.iterdir()) / 1e6
    print(f"(generated {N_PHOTOS} photos {SIZE[0]}x{SIZE[1]}, {total_mb:.1f} MB, in {time.perf_counter() - t:.1f} s)")

    # the noise floor: the same 1 ms sleep loop while the background thread does nothing
    idle = [timed_in_background(lambda: time.sleep(2.0))[2] for _ in range(args.runs)]
    rows: list[str] = [
        f"| nothing running (noise floor of the gap) | - | - | {max(idle) * 1000:.0f} ms "
        f"(median {statistics.median(idle) * 1000:.0f}) | - | - |"
    ]
    try:
        for mode in modes:
            image_pool.use_processes(mode == "processes")
            rows.extend(measure(site, photos, work / mode, args.runs, mode))
    finally:
        image_pool.shutdown()
        if server is not None and not args.keep_server:
            server.stop(purge=True)

    print()
    print(f"| measurement (n={args.runs}) | image pipeline in | time | max main-thread gap | uploads | target |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in rows:
        print(row)
    return 0


def _publisher(site: WordPressSite, doc: Path, cache: MediaCache) -> Callable[[], Any]:
    return lambda: publish(doc.read_text(), doc, site, PublishOptions(status="publish"), cache=cache)


def measure(site: WordPressSite, photos: Path, work: Path, runs: int, mode: str) -> list[str]:
    work.mkdir(parents=True)
    first_times: list[float] = []
    first_gaps: list[float] = []
    again_times: list[float] = []
    uploads_first: list[int] = []
    uploads_again: list[int] = []
    sent_again: list[bool] = []
    edit_times: list[float] = []
    edit_gaps: list[float] = []
    uploads_edit: list[int] = []
    for run in range(runs):
        # every run: a new document and an empty media cache, so the first publish uploads all ten
        # (the photos get a run-specific byte appended so WordPress sees new files, too)
        run_dir = work / f"run{run}"
        run_dir.mkdir()
        for p in sorted(photos.iterdir()):
            (run_dir / p.name).write_bytes(p.read_bytes() + f"{mode}{run}".encode())
        body = "\n\n".join(f"Paragraph {i}.\n\n![Photo {i}](photo-{i:02d}.jpg)" for i in range(N_PHOTOS))
        doc = run_dir / "article.md"
        doc.write_text(
            f"---\ntitle: Bench {mode} run {run} {time.time():.0f}\ntags: [Bench, Photos]\ncategories: [Tests]\n"
            f"featured_image: photo-00.jpg\nexcerpt: Ten photos.\n---\n{body}\n"
        )
        cache = MediaCache(run_dir / "media-cache.json")

        first, t, gap = timed_in_background(
            _publisher(site, doc, cache)
        )
        first_times.append(t)
        first_gaps.append(gap)
        uploads_first.append(first.uploaded)
        doc.write_text(apply_record(doc.read_text(), first.record))

        cache2 = MediaCache(run_dir / "media-cache.json")  # as after a restart
        again, t, _ = timed_in_background(
            _publisher(site, doc, cache2)
        )
        again_times.append(t)
        uploads_again.append(again.uploaded)
        sent_again.append(not again.unchanged)

        doc.write_text(doc.read_text().replace("Paragraph 3.", "Paragraph 3, edited."))
        edited, t, gap = timed_in_background(
            _publisher(site, doc, cache2)
        )
        edit_times.append(t)
        edit_gaps.append(gap)
        uploads_edit.append(edited.uploaded)
        assert edited.record.remote_id == first.record.remote_id

    def fmt(values: list[float]) -> str:
        return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"

    def ms(values: list[float]) -> str:
        return f"{max(values) * 1000:.0f} ms (median {statistics.median(values) * 1000:.0f})"

    return [
        f"| publish, 10 x 12 MP photos | {mode} | {fmt(first_times)} | {ms(first_gaps)} | {uploads_first} | <= 10 s |",
        f"| republish unchanged | {mode} | {fmt(again_times)} | - | {uploads_again} "
        f"(update sent: {any(sent_again)}) | <= 1 s, 0 uploads |",
        f"| republish after a text edit (same post) | {mode} | {fmt(edit_times)} | {ms(edit_gaps)} | "
        f"{uploads_edit} | - |",
    ]


if __name__ == "__main__":
    sys.exit(main())
