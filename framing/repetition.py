"""Repetition: the same evaluative lemma flagged again and again across an article.

A reader may not notice one «доверительный», but three of them make trust the article's refrain. Every word
inside a flag is lemmatized; a lemma counts when it is evaluative in itself (an adjective or adverb, or a word
the lexicon flags on its own) and occurs at three or more places.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from framing.forms import analysis_form
from framing.lexicon import Flag, Lexicon
from framing.morph import CYRILLIC_WORD, normalize

MIN_REPEATS = 3
EVALUATIVE_POS = frozenset({"ADJF", "ADJS", "COMP", "ADVB"})
UNKNOWN = ("", "")  # (lemma, part of speech) of a form the lexicon does not know


@dataclass(frozen=True, slots=True)
class Repetition:
    """A lemma and the places (``start``, ``end``, text) it occurs inside flags."""

    lemma: str
    places: tuple[tuple[int, int, str], ...]


def repetitions(
    flags: list[Flag], lexicon: Lexicon, text: str | None = None, minimum: int = MIN_REPEATS
) -> list[Repetition]:
    """Evaluative lemmas found at ``minimum`` or more places inside flags, most repeated first.

    Lemmas come from the compiled lexicon (each form a pattern accepts knows its lemma), so no
    morphological analysis runs here. ``text`` is the document as the analysis read it, its markup masked
    (markup.masked: same offsets), so a link target inside a flag's span is not read; without it, the flags'
    own text is. Words are read in their NFC form (the lexicon's) and placed in the text as given."""
    places: dict[str, dict[int, tuple[int, int, str]]] = defaultdict(dict)
    lemma_of, single_words = lexicon.lemma_of, lexicon.single_words
    for flag in flags:
        read = text[flag.start : flag.end] if text is not None else flag.text
        words, offsets = analysis_form(read)
        for match in CYRILLIC_WORD.finditer(words):
            form = normalize(match.group())
            lemma, pos = lemma_of[form] or UNKNOWN
            if lemma and (pos in EVALUATIVE_POS or single_words[form]):
                start, end = match.span()
                if offsets:
                    start, end = offsets.start(start), offsets.end(end)
                at = flag.start + start
                places[lemma][at] = (at, flag.start + end, flag.text[start:end])
    found = [
        Repetition(lemma, tuple(sorted(at.values()))) for lemma, at in places.items() if len(at) >= minimum
    ]
    return sorted(found, key=lambda r: (-len(r.places), r.lemma))
