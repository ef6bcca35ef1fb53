"""What to check: files, directories (searched recursively for ``--glob`` patterns), quoted globs, stdin."""

from __future__ import annotations

import glob
from pathlib import Path

DEFAULT_GLOBS = ("*.txt", "*.md")
SKIPPED_DIRECTORIES = {"node_modules", "__pycache__"}  # and every hidden directory (.git, .venv, …)


def expand(arguments: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> list[tuple[str, str | None]]:
    """(name, error) for every input, in order and without repeats: error is None for a file to check,
    else why the argument gives nothing."""
    found: dict[str, str | None] = {}
    for argument in arguments:
        path = Path(argument)
        if argument == "-" or path.is_file():
            found.setdefault(argument, None)
        elif path.is_dir():
            files = _search(path, globs)
            if not files:
                found.setdefault(argument, f"no files matching {', '.join(globs)} in this directory")
            for file in files:
                found.setdefault(str(file), None)
        elif glob.has_magic(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                found.setdefault(argument, "no files match this pattern")
            for match in matches:
                if Path(match).is_file():
                    found.setdefault(match, None)
        else:
            found.setdefault(argument, None)  # reading it will say what is wrong, in one line
    return list(found.items())


def _search(directory: Path, globs: tuple[str, ...]) -> list[Path]:
    files = set()
    for pattern in globs:
        for file in directory.rglob(pattern):
            parts = file.relative_to(directory).parts[:-1]
            if file.is_file() and not any(p.startswith(".") or p in SKIPPED_DIRECTORIES for p in parts):
                files.add(file)
    return sorted(files)
