"""Proofreading checks. The built-in rule modules run compiled by mypyc when a build made from
exactly the current sources exists (``native``), else as the pure Python they are."""

from editor_app.core.checks import native as _native

_native.install()
