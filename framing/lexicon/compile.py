"""Expand every pattern into the inflected surface forms it matches: the lexicon's compiled form.

Each pattern word becomes the lexemes it names (lemma, part of speech, every form); a slot is the union of
its words' forms. Compiling is pure: it reads the pymorphy3 dictionary and writes nothing. The compiled form
has a plain-data twin (``CompiledData``, JSON-ready), which is what ``cache.py`` stores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from framing.lexicon.format import FAMILY, GAP, pattern_words
from framing.morph import Lexeme, normalize

FORMAT = 3  # of CompiledData; a new format gets new keys, so old caches are never read

#: A compiled slot: the normalized forms that may fill it, or None for a ``...`` gap.
Slot = frozenset[str] | None
#: The plain-data form: ``{"key", "lexemes": [[lemma, pos, [forms]]], "patterns": [[slot, ...]]}``, where a
#: slot is null (a gap) or a list of lexeme row numbers and exact forms (strings).
CompiledData = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Compiled:
    """Every pattern's slots, and the lemma and part of speech of every form a slot accepts."""

    slots: list[list[Slot]]
    lemma_of: Mapping[str, tuple[str, str] | None]  # form -> (lemma, part of speech)


def patterns_key(patterns: list[str]) -> str:
    """What the compiled form depends on: the patterns, the data format and the dictionary version."""
    digest = hashlib.sha256()
    digest.update(f"format={FORMAT};dicts={dictionary_version()}\n".encode())
    for pattern in patterns:
        digest.update(pattern.encode() + b"\n")
    return digest.hexdigest()


def expand(patterns: list[str]) -> CompiledData:
    """The plain-data compiled form: a table of lexemes, and per pattern its slots as lexeme rows or exact
    forms."""
    from framing.morph import family, lexemes

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
                found = family(alternative[:-1]) if alternative.endswith(FAMILY) else lexemes(alternative)
                for lexeme in found:
                    id_ = table.setdefault((lexeme.lemma, lexeme.pos), len(rows))
                    if id_ == len(rows):
                        rows.append([lexeme.lemma, lexeme.pos, sorted(lexeme.forms)])
                    slot.append(id_)  # a lexeme: its row number
            slots.append(slot)
        encoded.append(slots)
    return {"key": patterns_key(patterns), "lexemes": rows, "patterns": encoded}


def from_data(data: CompiledData) -> Compiled:
    """The compiled form of its plain data; raises (ValueError, KeyError, TypeError, IndexError) unless every
    reference resolves and every field has its type."""
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


def dictionary_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # 14 ms of imports, for compiling only

    try:
        return f"{version('pymorphy3')}/{version('pymorphy3-dicts-ru')}"
    except PackageNotFoundError:
        return "unknown"
