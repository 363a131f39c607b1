"""Guard against a Qt binding that leaks references to None.

PySide6 6.12.0 on Python 3.11 takes one reference from None on every Qt call that returns
nothing; after about 5,000 such calls (a few minutes of editing) the interpreter aborts with
"Fatal Python error: none_dealloc". pyproject.toml keeps PySide6 below 6.12 for that reason.
This test makes the calls an editing session makes and checks None's count does not fall.
"""

import sys

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument


def test_void_qt_calls_do_not_consume_references_to_none() -> None:
    doc = QTextDocument("hello world")
    cursor = QTextCursor(doc)
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for i in range(2000):
        cursor.setPosition(i % 5)
        fmt.setFontUnderline(bool(i % 2))
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references over 4000 Qt calls"
