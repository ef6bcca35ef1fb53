"""The on-disk cache of compiled lexicons: JSON data only (nothing in it is executed or unpickled).

A cache file is named by the key of the patterns it holds (``compile.patterns_key``); a file that fails to
parse, or does not hold that key and that many patterns, is compiled anew rather than trusted. The bundled
lexicon's file lives apart from the files of user combinations, so no number of user lexicons evicts it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from framing.lexicon.compile import Compiled, from_data, patterns_key

#: ``bundled``: the lexicons that ship with framing; ``combined``: any other set of entries.
Kind = Literal["bundled", "combined"]
KEPT = {"bundled": 2, "combined": 8}  # files kept per kind: the newest (an upgrade leaves one old bundled)


def cache_dir() -> Path:
    """``$FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing``, else ``~/.cache/framing``."""
    if os.environ.get("FRAMING_CACHE_DIR"):
        return Path(os.environ["FRAMING_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "framing"


def cache_path(key: str, kind: Kind) -> Path:
    return cache_dir() / f"{kind}-{key[:32]}.json"


def read(patterns: list[str], kind: Kind) -> Compiled | None:
    """The cached compiled form of ``patterns``, or None when there is none that can be trusted."""
    key = patterns_key(patterns)
    try:
        data = json.loads(cache_path(key, kind).read_text(encoding="utf-8"))
        if data["key"] != key or len(data["patterns"]) != len(patterns):
            return None
        return from_data(data)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def write(data: dict, kind: Kind) -> None:
    """Store compiled data, then prune the oldest files of its kind; a read-only location only costs the next
    run the compile time."""
    path = cache_path(data["key"], kind)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
        newest_first = sorted(
            path.parent.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for stale in newest_first[KEPT[kind] :]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass
