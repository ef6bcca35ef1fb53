"""One shared pymorphy3 analyzer, loaded on first use, and word helpers built on it."""

from __future__ import annotations

import re
from functools import cache

import pymorphy3

CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The process-wide analyzer (loading the dictionaries takes a moment)."""
    return pymorphy3.MorphAnalyzer()


def normalize(word: str) -> str:
    """Lower-case and fold ё into е: the form every lexicon lookup uses."""
    return word.lower().replace("ё", "е")


def cyrillic_words(text: str) -> list[str]:
    """The Cyrillic words of ``text``, lower-cased."""
    return [match.group().lower() for match in CYRILLIC_WORD.finditer(text)]


def inflections(word: str) -> frozenset[str]:
    """Every inflected form of ``word``'s lemma, normalized.

    Parses whose dictionary form is the word as written are preferred, so an entry written in dictionary
    form means that lexeme; otherwise the most likely parse is taken.
    """
    parses = analyzer().parse(word)
    chosen = [p for p in parses if normalize(p.normal_form) == normalize(word)] or parses[:1]
    forms = {normalize(word)}
    for parse in chosen:
        forms.update(normalize(form.word) for form in parse.lexeme)
    return frozenset(forms)
