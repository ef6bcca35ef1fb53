"""framing's build backend: hatchling, plus one decision — where dostoevsky's `fasttext` comes from.

dostoevsky 0.6.0 pins fasttext==0.9.2, which does not build on current Python. packaging/fasttext-shim is a
distribution of that name and version with no code; its one dependency, fasttext-predict (wheels for current
Python and numpy 2), provides the `fasttext` module dostoevsky imports. framing's dependencies are therefore
dynamic: the list in `[tool.hatch.metadata.hooks.custom]` of pyproject.toml, plus one requirement on
`fasttext` that depends on what is being built:

- a wheel built straight from a clone (`pip install .`, `pipx install .`, `uv tool install .`, `uv sync`,
  `uv build --wheel`) names the shim by its absolute path, so the installer builds the shim too;
- the sdist, and a wheel built from the sdist (what plain `uv build` does), ask for `fasttext==0.9.2` by
  name, so they hold no path and install anywhere with the shim's own wheel beside them
  (`pip install --find-links dist dist/framing-0.1.0-py3-none-any.whl`).

This file is both the PEP 517 backend (`build-backend = "framing_backend"`, `backend-path = ["packaging"]`),
whose hooks make the decision, and hatchling's metadata hook, which writes it into the dependencies. The two
run in one process but are loaded as two modules, so the decision passes through an environment variable.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from hatchling import build as hatchling
from hatchling.metadata.plugin.interface import MetadataHookInterface

SHIM = Path("packaging", "fasttext-shim")
BY_NAME = "fasttext==0.9.2"
DECISION = "FRAMING_FASTTEXT_REQUIREMENT"


def fasttext_requirement(tree: Path, *, sdist: bool) -> str:
    """By path only for a wheel built from a clone; an unpacked sdist (it has PKG-INFO) is a temporary
    directory, so a path into it would be dead once the build is over."""
    from_a_clone = (tree / SHIM / "pyproject.toml").is_file() and not (tree / "PKG-INFO").exists()
    if from_a_clone and not sdist:
        return f"fasttext @ {(tree / SHIM).resolve().as_uri()}"
    return BY_NAME


class FasttextRequirement(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        metadata["dependencies"] = [*self.config["dependencies"], os.environ.get(DECISION, BY_NAME)]


def _deciding(hook, *, sdist: bool = False):
    @functools.wraps(hook)
    def run(*args, **kwargs):
        # hatchling builds the project in the working directory
        os.environ[DECISION] = fasttext_requirement(Path.cwd(), sdist=sdist)
        return hook(*args, **kwargs)

    return run


get_requires_for_build_sdist = _deciding(hatchling.get_requires_for_build_sdist, sdist=True)
build_sdist = _deciding(hatchling.build_sdist, sdist=True)
get_requires_for_build_wheel = _deciding(hatchling.get_requires_for_build_wheel)
build_wheel = _deciding(hatchling.build_wheel)
get_requires_for_build_editable = _deciding(hatchling.get_requires_for_build_editable)
build_editable = _deciding(hatchling.build_editable)
# hatchling defines these two only outside pip (see hatchling/build.py); so does this module.
if hasattr(hatchling, "prepare_metadata_for_build_wheel"):
    prepare_metadata_for_build_wheel = _deciding(hatchling.prepare_metadata_for_build_wheel)
    prepare_metadata_for_build_editable = _deciding(hatchling.prepare_metadata_for_build_editable)
