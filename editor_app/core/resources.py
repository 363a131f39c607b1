"""Locate files under the project's ``resources/`` folder.

In a source checkout (or an editable install) that is ``<repo>/resources``; in an
installed wheel the same tree is shipped as package data at ``editor_app/_resources``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


class ResourceNotFound(FileNotFoundError):
    pass


@cache
def resources_root() -> Path:
    here = Path(__file__).resolve()
    candidates = [here.parents[1] / "_resources", here.parents[2] / "resources"]
    for c in candidates:
        if c.is_dir():
            return c
    raise ResourceNotFound(
        "editor-app's resources folder is missing; looked in " + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    p = resources_root().joinpath(*parts)
    if not p.exists():
        raise ResourceNotFound(f"missing resource: {'/'.join(parts)} (under {resources_root()})")
    return p


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
