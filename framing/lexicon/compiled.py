"""Expand every pattern into the inflected surface forms it matches, once, and cache the result as JSON.

The cache is data only (a JSON file; nothing in it is executed or unpickled). It is keyed by the patterns
themselves and by the pymorphy3 dictionary version, so an edited lexicon or a new dictionary gets a new
cache, and a cache that fails to parse or does not match its key is rebuilt rather than trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from framing.lexicon.files import GAP, pattern_words

CACHE_FORMAT = 1

#: A compiled slot: the normalized forms that may fill it, or None for a ``...`` gap.
Slot = frozenset[str] | None


def cache_dir() -> Path:
    """``$FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing``, else ``~/.cache/framing``."""
    if os.environ.get("FRAMING_CACHE_DIR"):
        return Path(os.environ["FRAMING_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "framing"


def compile_patterns(patterns: list[str]) -> list[list[Slot]]:
    """Slots for every pattern, from the cache when it holds exactly these patterns."""
    key = _cache_key(patterns)
    path = cache_dir() / f"lexicon-{key[:32]}.json"
    cached = _read_cache(path, key, len(patterns))
    if cached is not None:
        return cached
    compiled = [expand(pattern) for pattern in patterns]
    _write_cache(path, key, compiled)
    return compiled


def expand(pattern: str) -> list[Slot]:
    """One pattern's slots: ``=form`` is that form, other words every inflection of their lemma."""
    from framing.morph import inflections, normalize

    slots: list[Slot] = []
    for word in pattern_words(pattern):
        if word == GAP:
            slots.append(None)
            continue
        forms: set[str] = set()
        for alternative in word.split("/"):
            if alternative.startswith("="):
                forms.add(normalize(alternative[1:]))
            else:
                forms |= inflections(alternative)
        slots.append(frozenset(forms))
    return slots


def _cache_key(patterns: list[str]) -> str:
    digest = hashlib.sha256()
    digest.update(f"format={CACHE_FORMAT};dicts={_dictionary_version()}\n".encode())
    for pattern in patterns:
        digest.update(pattern.encode() + b"\n")
    return digest.hexdigest()


def _dictionary_version() -> str:
    try:
        return f"{version('pymorphy3')}/{version('pymorphy3-dicts-ru')}"
    except PackageNotFoundError:
        return "unknown"


def _read_cache(path: Path, key: str, count: int) -> list[list[Slot]] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["key"] != key or len(data["slots"]) != count:
            return None
        return [[None if slot is None else frozenset(slot) for slot in entry] for entry in data["slots"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(path: Path, key: str, compiled: list[list[Slot]]) -> None:
    data = {"key": key, "slots": [[None if s is None else sorted(s) for s in entry] for entry in compiled]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a read-only cache location only costs the next run the expansion time
