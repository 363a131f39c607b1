"""Everything that imports Qt.

One process-wide workaround lives here, because it must run before the UI makes many Qt calls:
PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call of a Qt method that
returns nothing (``widget.update()``, ``QSyntaxHighlighter.setFormat()``, ``cursor.insertText()``
...). After some thousands of calls ``None``'s count reaches zero and the interpreter aborts with
"Fatal Python error: none_dealloc" (highlighting a 20k-word document is enough). PySide6 6.11 is
not affected, and from Python 3.12 ``None`` is immortal. We give ``None`` a huge reference count
once, which is exactly what Python 3.12 does; ``tests/ui/test_shell_pyside_none.py`` shows the
leak and that the app survives it.
"""

from __future__ import annotations

import sys


def _pin_immortal_singletons() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


_pin_immortal_singletons()
