"""Entry script of the PyInstaller bundle: the same ``editor-app`` command as the wheel installs.

``--self-test FILE`` is dispatched here too, so the bundle can be smoke-tested whether or not
``editor_app.cli`` knows the flag yet.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # image processing runs in spawned worker processes; a frozen app must let them start
    multiprocessing.freeze_support()
    os.environ.setdefault("EDITOR_APP_MP_FROZEN_OK", "1")
    if sys.argv[1:2] == ["--self-test"]:
        from editor_app.selftest import main as self_test

        sys.exit(self_test(sys.argv[2:]))
    from editor_app.cli import main

    sys.exit(main())
