"""Qt-free core: documents, rendering, checks, publishing, storage.

Nothing under this package may import PySide6 (tests/unit/test_core_is_qt_free.py).
"""
