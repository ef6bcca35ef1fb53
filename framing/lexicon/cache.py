"""The on-disk cache of compiled lexicons: JSON data only (nothing in it is executed or unpickled).

A cache file is named by the key of the patterns it holds (``compile.patterns_key``, computed from the
patterns, never read from the file) and holds ``{"sha256": DIGEST, "data": DATA}``, where DIGEST is the
sha256 of DATA's exact bytes. A file is used only when its digest checks out, its data names the same key and
holds that many patterns, and every slot still accepts the words its pattern was written with (so emptied or
swapped slots are caught even under a recomputed digest); anything else — a parse error, a RecursionError on
deep nesting, a wrong type — means it is compiled anew. Files are written to an exclusively created temporary
file in the cache directory and renamed into place; temporary files a killed process left behind are removed.
The bundled lexicon's file lives apart from the files of user combinations, so no number of user lexicons
evicts it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from pathlib import Path
from typing import Literal

from framing.lexicon.compile import Compiled, from_data, patterns_key
from framing.lexicon.format import FAMILY, GAP, pattern_words
from framing.morph import normalize

#: ``bundled``: the lexicons that ship with framing; ``combined``: any other set of entries.
Kind = Literal["bundled", "combined"]
KEPT = {"bundled": 2, "combined": 8}  # files kept per kind: the newest (an upgrade leaves one old bundled)
ORPHAN_AGE = 3600  # seconds after which a temporary file no writer renamed is removed
LAYOUT = re.compile(rb'\{"sha256":"([0-9a-f]{64})","data":(.*)\}\s*', re.DOTALL)


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
        layout = LAYOUT.fullmatch(cache_path(key, kind).read_bytes())
        if layout is None or hashlib.sha256(layout[2]).hexdigest() != layout[1].decode():
            return None
        data = json.loads(layout[2])
        if data["key"] != key or len(data["patterns"]) != len(patterns):
            return None
        compiled = from_data(data)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None
    return compiled if _accepts_own_words(compiled, patterns) else None


def _accepts_own_words(compiled: Compiled, patterns: list[str]) -> bool:
    """Whether each pattern's slots are where its words are, and each accepts the words written in it."""
    for pattern, slots in zip(patterns, compiled.slots, strict=True):
        words = pattern_words(pattern)
        if len(words) != len(slots):
            return False
        for word, slot in zip(words, slots, strict=True):
            if (word == GAP) != (slot is None):
                return False
            written = (normalize(w.removeprefix("=").removesuffix(FAMILY)) for w in word.split("/"))
            if slot is not None and any(w not in slot for w in written):
                return False
    return True


def write(data: dict, kind: Kind) -> None:
    """Store compiled data, then prune the oldest files of its kind and orphaned temporary files; a
    read-only location only costs the next run the compile time."""
    path = cache_path(data["key"], kind)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    digest = hashlib.sha256(payload).hexdigest()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as file:
                file.write(b'{"sha256":"' + digest.encode() + b'","data":' + payload + b"}")
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(path.parent, kind)
    except OSError:
        pass


def _prune(folder: Path, kind: Kind) -> None:
    newest_first = sorted(folder.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in newest_first[KEPT[kind] :]:
        stale.unlink(missing_ok=True)
    now = time.time()
    for orphan in folder.glob("*.tmp"):
        try:
            if now - orphan.stat().st_mtime > ORPHAN_AGE:
                orphan.unlink()
        except OSError:
            pass
