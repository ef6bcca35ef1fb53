"""Expand every pattern into the inflected surface forms it matches, once, and cache the result as JSON.

Each pattern word becomes the lexemes it names (lemma, part of speech, every form); a slot is the union of
its words' forms. The cache is data only (a JSON file; nothing in it is executed or unpickled). It is keyed by
the patterns themselves and by the pymorphy3 dictionary version, so an edited lexicon or a new dictionary gets
a new cache, and a cache that fails to parse or does not match its key is rebuilt rather than trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from framing.lexicon.files import GAP, pattern_words
from framing.morph import Lexeme, normalize

CACHE_FORMAT = 2
CACHES_KEPT = 8  # compiled lexicons kept in the cache folder (one per combination of lexicon files)

#: A compiled slot: the normalized forms that may fill it, or None for a ``...`` gap.
Slot = frozenset[str] | None


@dataclass(frozen=True)
class Compiled:
    """Every pattern's slots, and the lemma and part of speech of every form a slot accepts."""

    slots: list[list[Slot]]
    lemma_of: dict[str, tuple[str, str]]  # form -> (lemma, part of speech)


def cache_dir() -> Path:
    """``$FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing``, else ``~/.cache/framing``."""
    if os.environ.get("FRAMING_CACHE_DIR"):
        return Path(os.environ["FRAMING_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "framing"


def compile_patterns(patterns: list[str]) -> Compiled:
    """The compiled patterns, from the cache when it holds exactly these patterns."""
    key = _cache_key(patterns)
    path = cache_dir() / f"lexicon-{key[:32]}.json"
    compiled = _read_cache(path, key, len(patterns))
    if compiled is None:
        data = _expand_all(patterns, key)
        _write_cache(path, data)
        compiled = _from_data(data)
    return compiled


def _expand_all(patterns: list[str], key: str) -> dict:
    """The cache document: a table of lexemes, and per pattern its slots as lexeme ids or exact forms."""
    from framing.morph import lexemes

    table: dict[tuple[str, str], int] = {}
    rows: list[list] = []
    encoded = []
    for pattern in patterns:
        slots: list[list | None] = []
        for word in pattern_words(pattern):
            if word == GAP:
                slots.append(None)
                continue
            slot: list[int | str] = []
            for alternative in word.split("/"):
                if alternative.startswith("="):
                    slot.append(normalize(alternative[1:]))  # an exact form: a string
                    continue
                for lexeme in lexemes(alternative):
                    id_ = table.setdefault((lexeme.lemma, lexeme.pos), len(rows))
                    if id_ == len(rows):
                        rows.append([lexeme.lemma, lexeme.pos, sorted(lexeme.forms)])
                    slot.append(id_)  # a lexeme: its row number
            slots.append(slot)
        encoded.append(slots)
    return {"key": key, "lexemes": rows, "patterns": encoded}


def _from_data(data: dict) -> Compiled:
    lexemes = [Lexeme(lemma, pos, frozenset(forms)) for lemma, pos, forms in data["lexemes"]]
    unions: dict[tuple, frozenset[str]] = {}  # many patterns share a word: its slot is built once

    def accepted(slot: list) -> frozenset[str]:
        key = tuple(slot)
        if key not in unions:
            unions[key] = frozenset().union(*(lexemes[x].forms if isinstance(x, int) else {x} for x in slot))
        return unions[key]

    slots = [[None if slot is None else accepted(slot) for slot in pattern] for pattern in data["patterns"]]
    lemma_of: dict[str, tuple[str, str]] = {}
    for lexeme in lexemes:  # a form two lexemes share keeps the later one's lemma
        lemma_of.update(dict.fromkeys(lexeme.forms, (lexeme.lemma, lexeme.pos)))
    return Compiled(slots, lemma_of)


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


def _read_cache(path: Path, key: str, count: int) -> Compiled | None:
    """The cached lexicon if the file parses, matches the key and has the expected shape; None otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["key"] != key or len(data["patterns"]) != count:
            return None
        return _from_data(data)  # raises unless every reference resolves and every field has its type
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _write_cache(path: Path, data: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
        old = sorted(path.parent.glob("lexicon-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[CACHES_KEPT:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache location only costs the next run the expansion time
