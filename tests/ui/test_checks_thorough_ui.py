"""View > Thorough Checks: the switch reaches the live engine and the open document's underlines,
and is remembered in the settings. Real widgets (offscreen), the real built-in checker."""

from __future__ import annotations

import pytest

from tests.ui.shell_helpers import close_window

pytestmark = pytest.mark.ui

# missing-article:subject is thorough-only (resources/checks/rule_tiers.tsv)
TEXT = "# Ferries\n\nCommuters complain that they think ferry is always late.\n"


def _rules(tab) -> list[str]:
    return [live.issue.rule for live in tab.features["checks"].issues()]


def test_thorough_checks_switch_changes_the_underlines_and_is_saved(qtbot, tmp_path, monkeypatch):
    from editor_app.app import build_window
    from editor_app.core.storage.settings import Settings

    monkeypatch.setenv("EDITOR_APP_HOME", str(tmp_path / "home"))
    settings = Settings()
    window, services = build_window(settings, None)
    window.show()
    try:
        tab = services.files.new_document(TEXT)
        qtbot.waitUntil(lambda: "checks" in tab.features, timeout=20000)
        action = next(a for a in window.menu("&View").actions()
                      if a.text().replace("&", "") == "Thorough Checks (More False Alarms)")
        assert action.isCheckable() and not action.isChecked()
        qtbot.wait(1500)  # let the first passes land: nothing thorough-only may show
        assert "missing-article:subject" not in _rules(tab)

        action.trigger()
        assert settings.checks_thorough is True
        qtbot.waitUntil(lambda: "missing-article:subject" in _rules(tab), timeout=10000)

        action.trigger()
        assert settings.checks_thorough is False
        qtbot.waitUntil(lambda: "missing-article:subject" not in _rules(tab), timeout=10000)
    finally:
        close_window(window)
