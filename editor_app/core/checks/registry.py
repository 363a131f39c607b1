"""The checkers the app knows, by name. The UI and the CLI iterate this; neither names a class.

Adding a checker is one module plus one line in ``CHECKERS``: name -> (description, factory).
Factories import their module lazily, so listing checkers never loads LanguageTool or a
dictionary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor_app.core.checks.base import Checker


@dataclass(frozen=True)
class CheckerOptions:
    """Settings a factory may use; each checker takes what it needs and ignores the rest."""

    languagetool_url: str | None = None  # a self-hosted LanguageTool server (mode "server")
    user_dictionary: Path | None = None
    thorough: bool = False  # built-in: also the rules that raise more false alarms (rule_tiers.tsv)


class UnknownChecker(ValueError):
    pass


def _builtin(opts: CheckerOptions) -> Checker:
    from editor_app.core.checks.builtin import BuiltinChecker

    return BuiltinChecker(thorough=opts.thorough)


def _spelling(opts: CheckerOptions) -> Checker:
    from editor_app.core.checks.spelling import SpellingChecker

    return SpellingChecker(user_dictionary=opts.user_dictionary)


def _languagetool(opts: CheckerOptions) -> Checker:
    from editor_app.core.checks.languagetool import LanguageToolChecker, LanguageToolSettings

    if opts.languagetool_url:
        return LanguageToolChecker(LanguageToolSettings(mode="server", url=opts.languagetool_url))
    return LanguageToolChecker()


CHECKERS: dict[str, tuple[str, Callable[[CheckerOptions], Checker]]] = {
    "builtin": ("built-in redundancy checks (offline, fast)", _builtin),
    "spelling": ("offline spelling with a user dictionary", _spelling),
    "languagetool": ("LanguageTool grammar and style (server, local or public API)", _languagetool),
}

# What `editor-app check` runs without --checkers: the built-in rules only, so its output is
# reproducible offline and free of spelling noise on names; the editor enables spelling itself.
DEFAULT_CHECKERS: tuple[str, ...] = ("builtin",)


def names() -> list[str]:
    return list(CHECKERS)


def describe(name: str) -> str:
    return CHECKERS[name][0]


def create(name: str, options: CheckerOptions | None = None) -> Checker:
    try:
        _, factory = CHECKERS[name]
    except KeyError:
        raise UnknownChecker(
            f"There is no checker called “{name}”; choose from {', '.join(CHECKERS)}."
        ) from None
    return factory(options or CheckerOptions())
