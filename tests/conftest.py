"""Suite-wide settings. Qt runs offscreen; WebEngine must load before pytest-qt makes the QApplication."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DRAFT = ROOT / "tests" / "fixtures" / "seed-draft.md"

if "PySide6" not in sys.modules:
    try:  # only when Qt is installed; core tests do not need it
        import PySide6.QtWebEngineWidgets  # noqa: F401
    except ImportError:
        pass

# Property tests (tests/unit and tests/ui use @given): on CI (CI env var set) run the same
# derandomized examples every time, so a new counterexample found by chance cannot fail a
# build; local runs keep exploring. A failure prints the blob to reproduce it with @reproduce_failure.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "ci", derandomize=True, database=None, print_blob=True, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
if os.environ.get("CI", "").lower() not in ("", "0", "false"):
    settings.load_profile("ci")
