"""Ship the top-level ``resources/`` tree inside the wheel as ``editor_app/_resources``.

Everything else is in pyproject.toml. A source checkout or editable install reads
``<repo>/resources`` directly (editor_app.core.resources.resources_root).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        src = Path(__file__).resolve().parent / "resources"
        if src.is_dir() and not self.editable_mode:
            shutil.copytree(src, Path(self.build_lib) / "editor_app" / "_resources", dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildPyWithResources})
