"""Entry script of the PyInstaller bundle: the same ``editor-app`` command as the wheel installs.

``--self-test FILE`` is dispatched here too, so the bundle can be smoke-tested whether or not
``editor_app.cli`` knows the flag yet.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--self-test"]:
        from editor_app.selftest import main as self_test

        sys.exit(self_test(sys.argv[2:]))
    from editor_app.cli import main

    sys.exit(main())
