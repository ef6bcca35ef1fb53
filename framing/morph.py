"""One shared pymorphy3 analyzer, loaded on first use, and word helpers built on it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymorphy3

CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@cache
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The process-wide analyzer (loading the dictionaries takes a moment; the package is imported here,
    since a run that reads the compiled lexicon from its cache needs no morphology at all)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def normalize(word: str) -> str:
    """Lower-case and fold ё into е: the form every lexicon lookup uses."""
    return word.lower().replace("ё", "е")


def cyrillic_words(text: str) -> list[str]:
    """The Cyrillic words of ``text``, lower-cased."""
    return [match.group().lower() for match in CYRILLIC_WORD.finditer(text)]


@dataclass(frozen=True, slots=True)
class Lexeme:
    """A dictionary word: its normalized lemma, part of speech (pymorphy3 tag) and every inflected form."""

    lemma: str
    pos: str
    forms: frozenset[str]


def lexemes(word: str) -> list[Lexeme]:
    """The lexemes an entry word means, with all their forms.

    Parses whose dictionary form is the word as written are preferred, so an entry written in dictionary
    form means that lexeme (or those lexemes, for a homonym); otherwise the most likely parse is taken.
    """
    parses = analyzer().parse(word)
    chosen = [p for p in parses if normalize(p.normal_form) == normalize(word)] or parses[:1]
    found: dict[tuple[str, str], set[str]] = {}
    for parse in chosen:
        key = (normalize(parse.normal_form), str(parse.tag.POS or ""))
        found.setdefault(key, {normalize(word)}).update(normalize(form.word) for form in parse.lexeme)
    return [Lexeme(lemma, pos, frozenset(forms)) for (lemma, pos), forms in found.items()]


#: Adjective endings and the noun (-ость, -ство) and adverb (-о) endings made from the same stem
#: («циничный» → «циничность», «цинично»; «варварский» → «варварство», «варварски»).
DERIVATIONS = {
    "ый": ("ость", "о"),
    "ий": ("ость", "о", "ство", "и"),
    "ой": ("ость", "о"),
}


def family(word: str) -> list[Lexeme]:
    """The word's lexemes and, for an adjective, the nouns and adverbs derived from it that the dictionary
    knows as such (a derived form is used only when pymorphy3 parses it, as a dictionary word, into a lemma
    that is the form itself: nothing is guessed)."""
    found = lexemes(word)
    lemma = normalize(word)
    if not any(lexeme.pos == "ADJF" for lexeme in found) or lemma[-2:] not in DERIVATIONS:
        return found
    stem = lemma[:-2]
    morph = analyzer()
    candidates = [
        (stem + ending, "ADVB" if ending in ("о", "и") else "NOUN") for ending in DERIVATIONS[lemma[-2:]]
    ]
    if lemma.endswith(("ский", "ской")):
        candidates.append((lemma[:-4] + "ство", "NOUN"))  # «варварский» → «варварство»
    for candidate, wanted in candidates:
        if not morph.word_is_known(candidate):
            continue
        parses = [
            p
            for p in morph.parse(candidate)
            if wanted == p.tag.POS and normalize(p.normal_form) == candidate and p.is_known
        ]
        if parses:
            forms = {normalize(form.word) for parse in parses for form in parse.lexeme}
            found.append(Lexeme(candidate, wanted, frozenset(forms | {candidate})))
    return found
