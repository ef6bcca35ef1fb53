"""framing's build hook: compile the bundled lexicons into their pack (framing/lexicon/prebuilt.py) at build
time, so that no run pays the ~0.4 s of parsing and indexing them, and a first run does not pay ~2 s of
compiling them.

The pack is written to `lexicons/bundled.pack` of the tree being built, which git and the sdist ignore; a
wheel takes it with the `.lex` files into `framing/lexicons/`, and an editable install (`uv sync`,
`pip install -e .`) reads it where it is. Once a lexicon of a checkout is edited, the pack no longer matches
and is not read (the lexicons are compiled at run time instead) until the next install or
`python -m framing.lexicon.prebuilt`.

The compiler runs in a child process of the build environment's Python, on the source tree: it needs
pymorphy3 and its dictionaries and razdel, which `[build-system] requires` lists, and nothing else of
framing's dependencies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: Run by the build environment's Python: import framing from the tree being built (argv[1]), write argv[2].
COMPILE = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from framing.lexicon import prebuilt; prebuilt.main(sys.argv[2])"
)


class LexiconPack(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        target = root / "lexicons" / "bundled.pack"  # the wheel takes lexicons/ whole (pyproject.toml)
        with tempfile.TemporaryDirectory() as cache:  # the compile cache of a build is not the user's
            environment = {**os.environ, "FRAMING_CACHE_DIR": cache}
            subprocess.run(
                [sys.executable, "-c", COMPILE, str(root), str(target)], check=True, env=environment
            )
